//! The error type of the analytics crate.

use std::path::PathBuf;

use polars::error::PolarsError;

/// Everything that can go wrong while building or analysing tables.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A period name that is not one of `year`, `quarter`, `month` (or `1y`, `1q`, `1mo`).
    #[error("unknown period {0:?}: expected year|quarter|month (or 1y|1q|1mo)")]
    UnknownPeriod(String),
    /// A grouping name that is not one of `none`, `country_pair`, `participants`.
    #[error("unknown grouping {0:?}: expected none|country_pair|participants")]
    UnknownGrouping(String),
    /// A table format name that is not one of `parquet`, `csv`, `jsonl`.
    #[error("unknown table format {0:?}: expected parquet|csv|jsonl")]
    UnknownFormat(String),
    /// A frame lacks a column the analysis needs, or has it with the wrong type.
    #[error("column `{column}`: {message}")]
    Column { column: String, message: String },
    /// Writing a table failed.
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// Polars itself failed.
    #[error(transparent)]
    Polars(#[from] PolarsError),
}

/// Shorthand for results whose error is [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
