//! # summitry-core
//!
//! Reads English news about diplomatic relations and turns it into dated events: who met whom,
//! where, when, whether it happened or is only planned, and what they discussed.
//!
//! No Polars and no Python here: tables live in `summitry-analytics`, bindings in `summitry-py`.

pub mod actors;
pub mod corpus;
pub mod error;
pub mod events;
pub mod extract;
mod gazetteer;
pub mod knowledge;
pub mod meetings;
pub mod model;
pub mod sample;
pub mod text;
pub mod time;
pub mod topics;

pub use corpus::{Corpus, Document, InputIssue, Severity};
pub use error::{Error, Result};
pub use extract::{DocumentRecord, Extraction, Extractor, Outcome};
pub use meetings::{merge_meetings, Meeting};
pub use model::{DateBasis, DateSource, Event, EventKind, Precision, Status};
pub use sample::sample_corpus;
