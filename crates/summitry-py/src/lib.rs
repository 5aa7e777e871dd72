//! The pyo3 module `summitry._summitry`: thin glue over `summitry-core` and
//! `summitry-analytics`, one file per core module. The Python package `summitry` wraps it.

// pyo3 hands arguments over as owned values (`PathBuf`, `Vec<u8>`, `PyErr`): passing them by
// value is how the binding works, not a needless copy.
#![allow(clippy::needless_pass_by_value)]

mod analytics;
mod corpus;
mod entities;
mod errors;
mod extract;
mod frames;
mod time;

use pyo3::prelude::*;

/// Native part of summitry; use the ``summitry`` package instead.
#[pymodule]
fn _summitry(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_class::<corpus::PyCorpus>()?;
    m.add_class::<extract::PyExtraction>()?;
    m.add_class::<frames::ArrowTable>()?;
    m.add_function(wrap_pyfunction!(extract::read_extraction, m)?)?;
    m.add_function(wrap_pyfunction!(analytics::meeting_frequency, m)?)?;
    m.add_function(wrap_pyfunction!(analytics::topic_frequency, m)?)?;
    m.add_function(wrap_pyfunction!(analytics::topic_cooccurrence, m)?)?;
    m.add_function(wrap_pyfunction!(analytics::meeting_intervals, m)?)?;
    m.add_function(wrap_pyfunction!(analytics::last_met, m)?)?;
    m.add_function(wrap_pyfunction!(analytics::participant_network, m)?)?;
    m.add_function(wrap_pyfunction!(analytics::relationship, m)?)?;
    m.add_function(wrap_pyfunction!(time::find_dates, m)?)?;
    m.add_function(wrap_pyfunction!(entities::find_entities, m)?)?;
    m.add_function(wrap_pyfunction!(entities::knowledge_table, m)?)?;
    m.add("SummitryError", py.get_type::<errors::SummitryError>())?;
    m.add("InputError", py.get_type::<errors::InputError>())?;
    m.add("KnowledgeError", py.get_type::<errors::KnowledgeError>())?;
    m.add("ArgumentError", py.get_type::<errors::ArgumentError>())?;
    Ok(())
}
