//! The pipeline: a document in, its record and events out.
//!
//! Extracting one document is a pure function of the document and the knowledge base, so a
//! corpus is processed in parallel with rayon.

use std::sync::Arc;

use chrono::NaiveDate;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::corpus::{Corpus, Document, Severity};
use crate::model::{DateSource, Event};

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

/// Runs extraction with a knowledge base.
#[derive(Debug, Clone, Default)]
pub struct Extractor {
    _kb: Arc<()>,
}

impl Extractor {
    /// An extractor with the built-in knowledge base.
    pub fn new() -> Self {
        Extractor::default()
    }

    /// Extracts one document.
    pub fn extract_document(&self, doc: &Document) -> (DocumentRecord, Vec<Event>) {
        let (outcome, message) = match &doc.issue {
            None => (Outcome::Ok, None),
            Some(i) if i.severity == Severity::Warning => (Outcome::Warning, Some(i.to_string())),
            Some(i) => (Outcome::Error, Some(i.to_string())),
        };
        let events: Vec<Event> = Vec::new();
        let record = DocumentRecord {
            doc_id: doc.id.clone(),
            source: doc.source.clone(),
            n_chars: doc.text.chars().count(),
            published: doc.published,
            published_source: if doc.published.is_some() {
                DateSource::Given
            } else {
                DateSource::None
            },
            reference_date: doc.published,
            reference_confidence: if doc.published.is_some() { 1.0 } else { 0.0 },
            outcome,
            message,
            n_events: events.len(),
            topics: Vec::new(),
        };
        (record, events)
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
