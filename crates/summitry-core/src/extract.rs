//! The pipeline: a document in, its record and events out.
//!
//! Extracting one document is a pure function of the document and the knowledge base, so a
//! corpus is processed in parallel with rayon.

use std::sync::Arc;

use chrono::{Datelike, NaiveDate};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::corpus::{Corpus, Document, Severity};
use crate::actors::{countries_in, find_actors, Actors};
use crate::events::{self, Draft};
use crate::knowledge::KnowledgeBase;
use crate::model::{DateBasis, DateSource, Event, EventKind, Precision};
use crate::text::{self, CharOffsets};
use crate::time::{self, YearKnowledge};
use crate::topics::TopicLexicon;

/// The outcome of reading and extracting one document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    Ok,
    /// Read, but something is off (empty text, binary-looking, bad `published`).
    Warning,
    /// Not read (unreadable file, not UTF-8, malformed line): no events.
    Error,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Ok => "ok",
            Outcome::Warning => "warning",
            Outcome::Error => "error",
        }
    }
}

/// One row of the `documents` table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentRecord {
    pub doc_id: String,
    pub source: Option<String>,
    pub n_chars: usize,
    /// The publication date: given, or found in a header or dateline.
    pub published: Option<NaiveDate>,
    pub published_source: DateSource,
    /// The reference date used to resolve relative dates (published, or inferred from the text).
    pub reference_date: Option<NaiveDate>,
    pub reference_confidence: f32,
    pub outcome: Outcome,
    /// The problem, with file and line, when outcome is not `ok`.
    pub message: Option<String>,
    pub n_events: usize,
    /// Document-level topics, most mentioned first, with their mention counts.
    pub topics: Vec<(String, u32)>,
}

/// Everything extracted from a corpus.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    pub documents: Vec<DocumentRecord>,
    pub events: Vec<Event>,
}

/// Runs extraction with a knowledge base and a topic lexicon.
#[derive(Debug, Clone)]
pub struct Extractor {
    kb: Arc<KnowledgeBase>,
    topics: Arc<TopicLexicon>,
}

impl Default for Extractor {
    fn default() -> Self {
        Extractor::new()
    }
}

/// Years the knowledge base knows, with anniversaries of the countries a text is about first.
struct DocumentYears<'a> {
    kb: &'a KnowledgeBase,
    countries: Vec<String>,
}

impl YearKnowledge for DocumentYears<'_> {
    fn base_year(&self, phrase: &str) -> Option<i32> {
        self.kb.anniversary_year(phrase, &self.countries)
    }

    fn edition_year(&self, phrase: &str, edition: u32) -> Option<i32> {
        self.kb.gathering_year(phrase, edition)
    }
}

impl Extractor {
    /// An extractor with the built-in knowledge base and topic lexicon.
    pub fn new() -> Self {
        Extractor {
            kb: KnowledgeBase::builtin(),
            topics: TopicLexicon::builtin(),
        }
    }

    /// An extractor with a given knowledge base and topic lexicon.
    pub fn with_knowledge(kb: Arc<KnowledgeBase>, topics: Arc<TopicLexicon>) -> Self {
        Extractor { kb, topics }
    }

    /// The knowledge base in use.
    pub fn knowledge(&self) -> &KnowledgeBase {
        &self.kb
    }

