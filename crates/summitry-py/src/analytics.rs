//! The analytics of `summitry-analytics` over tables sent from Python as Parquet bytes.
//!
//! Use the functions of the ``summitry`` package, which take and return Polars data frames.

use pyo3::prelude::*;
use summitry_analytics::polars::prelude::DataFrame;
use summitry_analytics::{By, Period, Weight};

use crate::errors::{from_analytics, guard};
use crate::frames::{from_parquet, ArrowTable};

fn groupings(by: Option<Vec<String>>) -> PyResult<Vec<By>> {
    by.unwrap_or_default()
        .iter()
        .map(|b| b.parse().map_err(from_analytics))
        .collect()
}

/// Runs `analysis` on the frame in `parquet` without holding the GIL.
fn run(
    py: Python<'_>,
    parquet: Vec<u8>,
    analysis: impl FnOnce(&DataFrame) -> summitry_analytics::Result<DataFrame> + Send,
) -> PyResult<ArrowTable> {
    let frame = py.detach(|| -> PyResult<DataFrame> {
        let input = from_parquet(parquet, "input")?;
        analysis(&input).map_err(from_analytics)
    })?;
    Ok(ArrowTable::new(frame))
}

/// [`run`] for an analysis that takes only the groupings.
fn run_grouped(
    py: Python<'_>,
    parquet: Vec<u8>,
    by: Option<Vec<String>>,
    analysis: impl FnOnce(&DataFrame, &[By]) -> summitry_analytics::Result<DataFrame> + Send,
) -> PyResult<ArrowTable> {
    guard(|| {
        let by = groupings(by)?;
        run(py, parquet, |m| analysis(m, &by))
    })
}

/// Meetings per period and group; see ``summitry.meeting_frequency``.
#[pyfunction]
#[pyo3(signature = (meetings_parquet, every, by=None))]
pub(crate) fn meeting_frequency(
    py: Python<'_>,
    meetings_parquet: Vec<u8>,
    every: &str,
    by: Option<Vec<String>>,
) -> PyResult<ArrowTable> {
    guard(|| {
        let every: Period = every.parse().map_err(from_analytics)?;
        let by = groupings(by)?;
        run(py, meetings_parquet, |m| {
            summitry_analytics::meeting_frequency(m, every, &by)
        })
    })
}

/// Topics per period and group; see ``summitry.topic_frequency``.
#[pyfunction]
#[pyo3(signature = (frame_parquet, every, by=None, weight="event"))]
pub(crate) fn topic_frequency(
    py: Python<'_>,
    frame_parquet: Vec<u8>,
    every: &str,
    by: Option<Vec<String>>,
    weight: &str,
) -> PyResult<ArrowTable> {
    guard(|| {
        let every: Period = every.parse().map_err(from_analytics)?;
        let by = groupings(by)?;
        let weight: Weight = weight.parse().map_err(from_analytics)?;
        run(py, frame_parquet, |f| {
            summitry_analytics::topic_frequency(f, every, &by, weight)
        })
    })
}

/// Pairs of topics in the same row; see ``summitry.topic_cooccurrence``.
#[pyfunction]
pub(crate) fn topic_cooccurrence(py: Python<'_>, frame_parquet: Vec<u8>) -> PyResult<ArrowTable> {
    guard(|| run(py, frame_parquet, summitry_analytics::topic_cooccurrence))
}

/// Days between consecutive meeting dates per group; see ``summitry.meeting_intervals``.
#[pyfunction]
#[pyo3(signature = (meetings_parquet, by=None))]
pub(crate) fn meeting_intervals(
    py: Python<'_>,
    meetings_parquet: Vec<u8>,
    by: Option<Vec<String>>,
) -> PyResult<ArrowTable> {
    run_grouped(py, meetings_parquet, by, |m, by| summitry_analytics::meeting_intervals(m, by))
}

/// First and last meeting per group; see ``summitry.last_met``.
#[pyfunction]
#[pyo3(signature = (meetings_parquet, by=None))]
pub(crate) fn last_met(
    py: Python<'_>,
    meetings_parquet: Vec<u8>,
    by: Option<Vec<String>>,
) -> PyResult<ArrowTable> {
    run_grouped(py, meetings_parquet, by, |m, by| summitry_analytics::last_met(m, by))
}

/// Edges between people who met; see ``summitry.participant_network``.
#[pyfunction]
pub(crate) fn participant_network(
    py: Python<'_>,
    meetings_parquet: Vec<u8>,
) -> PyResult<ArrowTable> {
    guard(|| {
        run(
            py,
            meetings_parquet,
            summitry_analytics::participant_network,
        )
    })
}

/// The rows of two countries and their analyses: a one-line summary and the named tables
/// ``meetings``, ``per_year``, ``participants``, ``pairs``, ``topics``, ``network``; see
/// ``summitry.relationship``.
#[pyfunction]
pub(crate) fn relationship(
    py: Python<'_>,
    meetings_parquet: Vec<u8>,
    a: &str,
    b: &str,
) -> PyResult<(String, Vec<(String, ArrowTable)>)> {
    guard(|| {
        let rel = py.detach(|| -> PyResult<summitry_analytics::Relationship> {
            let meetings = from_parquet(meetings_parquet, "meetings")?;
            summitry_analytics::relationship(&meetings, a, b).map_err(from_analytics)
        })?;
        let summary = rel.to_string();
        let tables = [
            ("meetings", rel.meetings),
            ("per_year", rel.per_year),
            ("participants", rel.participants),
            ("pairs", rel.pairs),
            ("topics", rel.topics),
            ("network", rel.network),
        ];
        Ok((
            summary,
            tables
                .into_iter()
                .map(|(name, frame)| (name.to_owned(), ArrowTable::new(frame)))
                .collect(),
        ))
    })
}
