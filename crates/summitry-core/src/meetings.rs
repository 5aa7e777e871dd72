//! Meetings: events merged across documents that report the same happening.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::extract::Extraction;
use crate::model::{EventKind, Precision, Status};

/// One happening, however many documents report it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Meeting {
    /// Stable within one extraction: `m0001`, `m0002`, ... in date order.
    pub meeting_id: String,
    pub kind: EventKind,
    pub date: Option<NaiveDate>,
    pub date_precision: Option<Precision>,
    pub date_end: Option<NaiveDate>,
    pub participants: Vec<String>,
    pub countries: Vec<String>,
    pub location: Option<String>,
    pub location_country: Option<String>,
    /// `occurred` when any report says it happened.
    pub status: Status,
    pub n_mentions: usize,
    pub n_documents: usize,
    pub doc_ids: Vec<String>,
    /// Earliest and latest reference date of the reporting documents.
    pub first_reported: Option<NaiveDate>,
    pub last_reported: Option<NaiveDate>,
    pub topics: Vec<String>,
}

/// Merges the events of an extraction into meetings.
pub fn merge_meetings(extraction: &Extraction) -> Vec<Meeting> {
    let _ = extraction;
    Vec::new()
}
