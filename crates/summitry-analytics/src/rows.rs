//! Reading the columns of a user's frame row by row, with errors that name the column.
//!
//! The analytics turn list columns (`countries`, `participants`, `topics`, `doc_ids`) into
//! keys such as country pairs; that is done here in plain Rust, since pairs of a list need
//! Polars features (cross joins, list sets) that would lengthen every build. Counting,
//! joining and zero-filling the keys is then done with lazy Polars queries.

use chrono::NaiveDate;
use polars::prelude::*;

use crate::error::{Error, Result};

/// The column, or an error naming it.
pub(crate) fn column<'a>(frame: &'a DataFrame, name: &str) -> Result<&'a Column> {
    frame.column(name).map_err(|_| Error::Column {
        column: name.to_owned(),
        message: format!(
            "missing from the frame (columns: {})",
            frame
                .get_column_names()
                .iter()
                .map(|c| c.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ),
    })
}

pub(crate) fn wrong_type(column: &str, err: &PolarsError) -> Error {
    Error::Column {
        column: column.to_owned(),
        message: err.to_string(),
    }
}

/// A Date column as dates.
pub(crate) fn dates(frame: &DataFrame, name: &str) -> Result<Vec<Option<NaiveDate>>> {
    let values = column(frame, name)?
        .date()
        .map_err(|e| wrong_type(name, &e))?
        .physical()
        .clone();
    Ok(values.iter().map(|d| d.map(days_to_date)).collect())
}

/// A String column as owned strings.
pub(crate) fn strings(frame: &DataFrame, name: &str) -> Result<Vec<Option<String>>> {
    let values = column(frame, name)?
        .str()
        .map_err(|e| wrong_type(name, &e))?
        .clone();
    Ok(values.iter().map(|s| s.map(str::to_owned)).collect())
}

/// A List[str] column as vectors (a null list is empty, null items are dropped).
pub(crate) fn string_lists(frame: &DataFrame, name: &str) -> Result<Vec<Vec<String>>> {
    let lists = column(frame, name)?
        .list()
        .map_err(|e| wrong_type(name, &e))?;
    (0..lists.len())
        .map(|row| {
            let Some(values) = lists.get_as_series(row) else {
                return Ok(Vec::new());
            };
            if values.dtype() == &DataType::Null {
                return Ok(Vec::new());
            }
            Ok(values
                .str()
                .map_err(|e| wrong_type(name, &e))?
                .iter()
                .flatten()
                .map(str::to_owned)
                .collect())
        })
        .collect()
}

/// Polars stores a Date as days since 1970-01-01.
pub(crate) fn days_to_date(days: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(1970, 1, 1).expect("valid epoch")
        + chrono::TimeDelta::days(i64::from(days))
}

/// The distinct values in alphabetical order.
pub(crate) fn distinct(values: &[String]) -> Vec<&str> {
    let set: std::collections::BTreeSet<&str> = values.iter().map(String::as_str).collect();
    set.into_iter().collect()
}

/// Unordered pairs of the distinct values, each `(a, b)` with `a < b`.
pub(crate) fn pairs(values: &[String]) -> Vec<(&str, &str)> {
    let distinct = distinct(values);
    let mut out = Vec::new();
    for (i, a) in distinct.iter().enumerate() {
        for b in &distinct[i + 1..] {
            out.push((*a, *b));
        }
    }
    out
}

/// A list-of-strings series for hand-built test frames: one list per row.
#[cfg(test)]
pub(crate) fn list_series(items: &[&[&str]]) -> Series {
    Series::new("".into(), items.iter().map(|i| Series::new("".into(), *i)).collect::<Vec<_>>())
}

/// The values of an integer column of a test frame; a null fails the test.
#[cfg(test)]
pub(crate) fn ints(frame: &DataFrame, name: &str) -> Vec<i64> {
    opt_ints(frame, name).into_iter().map(|v| v.expect("no null")).collect()
}

/// The values of an integer column of a test frame, nulls kept.
#[cfg(test)]
pub(crate) fn opt_ints(frame: &DataFrame, name: &str) -> Vec<Option<i64>> {
    frame.column(name).unwrap().i64().unwrap().iter().collect()
}