    /// Extracts one document. A defect in the extractor that panics on some text is caught
    /// and reported as that document's error; the other documents are unaffected.
    pub fn extract_document(&self, doc: &Document) -> (DocumentRecord, Vec<Event>) {
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.extract_document_unguarded(doc))) {
            Ok(result) => result,
            Err(panic) => {
                let what = panic
                    .downcast_ref::<String>()
                    .map(String::as_str)
                    .or_else(|| panic.downcast_ref::<&str>().copied())
                    .unwrap_or("unknown error");
                let record = DocumentRecord {
                    doc_id: doc.id.clone(),
                    source: doc.source.clone(),
                    n_chars: doc.text.chars().count(),
                    published: doc.published,
                    published_source: if doc.published.is_some() { DateSource::Given } else { DateSource::None },
                    reference_date: doc.published,
                    reference_confidence: 0.0,
                    outcome: Outcome::Error,
                    message: Some(format!(
                        "error: {}: internal error while extracting (please report): {what}",
                        doc.source.as_deref().unwrap_or(&doc.id)
                    )),
                    n_events: 0,
                    topics: Vec::new(),
                };
                (record, Vec::new())
            }
        }
    }

    fn extract_document_unguarded(&self, doc: &Document) -> (DocumentRecord, Vec<Event>) {
        let (outcome, message) = match &doc.issue {
            None => (Outcome::Ok, None),
            Some(i) if i.severity == Severity::Warning => (Outcome::Warning, Some(i.to_string())),
            Some(i) => (Outcome::Error, Some(i.to_string())),
        };
        let text = doc.text.as_str();
        let (published, published_source, header) = match doc.published {
            Some(d) => (Some(d), DateSource::Given, None),
            None => match time::publication_date(text) {
                Some(p) => (Some(p.date), p.source, Some(p.start..p.end)),
                None => (None, DateSource::None, None),
            },
        };
        let (anchor, reference_confidence) = if let Some(d) = published { (Some(time::Reference::day(d)), 1.0) } else {
            // An article's clues to its date are in its first pages.
            let head = &text[..text::floor_boundary(text, 4 * WINDOW)];
            let countries = countries_in(head, &self.kb);
            let known_years = DocumentYears { kb: &self.kb, countries };
            match time::infer_anchor(head, &known_years) {
                Some(a) => (Some(time::Reference::from(&a)), a.confidence),
                None => (None, 0.0),
            }
        };
        // Office holders and "planned" are judged at the writing date; for a year-only anchor,
        // the middle of that year.
        let reference = anchor.map(|a| match a.precision {
            Precision::Day => a.date,
            _ => NaiveDate::from_ymd_opt(a.date.year(), 7, 2).unwrap_or(a.date),
        });
        let offsets = CharOffsets::new(text);
        let paragraphs = text::paragraphs(text);
        let mut events: Vec<Event> = Vec::new();
        // Articles are a few kilobytes; a huge input is read in windows so that the work
        // stays linear in its size.
        for window in windows(text) {
            let part = &text[window.clone()];
            let shift = |r: &std::ops::Range<usize>| r.start - window.start..r.end - window.start;
            let inside = |r: &std::ops::Range<usize>| r.start >= window.start && r.end <= window.end;
            let part_timexes = time::find_timexes_with(part, anchor);
            let part_header = header.as_ref().filter(|h| inside(h)).map(shift);
            let actors = find_actors(part, &self.kb, reference);
            let sentences = text::sentences(part);
            let writing = reference.map(|date| events::WritingDate {
                date,
                day_precise: anchor.is_some_and(|a| a.precision == Precision::Day),
                published: published.is_some(),
            });
            let drafts = events::find_events(part, &sentences, &part_timexes, &actors, writing, part_header.as_ref());
            for mut d in drafts {
                d.sentence = d.sentence.start + window.start..d.sentence.end + window.start;
                events.push(self.build_event(doc, &d, &actors, &offsets, &paragraphs));
            }
        }
        let topic_counts = self.topics.discussed(&text::fold(text));
        let mut topics: Vec<(String, u32)> = topic_counts.into_iter().collect();
        topics.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        let record = DocumentRecord {
            doc_id: doc.id.clone(),
            source: doc.source.clone(),
            n_chars: offsets.char_offset(text.len()),
            published,
            published_source,
            reference_date: anchor.map(|a| a.date),
            reference_confidence,
            outcome,
            message,
            n_events: events.len(),
            topics,
        };
        (record, events)
    }

    fn build_event(
        &self,
        doc: &Document,
        d: &Draft,
        actors: &Actors,
        offsets: &CharOffsets,
        paragraphs: &[std::ops::Range<usize>],
    ) -> Event {
        let people: Vec<&crate::actors::Actor> = d.participants.iter().map(|&p| &actors.people[p]).collect();
        let mut countries: Vec<String> = people.iter().filter_map(|a| a.country.clone()).collect();
        if d.kind == EventKind::Visit {
            if let Some(place) = &d.place {
                countries.push(place.country.clone());
            }
        }
        let mut seen = std::collections::HashSet::new();
        countries.retain(|c| seen.insert(c.clone()));
        let i = paragraphs.partition_point(|p| p.end < d.sentence.end);
        let paragraph = paragraphs
            .get(i)
            .filter(|p| p.start <= d.sentence.start)
            .unwrap_or(&d.sentence);
        let mut topics: Vec<String> = self
            .topics
            .discussed(&text::fold(&doc.text[paragraph.clone()]))
            .into_keys()
            .collect();
        topics.sort();
        Event {
            doc_id: doc.id.clone(),
            kind: d.kind,
            date: d.date.map(|x| x.date),
            date_precision: d.date.map(|x| x.precision),
            date_end: d.date.and_then(|x| x.end),
            date_basis: d.date.map_or(DateBasis::None, |x| x.basis),
            participants: people.iter().map(|a| a.name.clone()).collect(),
            countries,
            location: d.place.as_ref().map(|p| p.name.clone()),
            location_country: d.place.as_ref().map(|p| p.country.clone()),
            status: d.status,
            evidence: doc.text[d.sentence.clone()].to_owned(),
            start: offsets.char_offset(d.sentence.start),
            end: offsets.char_offset(d.sentence.end),
            topics,
            confidence: d.confidence,
        }
    }

    /// Extracts every document, in parallel; the output keeps the corpus order.
    pub fn extract(&self, corpus: &Corpus) -> Extraction {
        self.extract_with_progress(corpus, |_| {})
    }

    /// Like [`Extractor::extract`], calling `progress(n)` after each document (from any thread).
    pub fn extract_with_progress(
        &self,
        corpus: &Corpus,
        progress: impl Fn(usize) + Sync,
    ) -> Extraction {
        let results: Vec<(DocumentRecord, Vec<Event>)> = corpus
            .documents
            .par_iter()
            .map(|doc| {
                let out = self.extract_document(doc);
                progress(1);
                out
            })
            .collect();
        let mut extraction = Extraction::default();
        for (record, events) in results {
            extraction.documents.push(record);
            extraction.events.extend(events);
        }
        extraction
    }
}

