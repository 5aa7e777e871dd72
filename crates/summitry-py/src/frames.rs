//! Tables crossing into Python through the Arrow `PyCapsule` stream interface, and back into
//! Rust as Parquet bytes.

use std::ffi::CStr;
use std::io::Cursor;

use pyo3::prelude::*;
use pyo3::types::PyCapsule;
use summitry_analytics::polars::prelude::*;
use summitry_analytics::polars_arrow::array::{Array, StructArray};
use summitry_analytics::polars_arrow::datatypes::ArrowDataType;
use summitry_analytics::polars_arrow::ffi::{export_iterator, ArrowArrayStream};

use crate::errors::{argument, guard};

/// The capsule name the Arrow `PyCapsule` interface requires for a stream.
const STREAM_CAPSULE: &CStr = c"arrow_array_stream";

/// A table produced by summitry, readable by any Arrow consumer.
///
/// Wrap it with ``polars.DataFrame(table)``; the Python API does this for you.
#[pyclass(module = "summitry._summitry", frozen)]
pub(crate) struct ArrowTable {
    frame: DataFrame,
}

impl ArrowTable {
    pub(crate) fn new(frame: DataFrame) -> Self {
        ArrowTable { frame }
    }
}

#[pymethods]
impl ArrowTable {
    /// Exports the table as an Arrow C stream in a `PyCapsule` named ``arrow_array_stream``.
    ///
    /// ``requested_schema`` is accepted and ignored: the schema is fixed, and the protocol lets
    /// a producer return its own.
    #[pyo3(signature = (requested_schema=None))]
    fn __arrow_c_stream__<'py>(
        &self,
        py: Python<'py>,
        requested_schema: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyCapsule>> {
        let _ = requested_schema;
        guard(|| PyCapsule::new_with_value(py, arrow_stream(&self.frame), STREAM_CAPSULE))
    }

    /// Number of rows.
    fn __len__(&self) -> usize {
        self.frame.height()
    }

    fn __repr__(&self) -> String {
        format!(
            "ArrowTable({} rows, {} columns)",
            self.frame.height(),
            self.frame.width()
        )
    }
}

/// The frame as an Arrow stream of struct arrays, one per record batch. The capsule owns the
/// stream, and the stream owns its batches, so Python may consume it after the frame is gone.
fn arrow_stream(frame: &DataFrame) -> ArrowArrayStream {
    let mut frame = frame.clone();
    frame.rechunk_mut();
    let fields: Vec<ArrowField> = frame
        .columns()
        .iter()
        .map(|column| column.field().to_arrow(CompatLevel::newest()))
        .collect();
    let dtype = ArrowDataType::Struct(fields);
    let batches: Vec<PolarsResult<Box<dyn Array>>> = frame
        .iter_chunks(CompatLevel::newest(), false)
        .map(|batch| {
            let height = batch.height();
            Ok(StructArray::new(dtype.clone(), height, batch.into_arrays(), None).boxed())
        })
        .collect();
    export_iterator(
        Box::new(batches.into_iter()),
        ArrowField::new(PlSmallStr::EMPTY, dtype, false),
    )
}

/// A frame that the Python side serialised as Parquet (any Python polars since 1.20 writes
/// it, and polars-io reads it; the Arrow C stream import would need unsafe code here).
pub(crate) fn from_parquet(bytes: Vec<u8>, what: &str) -> PyResult<DataFrame> {
    ParquetReader::new(Cursor::new(bytes))
        .finish()
        .map_err(|e| argument(format!("cannot read the {what} table: {e}")))
}
