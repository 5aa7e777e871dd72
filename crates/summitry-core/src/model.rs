//! The event model of SPEC section 2: what extraction produces.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What kind of happening an event is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EventKind {
    /// Talks, a meeting, a reception, a courtesy call, a welcome ceremony.
    Meeting,
    /// A phone or video call.
    Call,
    /// A person travels to a place; the participants are the visitors.
    Visit,
    /// Agreements signed, or their signing witnessed.
    Signing,
}

impl EventKind {
    /// The lower-case name used in tables and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Meeting => "meeting",
            EventKind::Call => "call",
            EventKind::Visit => "visit",
            EventKind::Signing => "signing",
        }
    }
}

/// Whether an event had happened at the time of writing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Occurred,
    Planned,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Occurred => "occurred",
            Status::Planned => "planned",
        }
    }
}

/// How precisely a date is known. A `Month` date is stored as the first day of its month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Day,
    Month,
    Year,
}

impl Precision {
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Month => "month",
            Precision::Year => "year",
        }
    }

    /// The date cut to this precision in ISO form: `2024-06-20`, `2024-06` or `2024`.
    pub fn format(self, date: NaiveDate) -> String {
        match self {
            Precision::Day => date.format("%Y-%m-%d").to_string(),
            Precision::Month => date.format("%Y-%m").to_string(),
            Precision::Year => date.format("%Y").to_string(),
        }
    }
}

/// Where a document's reference (publication) date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DateSource {
    /// A header line such as `date 2023-10-17` or `Fri, 25th Oct 2024 10:26`.
    Header,
    /// A dateline such as `HANOI, November 19. /TASS/` (with a year from elsewhere).
    Dateline,
    /// Given by the caller (a JSONL `published` field, a `DataFrame` column).
    Given,
    /// Inferred from the text: a photo caption date, an anniversary, the latest year mentioned.
    Inferred,
    /// No date at all.
    None,
}

impl DateSource {
    pub fn as_str(self) -> &'static str {
        match self {
            DateSource::Header => "header",
            DateSource::Dateline => "dateline",
            DateSource::Given => "given",
            DateSource::Inferred => "inferred",
            DateSource::None => "none",
        }
    }
}

/// How an event's date was obtained.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateBasis {
    /// A complete date written in the text ("June 20, 2024", "in 2014").
    Explicit,
    /// Resolved against the publication date ("on Tuesday", "yesterday", "January 14").
    Relative,
    /// Resolved against an anchor date inferred from the text (no publication date given).
    InferredAnchor,
    /// Undatable from the text.
    None,
}

impl DateBasis {
    pub fn as_str(self) -> &'static str {
        match self {
            DateBasis::Explicit => "explicit",
            DateBasis::Relative => "relative",
            DateBasis::InferredAnchor => "inferred_anchor",
            DateBasis::None => "none",
        }
    }
}

/// One distinct happening stated in a document (SPEC section 2).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub doc_id: String,
    pub kind: EventKind,
    /// The resolved date; the first day of the month or year at coarser precision.
    pub date: Option<NaiveDate>,
    pub date_precision: Option<Precision>,
    /// The last day of a stated range ("June 19 and 20").
    pub date_end: Option<NaiveDate>,
    pub date_basis: DateBasis,
    /// Canonical full names (ASCII). For a visit: the visitors.
    pub participants: Vec<String>,
    /// ISO 3166-1 alpha-3 codes of the sides.
    pub countries: Vec<String>,
    /// The city, or the country when no city is stated.
    pub location: Option<String>,
    pub location_country: Option<String>,
    pub status: Status,
    /// The sentence stating the event.
    pub evidence: String,
    /// Span of the evidence in the document text, in code points (Python string offsets).
    pub start: usize,
    pub end: usize,
    /// Topics of the event (taxonomy of `corpus/GOLD.md`), sorted.
    pub topics: Vec<String>,
    /// How sure the extractor is, from 0 to 1.
    pub confidence: f32,
}

impl Event {
    /// The date as ISO text at its precision (`2024-06`, `2024`), if any.
    pub fn date_text(&self) -> Option<String> {
        Some(self.date_precision?.format(self.date?))
    }
}
