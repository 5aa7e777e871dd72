//! Writing tables to files and reading them back: Parquet keeps every type; CSV, JSON and
//! JSONL are for other tools, and are read back with the types of the saved tables.

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
    /// Lists are written as `;`-separated text, since CSV has no list type (so an item
    /// holding `;` does not survive a round trip, and neither does an empty string, read
    /// back as null).
    Csv,
    /// One JSON object per row; dates as `YYYY-MM-DD`, lists as arrays.
    Jsonl,
    /// One JSON array of row objects, as in [`TableFormat::Jsonl`].
    Json,
}

impl TableFormat {
    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            TableFormat::Parquet => "parquet",
            TableFormat::Csv => "csv",
            TableFormat::Jsonl => "jsonl",
            TableFormat::Json => "json",
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
            "json" => Ok(TableFormat::Json),
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
        TableFormat::Json => {
            let mut out = BufWriter::new(file);
            write!(out, "[").map_err(io_error)?;
            for row in 0..frame.height() {
                let separator = if row == 0 { "\n" } else { ",\n" };
                write!(out, "{separator}{}", row_to_json(frame, row)?).map_err(io_error)?;
            }
            writeln!(out, "\n]").map_err(io_error)?;
            out.flush().map_err(io_error)?;
        }
    }
    Ok(())
}

impl Tables {
    /// Reads the tables that [`Tables::write`] saved in `dir`, in the format given or, with
    /// `None`, the one found (Parquet, JSONL, JSON, then CSV). Columns get the types of
    /// freshly extracted tables whatever the format, so analyses run on them unchanged.
    pub fn read(dir: impl AsRef<Path>, format: Option<TableFormat>) -> Result<Self> {
        let dir = dir.as_ref();
        let candidates = [
            TableFormat::Parquet,
            TableFormat::Jsonl,
            TableFormat::Json,
            TableFormat::Csv,
        ];
        let format = match format {
            Some(format) => format,
            None => candidates
                .into_iter()
                .find(|f| dir.join(format!("events.{}", f.extension())).is_file())
                .ok_or_else(|| {
                    Error::Argument(format!(
                        "{}: no saved tables (events.parquet, .jsonl, .json or .csv)",
                        dir.display()
                    ))
                })?,
        };
        let empty = Tables::from_extraction(&summitry_core::Extraction::default())?;
        let read = |name: &str, like: &DataFrame| {
            read_table(
                &dir.join(format!("{name}.{}", format.extension())),
                format,
                like.schema(),
            )
        };
        Ok(Tables {
            documents: read("documents", &empty.documents)?,
            events: read("events", &empty.events)?,
            meetings: read("meetings", &empty.meetings)?,
        })
    }
}

/// Reads one table written by [`write_table`], with the column types of `schema` (columns
/// missing from the file are null; extra ones are dropped).
pub fn read_table(path: &Path, format: TableFormat, schema: &Schema) -> Result<DataFrame> {
    let io_error = |source| Error::Io {
        path: path.to_owned(),
        source,
    };
    let bad = |message: String| Error::Argument(format!("{}: {message}", path.display()));
    let frame = match format {
        TableFormat::Parquet => {
            let file = File::open(path).map_err(io_error)?;
            ParquetReader::new(file).finish()?
        }
        TableFormat::Csv => {
            // Lists were written as `;`-joined text: read them as text, split below.
            let mut as_text = schema.clone();
            for (_, dtype) in as_text.iter_mut() {
                if matches!(dtype, DataType::List(_)) {
                    *dtype = DataType::String;
                }
            }
            std::fs::metadata(path).map_err(io_error)?;
            let mut frame = CsvReadOptions::default()
                .with_has_header(true)
                .with_schema(Some(Arc::new(as_text)))
                .try_into_reader_with_file_path(Some(path.to_owned()))?
                .finish()?;
            for (name, dtype) in schema.iter() {
                if matches!(dtype, DataType::List(_)) {
                    let texts = crate::rows::strings(&frame, name)?;
                    let lists = crate::frames::list_column(
                        name,
                        texts.iter().map(|t| {
                            t.as_deref()
                                .unwrap_or("")
                                .split(';')
                                .filter(|s| !s.is_empty())
                        }),
                    )?;
                    frame.with_column(lists)?;
                }
            }
            frame
        }
        TableFormat::Jsonl | TableFormat::Json => {
            let text = std::fs::read_to_string(path).map_err(io_error)?;
            let rows: Vec<serde_json::Value> = if format == TableFormat::Json {
                match serde_json::from_str(&text).map_err(|e| bad(e.to_string()))? {
                    serde_json::Value::Array(rows) => rows,
                    _ => return Err(bad("expected a JSON array of rows".to_owned())),
                }
            } else {
                text.lines()
                    .enumerate()
                    .filter(|(_, line)| !line.trim().is_empty())
                    .map(|(i, line)| {
                        serde_json::from_str(line).map_err(|e| bad(format!("line {}: {e}", i + 1)))
                    })
                    .collect::<Result<_>>()?
            };
            frame_from_json(&rows, schema).map_err(|e| match e {
                Error::Argument(message) => bad(message),
                other => other,
            })?
        }
    };
    conform(frame, schema)
}

