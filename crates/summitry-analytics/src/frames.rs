//! The three tables of SPEC section 2 as Polars `DataFrame`s: `documents`, `events`, `meetings`.
//!
//! Column types are fixed whatever the content (an empty extraction gives empty frames with the
//! same schema), so code written against them never meets a `Null`-typed column.

use chrono::NaiveDate;
use polars::chunked_array::builder::get_list_builder;
use polars::prelude::*;
use summitry_core::{DocumentRecord, Event, Extraction, Meeting, Precision};

use crate::error::Result;

/// The `documents` table: one row per input document, readable or not.
///
/// Columns: `doc_id`, `source`, `n_chars`, `published` (Date), `published_source`,
/// `reference_date` (Date), `reference_confidence`, `outcome` (`ok`|`warning`|`error`),
/// `message`, `n_events`, `topics` (List[str], most mentioned first).
pub fn documents_frame(extraction: &Extraction) -> Result<DataFrame> {
    let docs: &[DocumentRecord] = &extraction.documents;
    let columns = vec![
        str_column("doc_id", docs.iter().map(|d| Some(d.doc_id.as_str()))),
        str_column("source", docs.iter().map(|d| d.source.as_deref())),
        int_column("n_chars", docs.iter().map(|d| d.n_chars)),
        date_column("published", docs.iter().map(|d| d.published)),
        str_column(
            "published_source",
            docs.iter().map(|d| Some(d.published_source.as_str())),
        ),
        date_column("reference_date", docs.iter().map(|d| d.reference_date)),
        float_column(
            "reference_confidence",
            docs.iter().map(|d| d.reference_confidence),
        ),
        str_column("outcome", docs.iter().map(|d| Some(d.outcome.as_str()))),
        str_column("message", docs.iter().map(|d| d.message.as_deref())),
        int_column("n_events", docs.iter().map(|d| d.n_events)),
        list_column(
            "topics",
            docs.iter()
                .map(|d| d.topics.iter().map(|(topic, _)| topic.as_str())),
        )?,
    ];
    Ok(DataFrame::new(docs.len(), columns)?)
}

/// The `events` table: one row per event, in document order.
///
/// Columns: `doc_id`, `kind`, `date` (Date), `date_precision`, `date_end` (Date), `date_basis`,
/// `participants` (List[str]), `countries` (List[str]), `location`, `location_country`,
/// `status`, `evidence`, `start`, `end` (code point offsets), `topics` (List[str]),
/// `confidence`.
pub fn events_frame(extraction: &Extraction) -> Result<DataFrame> {
    let events: &[Event] = &extraction.events;
    let columns = vec![
        str_column("doc_id", events.iter().map(|e| Some(e.doc_id.as_str()))),
        str_column("kind", events.iter().map(|e| Some(e.kind.as_str()))),
        date_column("date", events.iter().map(|e| e.date)),
        str_column(
            "date_precision",
            events
                .iter()
                .map(|e| e.date_precision.map(Precision::as_str)),
        ),
        date_column("date_end", events.iter().map(|e| e.date_end)),
        str_column(
            "date_basis",
            events.iter().map(|e| Some(e.date_basis.as_str())),
        ),
        list_column(
            "participants",
            events
                .iter()
                .map(|e| e.participants.iter().map(String::as_str)),
        )?,
        list_column(
            "countries",
            events
                .iter()
                .map(|e| e.countries.iter().map(String::as_str)),
        )?,
        str_column("location", events.iter().map(|e| e.location.as_deref())),
        str_column(
            "location_country",
            events.iter().map(|e| e.location_country.as_deref()),
        ),
        str_column("status", events.iter().map(|e| Some(e.status.as_str()))),
        str_column("evidence", events.iter().map(|e| Some(e.evidence.as_str()))),
        int_column("start", events.iter().map(|e| e.start)),
        int_column("end", events.iter().map(|e| e.end)),
        list_column(
            "topics",
            events.iter().map(|e| e.topics.iter().map(String::as_str)),
        )?,
        float_column("confidence", events.iter().map(|e| e.confidence)),
    ];
    Ok(DataFrame::new(events.len(), columns)?)
}

