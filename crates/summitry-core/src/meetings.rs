//! Meetings: events merged across documents that report the same happening.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::extract::Extraction;
use crate::knowledge::KnowledgeBase;
use crate::model::{Event, EventKind, Precision, Status};
use crate::text::name_key;

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

/// The days an event's date covers: a day, a stated range, a whole month or year.
fn interval(date: Option<NaiveDate>, precision: Option<Precision>, end: Option<NaiveDate>) -> Option<(NaiveDate, NaiveDate)> {
    let start = date?;
    let last = match precision? {
        Precision::Day => end.unwrap_or(start),
        Precision::Month => {
            let next = if start.month() == 12 {
                NaiveDate::from_ymd_opt(start.year() + 1, 1, 1)
            } else {
                NaiveDate::from_ymd_opt(start.year(), start.month() + 1, 1)
            }?;
            next.pred_opt()?
        }
        Precision::Year => NaiveDate::from_ymd_opt(start.year(), 12, 31)?,
    };
    Some((start, last.max(start)))
}

fn people_key(participants: &[String]) -> Vec<String> {
    let mut key: Vec<String> = participants.iter().map(|p| name_key(p)).collect();
    key.sort();
    key
}

/// Reports of one happening grouped before they become a [`Meeting`].
struct Group<'a> {
    events: Vec<&'a Event>,
    kind: EventKind,
    people: Vec<String>,
    /// The finest dated report so far.
    best: Option<&'a Event>,
    interval: Option<(NaiveDate, NaiveDate)>,
    country: Option<String>,
}

fn precision_rank(e: &Event) -> u8 {
    match e.date_precision {
        Some(Precision::Day) => 0,
        Some(Precision::Month) => 1,
        Some(Precision::Year) => 2,
        None => 3,
    }
}

/// Merges the events of an extraction into meetings: same kind and participants, places in
/// the same country, and dates that overlap (a month-precision mention joins the one meeting of
/// that month; an undated one joins the only meeting of those people, if there is one).
pub fn merge_meetings(extraction: &Extraction) -> Vec<Meeting> {
    let reported: HashMap<&str, NaiveDate> = extraction
        .documents
        .iter()
        .filter_map(|d| Some((d.doc_id.as_str(), d.reference_date?)))
        .collect();
    let published: HashMap<&str, NaiveDate> = extraction
        .documents
        .iter()
        .filter_map(|d| Some((d.doc_id.as_str(), d.published?)))
        .collect();
    let mut events: Vec<&Event> = extraction.events.iter().collect();
    // Precise reports first, so that coarse ones find the meeting they belong to.
    events.sort_by_key(|e| (precision_rank(e), e.date));
    let mut groups: Vec<Group<'_>> = Vec::new();
    for e in events {
        let people = people_key(&e.participants);
        let span = interval(e.date, e.date_precision, e.date_end);
        let candidates: Vec<usize> = groups
            .iter()
            .enumerate()
            .filter(|(_, g)| g.kind == e.kind && g.people == people)
            .filter(|(_, g)| match (&g.country, &e.location_country) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            })
            .filter(|(_, g)| match (g.interval, span) {
                (Some((a0, a1)), Some((b0, b1))) => a0 <= b1 && b0 <= a1,
                _ => true,
            })
            // A text published before a meeting cannot report it as having happened.
            .filter(|(_, g)| {
                let written = published.get(e.doc_id.as_str());
                !(e.status == Status::Occurred && g.interval.zip(written).is_some_and(|((start, _), w)| *w < start))
            })
            .map(|(i, _)| i)
            .collect();
        let target = match (span, candidates.as_slice()) {
            (_, []) | (None, [_, _, ..]) => None,
            (_, [only]) => Some(*only),
            // Several meetings fit a coarse report: the most reported one.
            (Some(_), many) => many.iter().copied().max_by_key(|&i| groups[i].events.len()),
        };
        match target {
            Some(i) => {
                let g = &mut groups[i];
                g.events.push(e);
                if g.country.is_none() {
                    g.country.clone_from(&e.location_country);
                }
                if g.interval.is_none() {
                    g.interval = span;
                    g.best = Some(e);
                }
            }
            None => groups.push(Group {
                events: vec![e],
                kind: e.kind,
                people,
                best: span.map(|_| e),
                interval: span,
                country: e.location_country.clone(),
            }),
        }
    }
    let mut meetings: Vec<Meeting> = groups.into_iter().map(|g| build(&g, &reported)).collect();
    meetings.sort_by(|a, b| {
        (a.date.is_none(), a.date, a.kind, &a.participants).cmp(&(b.date.is_none(), b.date, b.kind, &b.participants))
    });
    for (i, m) in meetings.iter_mut().enumerate() {
        m.meeting_id = format!("m{:04}", i + 1);
    }
    meetings
}

