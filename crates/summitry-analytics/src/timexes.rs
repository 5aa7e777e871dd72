//! The date engine's temporal expressions as a table, with offsets in code points.

use chrono::NaiveDate;
use polars::prelude::*;
use summitry_core::time::find_timexes;

use crate::error::Result;

/// Every temporal expression in `text` resolved against `reference`, one row each:
/// `start`, `end` (code point offsets, as Python slices them), `text`, `type` (`DATE`, `TIME`,
/// `DURATION`, `SET`), `value` (TIMEX3), `date` (Date) and `precision`.
pub fn timexes_frame(text: &str, reference: Option<NaiveDate>) -> Result<DataFrame> {
    let timexes = find_timexes(text, reference);
    let to_chars = CodePointOffsets::new(text);
    let starts: Vec<i64> = timexes
        .iter()
        .map(|t| to_chars.of(t.start) as i64)
        .collect();
    let ends: Vec<i64> = timexes.iter().map(|t| to_chars.of(t.end) as i64).collect();
    let texts: Vec<&str> = timexes
        .iter()
        .map(|t| text.get(t.start..t.end).unwrap_or_default())
        .collect();
    let types: Vec<&str> = timexes.iter().map(|t| t.kind.as_str()).collect();
    let values: Vec<&str> = timexes.iter().map(|t| t.value.as_str()).collect();
    let dates: Vec<Option<NaiveDate>> = timexes.iter().map(|t| t.date).collect();
    let precisions: Vec<Option<&str>> = timexes
        .iter()
        .map(|t| t.precision.map(summitry_core::Precision::as_str))
        .collect();
    let columns = vec![
        Series::new("start".into(), starts).into_column(),
        Series::new("end".into(), ends).into_column(),
        Series::new("text".into(), texts).into_column(),
        Series::new("type".into(), types).into_column(),
        Series::new("value".into(), values).into_column(),
        Series::new("date".into(), dates).into_column(),
        Series::new("precision".into(), precisions).into_column(),
    ];
    Ok(DataFrame::new(timexes.len(), columns)?)
}

/// Converts byte offsets of a text into code point offsets (Python string indices).
#[derive(Debug, Clone)]
pub struct CodePointOffsets {
    /// Byte offset at which each code point starts.
    char_starts: Vec<usize>,
    len: usize,
}

impl CodePointOffsets {
    pub fn new(text: &str) -> Self {
        CodePointOffsets {
            char_starts: text.char_indices().map(|(i, _)| i).collect(),
            len: text.len(),
        }
    }

    /// The code point index of `byte` (a char boundary, or the end of the text).
    pub fn of(&self, byte: usize) -> usize {
        if byte >= self.len {
            return self.char_starts.len();
        }
        // A byte inside a code point maps to that code point.
        match self.char_starts.binary_search(&byte) {
            Ok(i) => i,
            Err(i) => i - 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_offsets_become_code_point_offsets() {
        // "Phạm" has a 3-byte "ạ": bytes 0..6, code points 0..4.
        let text = "Phạm Minh Chính met Putin";
        let offsets = CodePointOffsets::new(text);
        assert_eq!(offsets.of(0), 0);
        assert_eq!(offsets.of(6), 4);
        let met = text.find("met").unwrap();
        assert_eq!(offsets.of(met), text[..met].chars().count());
        assert_eq!(offsets.of(text.len()), text.chars().count());
    }

    #[test]
    fn an_empty_text_gives_an_empty_typed_table() {
        let frame = timexes_frame("", None).unwrap();
        assert_eq!(frame.height(), 0);
        assert_eq!(frame.column("date").unwrap().dtype(), &DataType::Date);
        assert_eq!(frame.column("start").unwrap().dtype(), &DataType::Int64);
    }
}