/// The `meetings` table: one row per happening, merged across documents.
///
/// Columns: `meeting_id`, `kind`, `date` (Date), `date_precision`, `date_end` (Date),
/// `participants`, `countries` (List[str]), `location`, `location_country`, `status`,
/// `n_mentions`, `n_documents`, `doc_ids` (List[str]), `first_reported`, `last_reported`
/// (Date), `topics` (List[str]).
pub fn meetings_frame(meetings: &[Meeting]) -> Result<DataFrame> {
    let columns = vec![
        str_column(
            "meeting_id",
            meetings.iter().map(|m| Some(m.meeting_id.as_str())),
        ),
        str_column("kind", meetings.iter().map(|m| Some(m.kind.as_str()))),
        date_column("date", meetings.iter().map(|m| m.date)),
        str_column(
            "date_precision",
            meetings
                .iter()
                .map(|m| m.date_precision.map(Precision::as_str)),
        ),
        date_column("date_end", meetings.iter().map(|m| m.date_end)),
        list_column(
            "participants",
            meetings
                .iter()
                .map(|m| m.participants.iter().map(String::as_str)),
        )?,
        list_column(
            "countries",
            meetings
                .iter()
                .map(|m| m.countries.iter().map(String::as_str)),
        )?,
        str_column("location", meetings.iter().map(|m| m.location.as_deref())),
        str_column(
            "location_country",
            meetings.iter().map(|m| m.location_country.as_deref()),
        ),
        str_column("status", meetings.iter().map(|m| Some(m.status.as_str()))),
        int_column("n_mentions", meetings.iter().map(|m| m.n_mentions)),
        int_column("n_documents", meetings.iter().map(|m| m.n_documents)),
        list_column(
            "doc_ids",
            meetings
                .iter()
                .map(|m| m.doc_ids.iter().map(String::as_str)),
        )?,
        date_column("first_reported", meetings.iter().map(|m| m.first_reported)),
        date_column("last_reported", meetings.iter().map(|m| m.last_reported)),
        list_column(
            "topics",
            meetings.iter().map(|m| m.topics.iter().map(String::as_str)),
        )?,
    ];
    Ok(DataFrame::new(meetings.len(), columns)?)
}

/// The three tables of one extraction, meetings merged with [`summitry_core::merge_meetings`].
#[derive(Debug, Clone)]
pub struct Tables {
    pub documents: DataFrame,
    pub events: DataFrame,
    pub meetings: DataFrame,
}

impl Tables {
    /// Builds all three tables.
    pub fn from_extraction(extraction: &Extraction) -> Result<Self> {
        Ok(Tables {
            documents: documents_frame(extraction)?,
            events: events_frame(extraction)?,
            meetings: meetings_frame(&summitry_core::merge_meetings(extraction))?,
        })
    }
}

fn str_column<'a>(name: &str, values: impl Iterator<Item = Option<&'a str>>) -> Column {
    let values: Vec<Option<&str>> = values.collect();
    Series::new(name.into(), values).into_column()
}

fn int_column(name: &str, values: impl Iterator<Item = usize>) -> Column {
    // Int64 rather than UInt64: what analysts expect, and safe for any realistic count.
    let values: Vec<i64> = values.map(|v| v as i64).collect();
    Series::new(name.into(), values).into_column()
}

fn float_column(name: &str, values: impl Iterator<Item = f32>) -> Column {
    let values: Vec<f64> = values.map(f64::from).collect();
    Series::new(name.into(), values).into_column()
}

fn date_column(name: &str, values: impl Iterator<Item = Option<NaiveDate>>) -> Column {
    let values: Vec<Option<NaiveDate>> = values.collect();
    Series::new(name.into(), values).into_column()
}

/// A `List[str]` column; built with an explicit inner type so that an empty table or a table
/// of empty lists still has the type `List(String)`.
pub(crate) fn list_column<'a, Row>(name: &str, rows: impl Iterator<Item = Row>) -> Result<Column>
where
    Row: Iterator<Item = &'a str>,
{
    let rows: Vec<Vec<&str>> = rows.map(Iterator::collect).collect();
    let n_values = rows.iter().map(Vec::len).sum();
    let mut builder = get_list_builder(&DataType::String, n_values, rows.len(), name.into());
    for row in &rows {
        builder.append_series(&Series::new(PlSmallStr::EMPTY, row))?;
    }
    Ok(builder.finish().into_series().into_column())
}

