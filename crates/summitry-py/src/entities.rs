//! The actor layer: people, places and countries in a text, and the knowledge base as tables.

use std::path::PathBuf;
use std::sync::Arc;

use pyo3::prelude::*;
use summitry_core::knowledge::KnowledgeBase;

use crate::corpus::parse_date;
use crate::errors::{from_analytics, from_core, guard};
use crate::frames::ArrowTable;

/// The built-in knowledge base, plus the user's files when given.
fn knowledge_base(files: Option<Vec<PathBuf>>) -> PyResult<Arc<KnowledgeBase>> {
    match files {
        Some(files) if !files.is_empty() => Ok(Arc::new(KnowledgeBase::with_files(&files).map_err(from_core)?)),
        _ => Ok(KnowledgeBase::builtin()),
    }
}

/// People, places and countries mentioned in ``text``, one row per mention; offices are those
/// held at ``reference`` (``YYYY-MM-DD``).
#[pyfunction]
#[pyo3(signature = (text, reference=None, knowledge=None))]
pub(crate) fn find_entities(
    py: Python<'_>,
    text: &str,
    reference: Option<&str>,
    knowledge: Option<Vec<PathBuf>>,
) -> PyResult<ArrowTable> {
    guard(|| {
        let reference = reference.map(parse_date).transpose()?;
        let kb = knowledge_base(knowledge)?;
        py.detach(|| summitry_analytics::entities_frame(text, reference, &kb))
            .map(ArrowTable::new)
            .map_err(from_analytics)
    })
}

/// One table of the knowledge base: ``people``, ``offices``, ``countries`` or ``places``.
#[pyfunction]
#[pyo3(signature = (table, knowledge=None))]
pub(crate) fn knowledge_table(table: &str, knowledge: Option<Vec<PathBuf>>) -> PyResult<ArrowTable> {
    guard(|| {
        let kb = knowledge_base(knowledge)?;
        summitry_analytics::knowledge_table(&kb, table).map(ArrowTable::new).map_err(from_analytics)
    })
}
