//! The exception hierarchy, rooted at `summitry.SummitryError`, and the mapping of Rust errors
//! (and panics) onto it.

use std::panic::{catch_unwind, AssertUnwindSafe};

use pyo3::create_exception;
use pyo3::exceptions::PyException;
use pyo3::PyErr;
use pyo3::PyResult;

create_exception!(
    summitry,
    SummitryError,
    PyException,
    "Base class of every error summitry raises."
);
create_exception!(
    summitry,
    InputError,
    SummitryError,
    "An input could not be used at all: a missing folder, an unreadable file, a CSV without a text column."
);
create_exception!(
    summitry,
    KnowledgeError,
    SummitryError,
    "A knowledge-base or lexicon file has a bad line (the message names file, line and field)."
);
create_exception!(
    summitry,
    ArgumentError,
    SummitryError,
    "An argument is invalid: an unknown period or grouping, a bad date string, lists of different lengths."
);

/// Maps a core error variant by variant.
pub(crate) fn from_core(err: summitry_core::Error) -> PyErr {
    use summitry_core::Error;
    let message = err.to_string();
    match err {
        Error::Io { .. } | Error::Format { .. } => InputError::new_err(message),
        Error::Knowledge { .. } => KnowledgeError::new_err(message),
        Error::InvalidArgument(_) => ArgumentError::new_err(message),
        _ => SummitryError::new_err(message),
    }
}

/// Maps an analytics error variant by variant.
pub(crate) fn from_analytics(err: summitry_analytics::Error) -> PyErr {
    use summitry_analytics::Error;
    let message = err.to_string();
    match err {
        Error::UnknownPeriod(_)
        | Error::UnknownGrouping(_)
        | Error::UnknownFormat(_)
        | Error::Argument(_)
        | Error::Column { .. } => ArgumentError::new_err(message),
        Error::Io { .. } => InputError::new_err(message),
        _ => SummitryError::new_err(message),
    }
}

/// An invalid argument given from Python.
pub(crate) fn argument(message: impl Into<String>) -> PyErr {
    ArgumentError::new_err(message.into())
}

/// Runs an entry point so that a Rust panic reaches Python as a `SummitryError`, never as
/// pyo3's `PanicException` (a `BaseException` that `except Exception` would not catch).
pub(crate) fn guard<T>(entry: impl FnOnce() -> PyResult<T>) -> PyResult<T> {
    catch_unwind(AssertUnwindSafe(entry)).unwrap_or_else(|payload| {
        let what = payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_owned());
        Err(SummitryError::new_err(format!(
            "internal error (a bug in summitry, please report it): {what}"
        )))
    })
}
