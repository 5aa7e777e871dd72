//! Writing tables to files: Parquet keeps every type; CSV and JSONL are for other tools.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::str::FromStr;

use polars::prelude::*;

use crate::error::{Error, Result};
use crate::frames::Tables;
use crate::rows::days_to_date;

/// A file format for tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum TableFormat {
    #[default]
    Parquet,
    /// Lists are written as `;`-separated text, since CSV has no list type.
    Csv,
    /// One JSON object per row; dates as `YYYY-MM-DD`, lists as arrays.
    Jsonl,
}

impl TableFormat {
    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            TableFormat::Parquet => "parquet",
            TableFormat::Csv => "csv",
            TableFormat::Jsonl => "jsonl",
        }
    }
}

impl FromStr for TableFormat {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "parquet" => Ok(TableFormat::Parquet),
            "csv" => Ok(TableFormat::Csv),
            "jsonl" | "ndjson" => Ok(TableFormat::Jsonl),
            _ => Err(Error::UnknownFormat(s.to_owned())),
        }
    }
}

impl Tables {
    /// Writes `documents`, `events` and `meetings` into `dir` (created if missing) and returns
    /// the paths written.
    pub fn write(&self, dir: impl AsRef<Path>, format: TableFormat) -> Result<Vec<PathBuf>> {
        let dir = dir.as_ref();
        std::fs::create_dir_all(dir).map_err(|source| Error::Io {
            path: dir.to_owned(),
            source,
        })?;
        let mut written = Vec::new();
        for (name, frame) in [
            ("documents", &self.documents),
            ("events", &self.events),
            ("meetings", &self.meetings),
        ] {
            let path = dir.join(format!("{name}.{}", format.extension()));
            write_table(frame, &path, format)?;
            written.push(path);
        }
        Ok(written)
    }
}

/// Writes one frame to `path` in `format`.
pub fn write_table(frame: &DataFrame, path: &Path, format: TableFormat) -> Result<()> {
    let io_error = |source| Error::Io {
        path: path.to_owned(),
        source,
    };
    let file = File::create(path).map_err(io_error)?;
    match format {
        TableFormat::Parquet => {
            ParquetWriter::new(file).finish(&mut frame.clone())?;
        }
        TableFormat::Csv => {
            CsvWriter::new(file).finish(&mut lists_as_text(frame)?)?;
        }
        TableFormat::Jsonl => {
            let mut out = BufWriter::new(file);
            for row in 0..frame.height() {
                let line = row_to_json(frame, row)?;
                writeln!(out, "{line}").map_err(io_error)?;
            }
            out.flush().map_err(io_error)?;
        }
    }
    Ok(())
}

/// The frame with each List[str] column replaced by its values joined with `;`.
fn lists_as_text(frame: &DataFrame) -> Result<DataFrame> {
    let mut out = frame.clone();
    for column in frame.columns() {
        if !matches!(column.dtype(), DataType::List(_)) {
            continue;
        }
        let lists = column.list()?;
        let joined: Vec<Option<String>> = (0..lists.len())
            .map(|row| {
                lists.get_as_series(row).map(|values| {
                    let texts: Vec<String> = (0..values.len())
                        .filter_map(|i| values.get(i).ok())
                        .map(|v| {
                            json_value(&v)
                                .as_str()
                                .map_or_else(|| v.to_string(), str::to_owned)
                        })
                        .collect();
                    texts.join(";")
                })
            })
            .collect();
        out.with_column(Series::new(column.name().clone(), joined).into_column())?;
    }
    Ok(out)
}

/// One row as a JSON object, columns in frame order.
pub fn row_to_json(frame: &DataFrame, row: usize) -> Result<serde_json::Value> {
    let mut object = serde_json::Map::new();
    for column in frame.columns() {
        object.insert(column.name().to_string(), json_value(&column.get(row)?));
    }
    Ok(serde_json::Value::Object(object))
}

/// The JSON form of a cell: dates as ISO text, lists as arrays.
fn json_value(value: &AnyValue<'_>) -> serde_json::Value {
    use serde_json::Value;
    match value {
        AnyValue::Null => Value::Null,
        AnyValue::Boolean(b) => Value::Bool(*b),
        AnyValue::String(s) => Value::String((*s).to_owned()),
        AnyValue::StringOwned(s) => Value::String(s.to_string()),
        AnyValue::Int32(v) => Value::from(*v),
        AnyValue::Int64(v) => Value::from(*v),
        AnyValue::UInt32(v) => Value::from(*v),
        AnyValue::UInt64(v) => Value::from(*v),
        AnyValue::Float32(v) => Value::from(f64::from(*v)),
        AnyValue::Float64(v) => Value::from(*v),
        AnyValue::Date(days) => Value::String(days_to_date(*days).format("%Y-%m-%d").to_string()),
        AnyValue::List(values) => Value::Array(
            (0..values.len())
                .map(|i| values.get(i).map_or(Value::Null, |v| json_value(&v)))
                .collect(),
        ),
        other => Value::String(other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame() -> DataFrame {
        let date = chrono::NaiveDate::from_ymd_opt(2024, 6, 20);
        let mut frame = df!(
            "doc_id" => ["a", "b"],
            "date" => [date, None],
            "n" => [3i64, 4],
        )
        .unwrap();
        let countries = Series::new(
            "countries".into(),
            [
                Series::new("".into(), ["VNM", "RUS"]),
                Series::new("".into(), Vec::<&str>::new()),
            ],
        );
        frame.with_column(countries.into_column()).unwrap();
        frame
    }

    #[test]
    fn jsonl_rows_have_iso_dates_and_arrays() {
        let dir = std::env::temp_dir().join(format!("summitry-io-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("t.jsonl");
        write_table(&frame(), &path, TableFormat::Jsonl).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        let lines: Vec<serde_json::Value> = text
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 2);
        assert_eq!(
            lines[0],
            serde_json::json!({"doc_id": "a", "date": "2024-06-20", "n": 3, "countries": ["VNM", "RUS"]})
        );
        assert_eq!(lines[1]["date"], serde_json::Value::Null);

        let csv_path = dir.join("t.csv");
        write_table(&frame(), &csv_path, TableFormat::Csv).unwrap();
        let csv = std::fs::read_to_string(&csv_path).unwrap();
        assert_eq!(csv.lines().nth(1), Some("a,2024-06-20,3,VNM;RUS"));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn format_names_parse() {
        assert_eq!("CSV".parse::<TableFormat>().unwrap(), TableFormat::Csv);
        assert!(matches!(
            "xlsx".parse::<TableFormat>(),
            Err(Error::UnknownFormat(_))
        ));
    }
}
