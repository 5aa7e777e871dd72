//! One call for the usual questions about a bilateral relationship.

use std::collections::BTreeMap;
use std::fmt;

use chrono::Datelike;
use polars::prelude::*;

use crate::error::Result;
use crate::frequency::{meeting_frequency, Period};
use crate::group::By;
use crate::pairs::{last_met, participant_network};
use crate::rows::{dates, string_lists, strings};
use crate::topics::{topic_frequency, Weight};

/// Everything about the rows involving two countries, from [`relationship`].
#[derive(Debug, Clone)]
pub struct Relationship {
    /// The two countries, as given.
    pub countries: (String, String),
    /// The rows whose `countries` hold both, sorted by date (undated last).
    pub meetings: DataFrame,
    /// Rows per year and kind ([`meeting_frequency`] by [`By::Kind`]).
    pub per_year: DataFrame,
    /// Each participant's rows, first and last date ([`last_met`] by [`By::Participant`]),
    /// most frequent first.
    pub participants: DataFrame,
    /// Who met whom ([`last_met`] by [`By::ParticipantPair`]), most frequent first.
    pub pairs: DataFrame,
    /// Topics per year, by event ([`topic_frequency`]).
    pub topics: DataFrame,
    /// The participant network ([`participant_network`]).
    pub network: DataFrame,
}

/// The rows of `meetings` (or `events`) involving both countries `a` and `b` (ISO3 codes),
/// and their analyses. Every kind counts: filter the frame first to keep only meetings.
///
/// Needs the columns of the meetings table (`date`, `date_precision`, `kind`, `status`,
/// `countries`, `participants`, `topics`).
pub fn relationship(meetings: &DataFrame, a: &str, b: &str) -> Result<Relationship> {
    let countries = string_lists(meetings, "countries")?;
    let mask: BooleanChunked = countries
        .iter()
        .map(|c| c.iter().any(|x| x == a) && c.iter().any(|x| x == b))
        .collect();
    let rows = meetings
        .filter(&mask)?
        .lazy()
        .sort(
            ["date"],
            SortMultipleOptions::default()
                .with_nulls_last(true)
                .with_maintain_order(true),
        )
        .collect()?;
    let most_frequent = |frame: DataFrame, key: &str| -> Result<DataFrame> {
        Ok(frame
            .lazy()
            .sort(
                ["n_meetings", "last", key],
                SortMultipleOptions::default()
                    .with_order_descending_multi([true, true, false])
                    .with_nulls_last(true),
            )
            .collect()?)
    };
    Ok(Relationship {
        countries: (a.to_owned(), b.to_owned()),
        per_year: meeting_frequency(&rows, Period::Year, By::Kind)?,
        participants: most_frequent(last_met(&rows, By::Participant)?, "participant")?,
        pairs: most_frequent(last_met(&rows, By::ParticipantPair)?, "participant_pair")?,
        topics: topic_frequency(&rows, Period::Year, By::None, Weight::Event)?,
        network: participant_network(&rows)?,
        meetings: rows,
    })
}

impl Relationship {
    /// Rows per kind, in name order.
    pub fn kinds(&self) -> Result<BTreeMap<String, usize>> {
        let mut out = BTreeMap::new();
        for kind in strings(&self.meetings, "kind")?.into_iter().flatten() {
            *out.entry(kind).or_insert(0) += 1;
        }
        Ok(out)
    }

    /// The first and last year of the dated rows.
    pub fn years(&self) -> Result<Option<(i32, i32)>> {
        let years: Vec<i32> = dates(&self.meetings, "date")?
            .into_iter()
            .flatten()
            .map(|d| d.year())
            .collect();
        Ok(years
            .iter()
            .min()
            .zip(years.iter().max())
            .map(|(a, b)| (*a, *b)))
    }

    fn n_topics(&self) -> Result<usize> {
        let topics = string_lists(&self.meetings, "topics")?;
        Ok(topics
            .iter()
            .flatten()
            .collect::<std::collections::BTreeSet<_>>()
            .len())
    }
}

impl fmt::Display for Relationship {
    /// `RUS–VNM: 12 rows (8 meeting, 4 visit), dated 2001–2025; 9 participants, 7 pairs, 5 topics`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (a, b) = &self.countries;
        let kinds = self.kinds().unwrap_or_default();
        let kinds: Vec<String> = kinds.iter().map(|(k, n)| format!("{n} {k}")).collect();
        write!(f, "{a}–{b}: {} rows", self.meetings.height())?;
        if !kinds.is_empty() {
            write!(f, " ({})", kinds.join(", "))?;
        }
        if let Ok(Some((first, last))) = self.years() {
            write!(f, ", dated {first}–{last}")?;
        }
        write!(
            f,
            "; {} participants, {} pairs, {} topics",
            self.participants.height(),
            self.pairs.height(),
            self.n_topics().unwrap_or(0)
        )
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;

    fn frame() -> DataFrame {
        let list = crate::rows::list_series;
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day);
        let mut frame = df!(
            "kind" => ["meeting", "visit", "meeting", "meeting", "call"],
            "date" => [d(2024, 6, 20), d(2024, 6, 19), d(2023, 10, 17), None, d(2001, 3, 1)],
            "date_precision" => [Some("day"), Some("day"), Some("day"), None, Some("day")],
            "status" => ["occurred", "occurred", "occurred", "occurred", "planned"],
        )
        .unwrap();
        let columns = [
            (
                "countries",
                list(&[
                    &["VNM", "RUS"],
                    &["RUS", "VNM"],
                    &["CHN", "RUS"],
                    &["RUS", "VNM"],
                    &["VNM", "RUS"],
                ]),
            ),
            (
                "participants",
                list(&[
                    &["Vladimir Putin", "To Lam"],
                    &["Vladimir Putin"],
                    &["Vladimir Putin", "Xi Jinping"],
                    &["Vladimir Putin", "To Lam"],
                    &["Vladimir Putin", "Tran Duc Luong"],
                ]),
            ),
            (
                "topics",
                list(&[&["energy"], &[], &["trade"], &["energy", "trade"], &[]]),
            ),
        ];
        for (name, s) in columns {
            frame
                .with_column(s.with_name(name.into()).into_column())
                .unwrap();
        }
        frame
    }

    #[test]
    fn a_relationship_keeps_the_rows_of_both_countries() {
        let rel = relationship(&frame(), "VNM", "RUS").unwrap();
        assert_eq!(rel.meetings.height(), 4);
        assert_eq!(
            dates(&rel.meetings, "date").unwrap(),
            [
                NaiveDate::from_ymd_opt(2001, 3, 1),
                NaiveDate::from_ymd_opt(2024, 6, 19),
                NaiveDate::from_ymd_opt(2024, 6, 20),
                None
            ]
        );
        // Years 2001..=2024 for each of the three kinds seen in dated rows.
        assert_eq!(rel.per_year.height(), 24 * 3);
        let putin = strings(&rel.participants, "participant").unwrap();
        assert_eq!(putin[0].as_deref(), Some("Vladimir Putin"));
        assert_eq!(crate::rows::ints(&rel.participants, "n_meetings"), [4, 2, 1]);
        assert_eq!(rel.network.height(), 2);
        assert_eq!(
            rel.to_string(),
            "VNM–RUS: 4 rows (1 call, 2 meeting, 1 visit), dated 2001–2024; 3 participants, 2 pairs, 2 topics"
        );
    }
}