/// Window size for huge inputs (far above any news article).
const WINDOW: usize = 64 * 1024;

/// Byte ranges covering `text`, each at most about [`WINDOW`] long, cut at a line or sentence
/// end where there is one.
fn windows(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let mut end = text::floor_boundary(text, start + WINDOW);
        if end < text.len() {
            let half = text::floor_boundary(text, start + WINDOW / 2);
            let cut = text[half..end].rfind('\n').or_else(|| text[half..end].rfind(". ").map(|i| i + 1));
            if let Some(i) = cut {
                end = half + i + 1;
            }
            if end <= start {
                end = text::ceil_boundary(text, start + 1);
            }
        }
        out.push(start..end);
        start = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anniversary_knowledge_dates_a_text_without_publication_date() {
        let text = "The visit takes place as the two nations celebrate the 30th anniversary of the Treaty on \
                    Principles of Friendly Relations between Vietnam and Russia this year. President Vladimir \
                    Putin is scheduled to visit Vietnam on June 19 and 20.";
        let (record, events) = Extractor::new().extract_document(&Document::new("a", text));
        assert_eq!(record.reference_date, NaiveDate::from_ymd_opt(2024, 1, 1));
        let visit = events.iter().find(|e| e.kind == EventKind::Visit).expect("the visit");
        assert_eq!(visit.date, NaiveDate::from_ymd_opt(2024, 6, 19));
        assert_eq!(visit.date_end, NaiveDate::from_ymd_opt(2024, 6, 20));
        assert_eq!(visit.status, crate::Status::Planned);
    }

    #[test]
    fn huge_inputs_are_read_in_windows_with_right_offsets() {
        let article = "Posted June 21, 2024\n";
        let filler = "The weather was fine and nothing happened. ".repeat(4000);
        let text = format!("{article}{filler}\nVladimir Putin met Pham Minh Chinh in Hanoi on June 20, 2024.\n");
        let (_, events) = Extractor::new().extract_document(&Document::new("big", text.clone()));
        // The meeting, and Putin's visit to Hanoi that it implies, both from the last line.
        assert_eq!(events.iter().filter(|e| e.kind == EventKind::Meeting).count(), 1);
        let chars: Vec<char> = text.chars().collect();
        for e in &events {
            assert_eq!(chars[e.start..e.end].iter().collect::<String>(), e.evidence);
            assert!(e.evidence.starts_with("Vladimir Putin met"), "{e:?}");
        }
        assert!(windows(&text).len() > 1);
    }
}