#[cfg(test)]
mod tests {
    use summitry_core::{DateBasis, DateSource, EventKind, Outcome, Status};

    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn event(doc_id: &str, date: Option<NaiveDate>, precision: Option<Precision>) -> Event {
        Event {
            doc_id: doc_id.to_owned(),
            kind: EventKind::Visit,
            date,
            date_precision: precision,
            date_end: None,
            date_basis: if date.is_some() {
                DateBasis::Explicit
            } else {
                DateBasis::None
            },
            participants: vec!["Nguyen Phu Trong".to_owned()],
            countries: vec!["VNM".to_owned(), "RUS".to_owned()],
            location: Some("Moscow".to_owned()),
            location_country: Some("RUS".to_owned()),
            status: Status::Occurred,
            evidence: "Trong visited Russia in 2014.".to_owned(),
            start: 12,
            end: 41,
            topics: vec![],
            confidence: 0.5,
        }
    }

    fn list_values(frame: &DataFrame, name: &str, row: usize) -> Vec<String> {
        let cell = frame
            .column(name)
            .unwrap()
            .list()
            .unwrap()
            .get_as_series(row)
            .unwrap();
        cell.str()
            .unwrap()
            .iter()
            .map(|s| s.unwrap().to_owned())
            .collect()
    }

    #[test]
    fn events_keep_values_types_and_nulls() {
        let extraction = Extraction {
            documents: vec![],
            events: vec![
                event("a", Some(day(2014, 1, 1)), Some(Precision::Year)),
                event("b", None, None),
            ],
        };
        let frame = events_frame(&extraction).unwrap();
        assert_eq!(frame.shape(), (2, 16));
        assert_eq!(frame.column("date").unwrap().dtype(), &DataType::Date);
        let list_of_str = DataType::List(Box::new(DataType::String));
        for name in ["participants", "countries", "topics"] {
            assert_eq!(frame.column(name).unwrap().dtype(), &list_of_str, "{name}");
        }
        let dates = frame
            .column("date")
            .unwrap()
            .date()
            .unwrap()
            .physical()
            .clone();
        // 2014-01-01 is day 16071 after 1970-01-01.
        assert_eq!(dates.get(0), Some(16071));
        assert_eq!(dates.get(1), None);
        let precision = frame
            .column("date_precision")
            .unwrap()
            .str()
            .unwrap()
            .clone();
        assert_eq!((precision.get(0), precision.get(1)), (Some("year"), None));
        assert_eq!(list_values(&frame, "countries", 0), ["VNM", "RUS"]);
        assert!(list_values(&frame, "topics", 1).is_empty());
        assert_eq!(frame.column("end").unwrap().i64().unwrap().get(1), Some(41));
        assert_eq!(
            frame.column("date_basis").unwrap().str().unwrap().get(1),
            Some("none")
        );
    }

    #[test]
    fn an_empty_extraction_has_the_same_schema() {
        let empty = Tables::from_extraction(&Extraction::default()).unwrap();
        let full = events_frame(&Extraction {
            documents: vec![],
            events: vec![event("a", Some(day(2024, 6, 20)), Some(Precision::Day))],
        })
        .unwrap();
        assert_eq!(empty.events.schema(), full.schema());
        assert_eq!(empty.meetings.width(), 16);
        assert_eq!(empty.documents.width(), 11);
    }

    #[test]
    fn documents_list_topics_most_mentioned_first() {
        let record = DocumentRecord {
            doc_id: "bad".to_owned(),
            source: Some("in/bad.txt".to_owned()),
            n_chars: 0,
            published: Some(day(2024, 10, 25)),
            published_source: DateSource::Header,
            reference_date: Some(day(2024, 10, 25)),
            reference_confidence: 1.0,
            outcome: Outcome::Warning,
            message: Some("warning: in/bad.txt: empty text".to_owned()),
            n_events: 0,
            topics: vec![("energy".to_owned(), 3), ("trade".to_owned(), 1)],
        };
        let frame = documents_frame(&Extraction {
            documents: vec![record],
            events: vec![],
        })
        .unwrap();
        assert_eq!(list_values(&frame, "topics", 0), ["energy", "trade"]);
        assert_eq!(
            frame.column("outcome").unwrap().str().unwrap().get(0),
            Some("warning")
        );
        assert_eq!(
            frame
                .column("published_source")
                .unwrap()
                .str()
                .unwrap()
                .get(0),
            Some("header")
        );
        assert_eq!(
            frame.column("reference_date").unwrap().dtype(),
            &DataType::Date
        );
    }
}
