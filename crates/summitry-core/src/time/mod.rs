//! The date engine: temporal expressions (TIMEX3) found in text and resolved against a
//! reference date, publication dates from headers and datelines, and anchor dates inferred
//! from texts that carry none.
//!
//! Contract used by the rest of the crate (keep these signatures):
//! - [`find_timexes`]: every temporal expression in `text`, resolved against `reference`.
//! - [`publication_date`]: the document's own publication date, from a header or dateline.
//! - [`infer_anchor`]: for texts with no publication date, the writing date the text implies.
//!
//! Offsets in this module are **byte** offsets into the text; conversion to code points happens
//! at the output boundary.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::model::{DateSource, Precision};

/// TIMEX3 types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

impl TimexType {
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// One temporal expression.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Timex {
    /// Byte span in the text.
    pub start: usize,
    pub end: usize,
    pub kind: TimexType,
    /// The TIMEX3 value: `2024-06-20`, `2024-06`, `2024-W25`, `XXXX-01-14`, `P3D`, `PRESENT_REF`, ...
    pub value: String,
    /// The calendar date the expression denotes (first day at coarser precision), when it
    /// denotes a calendar date, week, month, quarter or year at all.
    pub date: Option<NaiveDate>,
    /// The last day of a stated range ("June 19 and 20", "from 19 to 21 June").
    pub date_end: Option<NaiveDate>,
    pub precision: Option<Precision>,
    /// True when the value depends on the reference date (weekdays, "yesterday", "January 14").
    pub relative: bool,
}

/// A document's publication date and where it was found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PublicationDate {
    pub date: NaiveDate,
    pub source: DateSource,
    /// Byte span of the header or dateline expression.
    pub start: usize,
    pub end: usize,
}

/// A writing date inferred from a text that has no publication date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Anchor {
    pub date: NaiveDate,
    /// `Day` for a full caption date, `Year` when only the year is known
    /// (then `date` is January 1 and month-day expressions take that year).
    pub precision: Precision,
    /// From 0 to 1.
    pub confidence: f32,
    /// Human-readable reason ("photo caption date June 20, 2024").
    pub reason: String,
}

/// Base years of named anniversaries ("the 75th anniversary of diplomatic relations"):
/// implemented by the knowledge base.
pub trait AnniversaryBase {
    /// The base year of the thing whose anniversary `phrase` names (the words after
    /// "anniversary of"), if known.
    fn base_year(&self, phrase: &str) -> Option<i32>;
}

/// No anniversary knowledge.
impl AnniversaryBase for () {
    fn base_year(&self, _phrase: &str) -> Option<i32> {
        None
    }
}

/// Every temporal expression in `text`, in text order, resolved against `reference` when given.
pub fn find_timexes(text: &str, reference: Option<NaiveDate>) -> Vec<Timex> {
    let _ = (text, reference);
    Vec::new()
}

/// The publication date the text states in a header or dateline, if any.
pub fn publication_date(text: &str) -> Option<PublicationDate> {
    let _ = text;
    None
}

/// The writing date implied by a text without a publication date.
pub fn infer_anchor(text: &str, anniversaries: &dyn AnniversaryBase) -> Option<Anchor> {
    let _ = (text, anniversaries);
    None
}
