//! The date engine: temporal expressions found in a text.

use pyo3::prelude::*;

use crate::corpus::parse_date;
use crate::errors::{from_analytics, guard};
use crate::frames::ArrowTable;

/// Temporal expressions in ``text``, resolved against ``reference`` (``YYYY-MM-DD``) when
/// given: columns ``start``, ``end`` (string offsets), ``text``, ``type``, ``value``,
/// ``date``, ``precision``.
#[pyfunction]
#[pyo3(signature = (text, reference=None))]
pub(crate) fn find_dates(
    py: Python<'_>,
    text: &str,
    reference: Option<&str>,
) -> PyResult<ArrowTable> {
    guard(|| {
        let reference = reference.map(parse_date).transpose()?;
        py.detach(|| summitry_analytics::timexes_frame(text, reference))
            .map(ArrowTable::new)
            .map_err(from_analytics)
    })
}
