//! `summitry._summitry.Corpus`: documents loaded from folders, files, tables or strings.

use std::path::PathBuf;

use chrono::NaiveDate;
use pyo3::prelude::*;
use std::sync::Arc;

use summitry_core::knowledge::KnowledgeBase;
use summitry_core::topics::TopicLexicon;
use summitry_core::{Corpus, Document, Extractor};

use crate::errors::{argument, from_core, guard};
use crate::extract::PyExtraction;

/// A collection of documents, in input order.
///
/// Loading never loses a document: an unreadable file, a non-UTF-8 file, an empty text or a
/// malformed line is kept with its problem, and shows up in ``Extraction.documents``.
#[pyclass(name = "Corpus", module = "summitry._summitry", frozen)]
pub(crate) struct PyCorpus {
    pub(crate) inner: Corpus,
}

fn wrap(corpus: summitry_core::Result<Corpus>) -> PyResult<PyCorpus> {
    corpus.map(|inner| PyCorpus { inner }).map_err(from_core)
}

#[pymethods]
impl PyCorpus {
    /// Every ``.txt`` and ``.md`` file under ``path``, recursively; ids are the file stems.
    #[staticmethod]
    fn from_dir(py: Python<'_>, path: PathBuf) -> PyResult<Self> {
        guard(|| wrap(py.detach(|| Corpus::from_dir(&path))))
    }

    /// Files one by one: ``.jsonl`` and ``.csv`` as tables of documents, folders walked,
    /// anything else one plain-text document.
    #[staticmethod]
    fn from_files(py: Python<'_>, paths: Vec<PathBuf>) -> PyResult<Self> {
        guard(|| wrap(py.detach(|| Corpus::from_files(&paths))))
    }

    /// One JSON object per line with ``text`` and optional ``doc_id``, ``published``, ``source``.
    #[staticmethod]
    fn from_jsonl(py: Python<'_>, path: PathBuf) -> PyResult<Self> {
        guard(|| wrap(py.detach(|| Corpus::from_jsonl(&path))))
    }

    /// A CSV file with a header row and a ``text`` column (``doc_id``, ``published`` optional).
    #[staticmethod]
    fn from_csv(py: Python<'_>, path: PathBuf) -> PyResult<Self> {
        guard(|| wrap(py.detach(|| Corpus::from_csv(&path))))
    }

    /// Documents from strings; ids default to ``doc-0``, ``doc-1``, ...; ``published`` holds
    /// ``YYYY-MM-DD`` strings or ``None``, one per text.
    #[staticmethod]
    #[pyo3(signature = (texts, ids=None, published=None))]
    fn from_texts(
        texts: Vec<String>,
        ids: Option<Vec<String>>,
        published: Option<Vec<Option<String>>>,
    ) -> PyResult<Self> {
        guard(|| {
            let n = texts.len();
            let ids = ids.unwrap_or_else(|| (0..n).map(|i| format!("doc-{i}")).collect());
            let published = published.unwrap_or_else(|| vec![None; n]);
            if ids.len() != n || published.len() != n {
                return Err(argument(format!(
                    "{n} texts but {} ids and {} published dates",
                    ids.len(),
                    published.len()
                )));
            }
            let documents = texts
                .into_iter()
                .zip(ids)
                .zip(published)
                .map(|((text, id), published)| {
                    let published = published.as_deref().map(parse_date).transpose()?;
                    Ok(Document::new(id, text).with_published(published))
                })
                .collect::<PyResult<Vec<_>>>()?;
            Ok(PyCorpus {
                inner: Corpus::from_documents(documents),
            })
        })
    }

    /// The bundled sample corpus of short Vietnam–Russia articles.
    #[staticmethod]
    fn sample() -> PyResult<Self> {
        guard(|| {
            Ok(PyCorpus {
                inner: summitry_core::sample_corpus(),
            })
        })
    }

    /// The document ids, in order.
    fn ids(&self) -> Vec<String> {
        self.inner.documents.iter().map(|d| d.id.clone()).collect()
    }

    /// Number of documents with an input problem (error or warning).
    fn n_issues(&self) -> usize {
        self.inner.issues().count()
    }

    /// Extracts events from every document (in parallel, without holding the GIL).
    ///
    /// ``knowledge``: the user's own knowledge-base TSV files (people, offices, places, ...),
    /// added to the built-in ones. ``progress``: called with the number of documents done,
    /// about ten times a second and once at the end.
    #[pyo3(signature = (knowledge=None, progress=None))]
    fn extract(
        &self,
        py: Python<'_>,
        knowledge: Option<Vec<PathBuf>>,
        progress: Option<Bound<'_, PyAny>>,
    ) -> PyResult<PyExtraction> {
        guard(|| {
            let extractor = match knowledge {
                Some(files) if !files.is_empty() => {
                    let kb = KnowledgeBase::with_files(&files).map_err(from_core)?;
                    Extractor::with_knowledge(Arc::new(kb), TopicLexicon::builtin())
                }
                _ => Extractor::new(),
            };
            PyExtraction::from_corpus(py, &self.inner, &extractor, progress.as_ref())
        })
    }

    fn __len__(&self) -> usize {
        self.inner.len()
    }

    fn __repr__(&self) -> String {
        format!(
            "Corpus({} documents, {} with problems)",
            self.inner.len(),
            self.inner.issues().count()
        )
    }
}

/// A ``YYYY-MM-DD`` date (a longer timestamp is cut to its date).
pub(crate) fn parse_date(text: &str) -> PyResult<NaiveDate> {
    let day = text.trim();
    NaiveDate::parse_from_str(day.get(..10).unwrap_or(day), "%Y-%m-%d")
        .map_err(|_| argument(format!("not a YYYY-MM-DD date: {text:?}")))
}
