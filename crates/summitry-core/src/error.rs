//! The error type of the core crate.

use std::path::PathBuf;

/// Everything that can go wrong while loading a corpus or a knowledge base.
///
/// Problems with one document never abort a whole corpus: those are recorded on the
/// document (see [`crate::corpus::InputIssue`]). This error is for the call itself failing.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file or folder could not be read at all.
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A structured input (JSONL, CSV) is unusable as a whole, e.g. a CSV without a text column.
    #[error("{path}: {message}")]
    Format { path: PathBuf, message: String },
    /// A knowledge-base or lexicon file has a bad line.
    #[error("{path}:{line}: field `{field}`: {message}")]
    Knowledge {
        path: String,
        line: usize,
        field: String,
        message: String,
    },
    /// An argument given by the caller is invalid (unknown period, bad date string, ...).
    #[error("{0}")]
    InvalidArgument(String),
}

/// Shorthand for results whose error is [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}
