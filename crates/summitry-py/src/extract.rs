//! `summitry._summitry.Extraction`: the tables extracted from a corpus.

use std::path::PathBuf;

use pyo3::prelude::*;
use summitry_analytics::{TableFormat, Tables};
use summitry_core::{Corpus, Extractor};

use crate::errors::{from_analytics, guard};
use crate::frames::ArrowTable;

/// The ``documents``, ``events`` and ``meetings`` tables of one extraction.
#[pyclass(name = "Extraction", module = "summitry._summitry", frozen)]
pub(crate) struct PyExtraction {
    tables: Tables,
}

impl PyExtraction {
    pub(crate) fn from_corpus(py: Python<'_>, corpus: &Corpus, extractor: &Extractor) -> PyResult<Self> {
        let tables = py
            .detach(|| Tables::from_extraction(&extractor.extract(corpus)))
            .map_err(from_analytics)?;
        Ok(PyExtraction { tables })
    }
}

#[pymethods]
impl PyExtraction {
    /// One row per input document, with its outcome and message.
    fn documents(&self) -> ArrowTable {
        ArrowTable::new(self.tables.documents.clone())
    }

    /// One row per event.
    fn events(&self) -> ArrowTable {
        ArrowTable::new(self.tables.events.clone())
    }

    /// One row per meeting, merged across documents.
    fn meetings(&self) -> ArrowTable {
        ArrowTable::new(self.tables.meetings.clone())
    }

    /// Writes ``documents``, ``events`` and ``meetings`` into ``dir`` as ``parquet``, ``csv``
    /// or ``jsonl``; returns the paths written.
    #[pyo3(signature = (dir, format="parquet"))]
    fn write(&self, py: Python<'_>, dir: PathBuf, format: &str) -> PyResult<Vec<PathBuf>> {
        guard(|| {
            let format: TableFormat = format.parse().map_err(from_analytics)?;
            py.detach(|| self.tables.write(&dir, format))
                .map_err(from_analytics)
        })
    }

    fn __repr__(&self) -> String {
        format!(
            "Extraction({} documents, {} events, {} meetings)",
            self.tables.documents.height(),
            self.tables.events.height(),
            self.tables.meetings.height()
        )
    }
}
