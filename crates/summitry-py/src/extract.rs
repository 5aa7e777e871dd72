//! `summitry._summitry.Extraction`: the tables extracted from a corpus.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

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

/// How often a progress callback is called.
const PROGRESS_EVERY: Duration = Duration::from_millis(100);

impl PyExtraction {
    /// Extracts without the GIL; with `progress`, calls it with the number of documents done
    /// every [`PROGRESS_EVERY`] and once at the end, from this (the caller's) thread.
    pub(crate) fn from_corpus(
        py: Python<'_>,
        corpus: &Corpus,
        extractor: &Extractor,
        progress: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let Some(progress) = progress else {
            let tables = py
                .detach(|| Tables::from_extraction(&extractor.extract(corpus)))
                .map_err(from_analytics)?;
            return Ok(PyExtraction { tables });
        };
        let done = AtomicUsize::new(0);
        let finished = AtomicBool::new(false);
        let (tables, reported) = std::thread::scope(|scope| {
            let worker = scope.spawn(|| {
                let extraction = extractor.extract_with_progress(corpus, |n| {
                    done.fetch_add(n, Ordering::Relaxed);
                });
                let tables = Tables::from_extraction(&extraction);
                finished.store(true, Ordering::Release);
                tables
            });
            // A callback that raises is not called again; its error is raised once the
            // extraction (which cannot be cancelled) is over.
            let mut reported: PyResult<()> = Ok(());
            loop {
                let over = py.detach(|| {
                    let start = Instant::now();
                    while start.elapsed() < PROGRESS_EVERY && !finished.load(Ordering::Acquire) {
                        std::thread::sleep(Duration::from_millis(5));
                    }
                    finished.load(Ordering::Acquire)
                });
                if reported.is_ok() {
                    reported = progress.call1((done.load(Ordering::Relaxed),)).map(|_| ());
                }
                if over {
                    break;
                }
            }
            let tables = worker
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            (tables, reported)
        });
        reported?;
        Ok(PyExtraction {
            tables: tables.map_err(from_analytics)?,
        })
    }
}

/// Reads the tables that ``Extraction.write`` saved in ``dir`` (``format`` ``parquet``,
/// ``csv``, ``json`` or ``jsonl``; ``None``: the one found), with the column types of a fresh
/// extraction.
#[pyfunction]
#[pyo3(signature = (dir, format=None))]
pub(crate) fn read_extraction(
    py: Python<'_>,
    dir: PathBuf,
    format: Option<&str>,
) -> PyResult<PyExtraction> {
    guard(|| {
        let format: Option<TableFormat> =
            format.map(str::parse).transpose().map_err(from_analytics)?;
        let tables = py
            .detach(|| Tables::read(&dir, format))
            .map_err(from_analytics)?;
        Ok(PyExtraction { tables })
    })
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

    /// Writes ``documents``, ``events`` and ``meetings`` into ``dir`` as ``parquet``, ``csv``,
    /// ``json`` or ``jsonl``; returns the paths written.
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
