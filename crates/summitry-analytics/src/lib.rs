//! # summitry-analytics
//!
//! Polars tables of what [`summitry_core`] extracts (`documents`, `events`, `meetings`, with
//! the columns of the specification's event model) and the analytics over them. Every
//! analysis takes a frame (the table, or a filtered copy) and returns a new `DataFrame`:
//!
//! - [`meeting_frequency`]: rows per [`Period`] (`year`, `quarter`, `month`, or a duration
//!   such as `6mo`, `2w`) and per group ([`By`]: country pair, participant, pair of
//!   participants, office, location, host, kind, status), zero-filled;
//! - [`topic_frequency`] (counts and shares, by event or by document, see [`Weight`]) and
//!   [`topic_cooccurrence`];
//! - [`meeting_intervals`], [`last_met`] and [`participant_network`];
//! - [`entities_frame`] and [`knowledge_table`]: the people, places and countries of a text,
//!   and the knowledge base, as tables;
//! - [`relationship`]: all of it for the rows of two countries, in one [`Relationship`].
//!
//! Tables are saved with [`Tables::write`] (Parquet, CSV, JSON, JSONL) and read back,
//! with their column types, by [`Tables::read`].
//!
//! ```
//! use summitry_analytics::{meeting_frequency, relationship, By, Period, Tables};
//!
//! let corpus = summitry_core::sample_corpus();
//! let extraction = summitry_core::Extractor::new().extract(&corpus);
//! let tables = Tables::from_extraction(&extraction)?;
//! assert_eq!(tables.documents.height(), corpus.len());
//!
//! let per_year = meeting_frequency(&tables.meetings, Period::Year, By::CountryPair)?;
//! let columns: Vec<&str> = per_year.get_column_names().iter().map(|c| c.as_str()).collect();
//! assert_eq!(columns, ["period", "country_pair", "n_meetings", "n_occurred", "n_planned"]);
//!
//! let half_years = meeting_frequency(&tables.meetings, "6mo".parse()?, [By::CountryPair, By::Kind])?;
//! assert_eq!(half_years.width(), 6);
//!
//! let rel = relationship(&tables.meetings, "VNM", "RUS")?;
//! println!("{rel}\n{}", rel.pairs);
//! # Ok::<(), summitry_analytics::Error>(())
//! ```
//!
//! `cargo run --release -p summitry-analytics --example relationship` runs every analysis on
//! the sample corpus.
//!
//! Polars is re-exported as [`polars`] (and its Arrow layer as [`polars_arrow`]) so that every
//! crate of the workspace builds it with one feature set.

pub mod entities;
pub mod error;
pub mod frames;
pub mod frequency;
pub mod group;
pub mod io;
pub mod pairs;
pub mod relationship;
mod rows;
pub mod timexes;
pub mod topics;

pub use entities::{entities_frame, knowledge_table};
pub use error::{Error, Result};
pub use frames::{documents_frame, events_frame, meetings_frame, Tables};
pub use frequency::{meeting_frequency, Period};
pub use group::By;
pub use io::{row_to_json, write_table, TableFormat};
pub use pairs::{last_met, meeting_intervals, participant_network};
pub use polars;
pub use polars_arrow;
pub use relationship::{relationship, Relationship};
pub use timexes::{timexes_frame, CodePointOffsets};
pub use topics::{topic_cooccurrence, topic_frequency, Weight};
