//! The error type of the analytics crate.

use std::path::PathBuf;

use polars::error::PolarsError;

/// Everything that can go wrong while building or analysing tables.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A period that is neither a name (`year`, `quarter`, `month`, `week`, `day`) nor a
    /// Polars duration of one calendar unit (`1y`, `2q`, `6mo`, `1w`, `10d`).
    #[error("unknown period {0:?}: expected year|quarter|month|week|day or a duration such as 1y, 6mo, 2w, 10d")]
    UnknownPeriod(String),
    /// A grouping name that is not one of those of [`crate::By`].
    #[error("unknown grouping {0:?}: expected none|country|country_pair|participant|participant_pair|participants|office|location|host|kind|status")]
    UnknownGrouping(String),
    /// Another invalid argument (a weight, a file that holds no saved table).
    #[error("{0}")]
    Argument(String),
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
