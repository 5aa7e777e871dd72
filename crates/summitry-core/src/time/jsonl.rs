//! The TempEval-style runner: one JSONL line `{doc_id, dct, text}` in, one line
//! `{doc_id, timexes: [{start, end, type, value}]}` out, with Python (code point) offsets.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::find_timexes;

/// Why a JSONL line could not be processed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum TimexJsonError {
    #[error("not a JSON object with doc_id and text: {0}")]
    Json(#[from] serde_json::Error),
    #[error("dct `{0}` is not a date (YYYY-MM-DD)")]
    BadDct(String),
}

#[derive(Deserialize)]
struct InputLine {
    doc_id: serde_json::Value,
    #[serde(default)]
    dct: Option<String>,
    text: String,
}

#[derive(Serialize)]
struct OutputTimex<'a> {
    start: usize,
    end: usize,
    #[serde(rename = "type")]
    kind: &'a str,
    value: &'a str,
}

#[derive(Serialize)]
struct OutputLine<'a> {
    doc_id: &'a serde_json::Value,
    timexes: Vec<OutputTimex<'a>>,
}

/// Runs [`find_timexes`] on one JSONL line, with `dct` (when present) as the reference date,
/// and returns the output line (without a newline).
pub fn timex_jsonl_line(line: &str) -> Result<String, TimexJsonError> {
    let input: InputLine = serde_json::from_str(line)?;
    let reference = match input.dct.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
        Some(dct) => {
            let day = dct.get(..10).unwrap_or(dct);
            Some(NaiveDate::parse_from_str(day, "%Y-%m-%d").map_err(|_| TimexJsonError::BadDct(dct.to_string()))?)
        }
        None => None,
    };
    let timexes = find_timexes(&input.text, reference);
    let mut offsets = Vec::with_capacity(timexes.len() * 2);
    for t in &timexes {
        offsets.push(t.start);
        offsets.push(t.end);
    }
    let chars = byte_to_char_offsets(&input.text, &offsets);
    let output = OutputLine {
        doc_id: &input.doc_id,
        timexes: timexes
            .iter()
            .enumerate()
            .map(|(i, t)| OutputTimex { start: chars[2 * i], end: chars[2 * i + 1], kind: t.kind.as_str(), value: &t.value })
            .collect(),
    };
    Ok(serde_json::to_string(&output)?)
}

/// Converts byte offsets (each on a char boundary, in any order) into code point offsets, as
/// Python string indices count them. One pass over the text.
pub fn byte_to_char_offsets(text: &str, byte_offsets: &[usize]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..byte_offsets.len()).collect();
    order.sort_by_key(|&i| byte_offsets[i]);
    let mut result = vec![0; byte_offsets.len()];
    let mut chars_so_far = 0;
    let mut byte_position = 0;
    let mut iter = text.char_indices().peekable();
    for i in order {
        let target = byte_offsets[i].min(text.len());
        while byte_position < target {
            match iter.next() {
                Some((_, c)) => {
                    byte_position += c.len_utf8();
                    chars_so_far += 1;
                }
                None => break,
            }
        }
        result[i] = chars_so_far;
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_count_code_points() {
        let text = "Việt Nam, June 20";
        let start = text.find("June").unwrap();
        assert_eq!(byte_to_char_offsets(text, &[start, 0, text.len()]), vec![10, 0, 17]);
    }

    #[test]
    fn runner_line() {
        let out = timex_jsonl_line(r#"{"doc_id": "d1", "dct": "2023-10-17", "text": "Thưởng met Putin on Tuesday.", "extra": 1}"#).unwrap();
        assert_eq!(out, r#"{"doc_id":"d1","timexes":[{"start":20,"end":27,"type":"DATE","value":"2023-10-17"}]}"#);
        assert!(timex_jsonl_line("{").is_err());
        assert!(timex_jsonl_line(r#"{"doc_id": 1, "dct": "soon", "text": ""}"#).is_err());
    }
}