/// The frame with exactly the columns of `schema`, in order, cast to its types.
fn conform(frame: DataFrame, schema: &Schema) -> Result<DataFrame> {
    let columns: Vec<Expr> = schema
        .iter()
        .map(|(name, dtype)| {
            if frame.column(name).is_ok() {
                col(name.clone()).strict_cast(dtype.clone())
            } else {
                lit(NULL).cast(dtype.clone()).alias(name.clone())
            }
        })
        .collect();
    Ok(frame.lazy().select(columns).collect()?)
}

/// A frame of the JSON objects `rows`, with the types of `schema`.
fn frame_from_json(rows: &[serde_json::Value], schema: &Schema) -> Result<DataFrame> {
    use serde_json::Value;
    let cell = |row: usize, name: &str| rows[row].get(name).filter(|v| !v.is_null());
    let bad = |row: usize, name: &str, expected: &str| {
        Error::Argument(format!("row {}: `{name}` is not {expected}", row + 1))
    };
    let mut columns = Vec::new();
    for (name, dtype) in schema.iter() {
        let n = rows.len();
        let column = match dtype {
            DataType::Int64 => {
                let values = (0..n)
                    .map(|r| {
                        cell(r, name)
                            .map(|v| v.as_i64().ok_or_else(|| bad(r, name, "an integer")))
                            .transpose()
                    })
                    .collect::<Result<Vec<Option<i64>>>>()?;
                Series::new(name.clone(), values).into_column()
            }
            DataType::Float64 => {
                let values = (0..n)
                    .map(|r| {
                        cell(r, name)
                            .map(|v| v.as_f64().ok_or_else(|| bad(r, name, "a number")))
                            .transpose()
                    })
                    .collect::<Result<Vec<Option<f64>>>>()?;
                Series::new(name.clone(), values).into_column()
            }
            DataType::Date => {
                let values = (0..n)
                    .map(|r| {
                        cell(r, name)
                            .map(|v| {
                                v.as_str()
                                    .and_then(|s| {
                                        chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
                                    })
                                    .ok_or_else(|| bad(r, name, "a YYYY-MM-DD date"))
                            })
                            .transpose()
                    })
                    .collect::<Result<Vec<_>>>()?;
                Series::new(name.clone(), values).into_column()
            }
            DataType::List(_) => {
                let lists = (0..n)
                    .map(|r| match cell(r, name) {
                        None => Ok(Vec::new()),
                        Some(Value::Array(items)) => items
                            .iter()
                            .map(|i| i.as_str().ok_or_else(|| bad(r, name, "a list of strings")))
                            .collect(),
                        Some(_) => Err(bad(r, name, "a list of strings")),
                    })
                    .collect::<Result<Vec<Vec<&str>>>>()?;
                crate::frames::list_column(name, lists.into_iter().map(Vec::into_iter))?
            }
            _ => {
                let values = (0..n)
                    .map(|r| {
                        cell(r, name)
                            .map(|v| v.as_str().ok_or_else(|| bad(r, name, "a string")))
                            .transpose()
                    })
                    .collect::<Result<Vec<Option<&str>>>>()?;
                Series::new(name.clone(), values).into_column()
            }
        };
        columns.push(column);
    }
    Ok(DataFrame::new(rows.len(), columns)?)
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

    /// Tables with a value in every column type, written and read back in every format.
    #[test]
    fn tables_read_back_equal_in_every_format() {
        use summitry_core::{Corpus, Document, Extractor};
        let corpus = Corpus::from_documents(vec![Document::new(
            "d1",
            "HANOI, June 20, 2024 - Vietnamese Prime Minister Pham Minh Chinh held talks with \
             Russian President Vladimir Putin in Hanoi on energy and trade.",
        )]);
        let tables = Tables::from_extraction(&Extractor::new().extract(&corpus)).unwrap();
        assert_eq!(tables.documents.height(), 1);
        assert!(
            tables.events.height() >= 1 && tables.meetings.height() >= 1,
            "{}",
            tables.events
        );
        let dir = std::env::temp_dir().join(format!("summitry-read-{}", std::process::id()));
        for format in [
            TableFormat::Parquet,
            TableFormat::Csv,
            TableFormat::Jsonl,
            TableFormat::Json,
        ] {
            let sub = dir.join(format.extension());
            tables.write(&sub, format).unwrap();
            let back = Tables::read(&sub, None).unwrap();
            for (a, b) in [
                (&tables.documents, &back.documents),
                (&tables.events, &back.events),
                (&tables.meetings, &back.meetings),
            ] {
                assert_eq!(a.schema(), b.schema(), "{format:?}");
                assert!(a.equals_missing(b), "{format:?}:\n{a}\n{b}");
            }
        }
        assert!(matches!(
            Tables::read(dir.join("none"), None),
            Err(Error::Argument(_))
        ));
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
