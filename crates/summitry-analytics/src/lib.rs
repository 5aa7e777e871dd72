//! # summitry-analytics
//!
//! Polars tables of what [`summitry_core`] extracts (`documents`, `events`, `meetings`, with
//! the columns of the specification's event model) and the analytics over them, such as
//! [`meeting_frequency`].
//!
//! ```
//! use summitry_analytics::{meeting_frequency, By, Period, Tables};
//!
//! let corpus = summitry_core::sample_corpus();
//! let extraction = summitry_core::Extractor::new().extract(&corpus);
//! let tables = Tables::from_extraction(&extraction)?;
//! assert_eq!(tables.documents.height(), corpus.len());
//!
//! let per_year = meeting_frequency(&tables.meetings, Period::Year, By::CountryPair)?;
//! let columns: Vec<&str> = per_year.get_column_names().iter().map(|c| c.as_str()).collect();
//! assert_eq!(columns, ["period", "country_pair", "n_meetings", "n_occurred", "n_planned"]);
//! # Ok::<(), summitry_analytics::Error>(())
//! ```
//!
//! Polars is re-exported as [`polars`] (and its Arrow layer as [`polars_arrow`]) so that every
//! crate of the workspace builds it with one feature set.

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