fn build(g: &Group<'_>, reported: &HashMap<&str, NaiveDate>) -> Meeting {
    // The date: the finest report that says it happened, else the finest report.
    let dated = |occurred: bool| {
        g.events
            .iter()
            .filter(|e| e.date.is_some() && (!occurred || e.status == Status::Occurred))
            .min_by_key(|e| (precision_rank(e), e.date_end.is_none()))
            .copied()
    };
    let date_source = dated(true).or_else(|| dated(false)).or(g.best);
    // The place: a city beats a country name; the most reported one.
    let place = g
        .events
        .iter()
        .filter(|e| e.location.is_some())
        .max_by_key(|e| {
            let city = !names_a_country(e);
            (city, g.events.iter().filter(|o| o.location == e.location).count())
        });
    let mut doc_ids: Vec<String> = g.events.iter().map(|e| e.doc_id.clone()).collect();
    doc_ids.sort();
    doc_ids.dedup();
    let dates: Vec<NaiveDate> = doc_ids.iter().filter_map(|d| reported.get(d.as_str()).copied()).collect();
    let mut countries: Vec<String> = Vec::new();
    let mut topics: Vec<String> = Vec::new();
    for e in &g.events {
        for c in &e.countries {
            if !countries.contains(c) {
                countries.push(c.clone());
            }
        }
        topics.extend(e.topics.iter().cloned());
    }
    topics.sort();
    topics.dedup();
    let first = g.events[0];
    Meeting {
        meeting_id: String::new(),
        kind: g.kind,
        date: date_source.and_then(|e| e.date),
        date_precision: date_source.and_then(|e| e.date_precision),
        date_end: date_source.and_then(|e| e.date_end),
        participants: first.participants.clone(),
        countries,
        location: place.and_then(|e| e.location.clone()),
        location_country: place.and_then(|e| e.location_country.clone()),
        status: if g.events.iter().any(|e| e.status == Status::Occurred) {
            Status::Occurred
        } else {
            Status::Planned
        },
        n_mentions: g.events.len(),
        n_documents: doc_ids.len(),
        doc_ids,
        first_reported: dates.iter().min().copied(),
        last_reported: dates.iter().max().copied(),
        topics,
    }
}

/// True when an event's location is a whole country ("Vietnam"), not a city.
fn names_a_country(e: &Event) -> bool {
    let kb = KnowledgeBase::builtin();
    e.location_country
        .as_deref()
        .and_then(|c| kb.country(c))
        .is_some_and(|c| Some(c.name.as_str()) == e.location.as_deref())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::DocumentRecord;
    use crate::model::{DateBasis, DateSource};

    fn event(doc: &str, kind: EventKind, date: &str, precision: Precision, place: (&str, &str), status: Status) -> Event {
        Event {
            doc_id: doc.into(),
            kind,
            date: NaiveDate::parse_from_str(date, "%Y-%m-%d").ok(),
            date_precision: Some(precision),
            date_end: None,
            date_basis: DateBasis::Explicit,
            participants: vec!["Vladimir Putin".into()],
            countries: vec!["RUS".into(), "VNM".into()],
            location: Some(place.0.into()),
            location_country: Some(place.1.into()),
            status,
            evidence: String::new(),
            start: 0,
            end: 0,
            topics: vec![],
            confidence: 1.0,
        }
    }

    #[test]
    fn one_visit_reported_three_ways_is_one_meeting_and_other_visits_stay_apart() {
        let mut planned = event("a", EventKind::Visit, "2024-06-19", Precision::Day, ("Vietnam", "VNM"), Status::Planned);
        planned.date_end = NaiveDate::from_ymd_opt(2024, 6, 20);
        let extraction = Extraction {
            documents: Vec::<DocumentRecord>::new(),
            events: vec![
                planned,
                event("b", EventKind::Visit, "2024-06-20", Precision::Day, ("Hanoi", "VNM"), Status::Occurred),
                event("c", EventKind::Visit, "2024-06-01", Precision::Month, ("Vietnam", "VNM"), Status::Occurred),
                event("c", EventKind::Visit, "2001-01-01", Precision::Year, ("Vietnam", "VNM"), Status::Occurred),
                event("d", EventKind::Visit, "2024-10-24", Precision::Day, ("Kazan", "RUS"), Status::Occurred),
            ],
        };
        let meetings = merge_meetings(&extraction);
        assert_eq!(meetings.len(), 3);
        let june = meetings.iter().find(|m| m.n_mentions == 3).expect("the June 2024 visit");
        assert_eq!(june.doc_ids, ["a", "b", "c"]);
        assert_eq!(june.status, Status::Occurred);
        assert_eq!(june.location.as_deref(), Some("Hanoi"));
        assert_eq!(june.date, NaiveDate::from_ymd_opt(2024, 6, 20));
        assert_eq!(meetings[0].date, NaiveDate::from_ymd_opt(2001, 1, 1));
        assert_eq!(meetings[0].meeting_id, "m0001");
    }

    #[test]
    fn an_undated_report_published_before_a_meeting_is_not_that_meeting() {
        let dated = event("later", EventKind::Call, "2024-03-26", Precision::Day, ("", ""), Status::Occurred);
        let mut undated = event("earlier", EventKind::Call, "", Precision::Day, ("", ""), Status::Occurred);
        (undated.date, undated.date_precision) = (None, None);
        let record = |doc: &str, published: &str| DocumentRecord {
            doc_id: doc.into(),
            source: None,
            n_chars: 0,
            published: NaiveDate::parse_from_str(published, "%Y-%m-%d").ok(),
            published_source: DateSource::Header,
            reference_date: NaiveDate::parse_from_str(published, "%Y-%m-%d").ok(),
            reference_confidence: 1.0,
            outcome: crate::extract::Outcome::Ok,
            message: None,
            n_events: 1,
            topics: vec![],
        };
        let extraction = Extraction {
            documents: vec![record("earlier", "2023-10-17"), record("later", "2024-03-27")],
            events: vec![dated.clone(), undated.clone()],
        };
        assert_eq!(merge_meetings(&extraction).len(), 2, "a 2023 text cannot report a 2024 call");
        let extraction = Extraction { documents: vec![record("earlier", "2024-04-02"), record("later", "2024-03-27")], events: vec![dated, undated] };
        assert_eq!(merge_meetings(&extraction).len(), 1, "a later text may");
    }
}
