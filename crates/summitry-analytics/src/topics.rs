//! Topics over time and topics that come up together.

use std::str::FromStr;

use polars::prelude::*;

use crate::error::{Error, Result};
use crate::frequency::{key_names, observations, zero_filled, Period};
use crate::group::{normalize, By};
use crate::rows::{distinct, pairs, string_lists, strings};

/// What one count of a topic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Weight {
    /// One per row (meeting or event) that has the topic.
    #[default]
    Event,
    /// One per document that reports a row with the topic (the `doc_ids` list of a meetings
    /// frame, or the `doc_id` of an events frame): how much the press wrote about it. A
    /// document counts once per period and group however many of its rows have the topic.
    Document,
}

impl FromStr for Weight {
    type Err = Error;

    /// Accepts `event` and `document` (and their plurals).
    fn from_str(s: &str) -> Result<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "event" | "events" | "meeting" | "meetings" => Ok(Weight::Event),
            "document" | "documents" | "doc" => Ok(Weight::Document),
            _ => Err(Error::Argument(format!(
                "unknown weight {s:?}: expected event|document"
            ))),
        }
    }
}

/// Topics per period: how many rows (or documents, see [`Weight`]) had each topic, and what
/// share of all rows (documents) of the period and group that is.
///
/// Rows are placed in periods as in [`crate::meeting_frequency`] (undated rows, and rows
/// dated more coarsely than the period, are left out), and grouped by `by` the same way.
///
/// Columns: `period` (Date), the group columns, `topic`, `n` (Int64), `n_total` (Int64: rows
/// or documents in the period and group, with or without a topic) and `share` (Float64,
/// `n / n_total`; null when `n_total` is 0). A row with several topics counts for each, so
/// shares of one period need not add up to 1. Every period from the first to the last one
/// with a topic is present for every topic (and group) seen, zero-filled.
///
/// Needs `date`, `topics` (List[str]), `date_precision` (optional), the grouping columns,
/// and `doc_ids` (List[str]) or `doc_id` for [`Weight::Document`].
pub fn topic_frequency(
    frame: &DataFrame,
    every: Period,
    by: impl AsRef<[By]>,
    weight: Weight,
) -> Result<DataFrame> {
    let by = normalize(by.as_ref());
    let keys = key_names(&by);
    let observed = observations(frame, Some(every), &by)?;
    let topics = row_topics(frame)?;
    let units = row_units(frame, weight)?;

    let group: Vec<Expr> = std::iter::once(col("period"))
        .chain(keys.iter().map(|k| col(*k)))
        .collect();
    let base = observed
        .lazy()
        .with_column(
            col("date")
                .dt()
                .truncate(lit(every.every()))
                .alias("period"),
        )
        .join(
            units.lazy(),
            [col("row")],
            [col("row")],
            JoinArgs::new(JoinType::Inner),
        );
    let totals = base.clone().group_by(group.clone()).agg([col("unit")
        .n_unique()
        .cast(DataType::Int64)
        .alias("n_total")]);
    let mut by_topic = group.clone();
    by_topic.push(col("topic"));
    let counts = base
        .join(
            topics.lazy(),
            [col("row")],
            [col("row")],
            JoinArgs::new(JoinType::Inner),
        )
        .group_by(by_topic)
        .agg([col("unit").n_unique().cast(DataType::Int64).alias("n")])
        .collect()?;
    let mut grid_keys = keys.clone();
    grid_keys.push("topic");
    let mut sort_by = vec!["period"];
    sort_by.extend_from_slice(&grid_keys);
    let frame = zero_filled(counts, every, &grid_keys, &["n"])?
        .join(totals, group.clone(), group, JoinArgs::new(JoinType::Left))
        .with_column(col("n_total").fill_null(lit(0i64)))
        .with_column(
            when(col("n_total").gt(lit(0i64)))
                .then(col("n").cast(DataType::Float64) / col("n_total").cast(DataType::Float64))
                .otherwise(lit(NULL).cast(DataType::Float64))
                .alias("share"),
        )
        // The join above need not keep the grid's order.
        .sort(sort_by, SortMultipleOptions::default())
        .collect()?;
    Ok(frame)
}

/// Pairs of topics that come up in the same row: `topic_a`, `topic_b` (`topic_a <
/// topic_b`), `n` (Int64, rows with both), `n_a` and `n_b` (rows with each), sorted by `n`
/// descending. Every row passed counts, dated or not.
///
/// Needs `topics` (List[str]).
pub fn topic_cooccurrence(frame: &DataFrame) -> Result<DataFrame> {
    let lists = string_lists(frame, "topics")?;
    let (mut a, mut b) = (Vec::new(), Vec::new());
    for topics in &lists {
        for (x, y) in pairs(topics) {
            a.push(x);
            b.push(y);
        }
    }
    let together = DataFrame::new(
        a.len(),
        vec![
            Series::new("topic_a".into(), a).into_column(),
            Series::new("topic_b".into(), b).into_column(),
        ],
    )?;
    let singles: Vec<&str> = lists.iter().flat_map(|t| distinct(t)).collect();
    let singles = DataFrame::new(
        singles.len(),
        vec![Series::new("topic".into(), singles).into_column()],
    )?
    .lazy()
    .group_by([col("topic")])
    .agg([len().cast(DataType::Int64).alias("n_topic")]);
    let frame = together
        .lazy()
        .group_by([col("topic_a"), col("topic_b")])
        .agg([len().cast(DataType::Int64).alias("n")])
        .join(
            singles
                .clone()
                .select([col("topic").alias("topic_a"), col("n_topic").alias("n_a")]),
            [col("topic_a")],
            [col("topic_a")],
            JoinArgs::new(JoinType::Left),
        )
        .join(
            singles.select([col("topic").alias("topic_b"), col("n_topic").alias("n_b")]),
            [col("topic_b")],
            [col("topic_b")],
            JoinArgs::new(JoinType::Left),
        )
        .sort(
            ["n", "topic_a", "topic_b"],
            SortMultipleOptions::default().with_order_descending_multi([true, false, false]),
        )
        .collect()?;
    Ok(frame)
}

/// `row`, `topic`: the distinct topics of each row.
fn row_topics(frame: &DataFrame) -> Result<DataFrame> {
    let (mut rows, mut topics) = (Vec::new(), Vec::new());
    for (i, list) in string_lists(frame, "topics")?.iter().enumerate() {
        for topic in distinct(list) {
            rows.push(i as i64);
            topics.push(topic.to_owned());
        }
    }
    Ok(DataFrame::new(
        rows.len(),
        vec![
            Series::new("row".into(), rows).into_column(),
            Series::new("topic".into(), topics).into_column(),
        ],
    )?)
}

/// `row`, `unit`: what one count is for each row (the row itself, or its documents).
fn row_units(frame: &DataFrame, weight: Weight) -> Result<DataFrame> {
    let (mut rows, mut units): (Vec<i64>, Vec<String>) = (Vec::new(), Vec::new());
    match weight {
        Weight::Event => {
            for i in 0..frame.height() {
                rows.push(i as i64);
                units.push(i.to_string());
            }
        }
        Weight::Document if frame.column("doc_ids").is_ok() => {
            for (i, docs) in string_lists(frame, "doc_ids")?.into_iter().enumerate() {
                for doc in docs {
                    rows.push(i as i64);
                    units.push(doc);
                }
            }
        }
        Weight::Document => {
            for (i, doc) in strings(frame, "doc_id")?.into_iter().enumerate() {
                if let Some(doc) = doc {
                    rows.push(i as i64);
                    units.push(doc);
                }
            }
        }
    }
    Ok(DataFrame::new(
        rows.len(),
        vec![
            Series::new("row".into(), rows).into_column(),
            Series::new("unit".into(), units).into_column(),
        ],
    )?)
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::rows::dates;

    fn frame() -> DataFrame {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day);
        let list = crate::rows::list_series;
        let mut frame = df!(
            "date" => [d(2022, 3, 1), d(2022, 9, 1), d(2024, 1, 5), d(2024, 2, 1), None],
            "date_precision" => ["day", "day", "day", "year", "day"],
        )
        .unwrap();
        let topics = list(&[
            &["energy", "trade"],
            &["energy"],
            &["trade", "energy", "defence"],
            &["trade"],
            &["trade"],
        ]);
        let docs = list(&[&["a", "b"], &["a"], &["c"], &["d"], &["e"]]);
        let countries = list(&[
            &["VNM", "RUS"],
            &["VNM", "RUS"],
            &["VNM", "CHN"],
            &["VNM", "RUS"],
            &["VNM", "RUS"],
        ]);
        for (name, s) in [
            ("topics", topics),
            ("doc_ids", docs),
            ("countries", countries),
        ] {
            frame
                .with_column(s.with_name(name.into()).into_column())
                .unwrap();
        }
        frame
    }

    fn column_values(frame: &DataFrame) -> Vec<(i32, String, i64, i64, Option<f64>)> {
        let periods = dates(frame, "period").unwrap();
        let topics = strings(frame, "topic").unwrap();
        let n = frame.column("n").unwrap().i64().unwrap().clone();
        let total = frame.column("n_total").unwrap().i64().unwrap().clone();
        let share = frame.column("share").unwrap().f64().unwrap().clone();
        (0..frame.height())
            .map(|i| {
                (
                    chrono::Datelike::year(&periods[i].unwrap()),
                    topics[i].clone().unwrap(),
                    n.get(i).unwrap(),
                    total.get(i).unwrap(),
                    share.get(i),
                )
            })
            .collect()
    }

    #[test]
    fn topics_per_year_by_event_with_shares_and_empty_years() {
        let per_year = topic_frequency(&frame(), Period::Year, By::None, Weight::Event).unwrap();
        let rows = column_values(&per_year);
        let t = |s: &str| s.to_owned();
        assert_eq!(
            rows,
            [
                (2022, t("defence"), 0, 2, Some(0.0)),
                (2022, t("energy"), 2, 2, Some(1.0)),
                (2022, t("trade"), 1, 2, Some(0.5)),
                (2023, t("defence"), 0, 0, None),
                (2023, t("energy"), 0, 0, None),
                (2023, t("trade"), 0, 0, None),
                (2024, t("defence"), 1, 2, Some(0.5)),
                (2024, t("energy"), 1, 2, Some(0.5)),
                (2024, t("trade"), 2, 2, Some(1.0)),
            ]
        );
    }

    #[test]
    fn by_document_a_document_counts_once_and_a_year_date_not_by_quarter() {
        let per_year = topic_frequency(&frame(), Period::Year, By::None, Weight::Document).unwrap();
        let rows = column_values(&per_year);
        // 2022: documents a, b (first meeting) and a (second): energy in {a, b}, trade in {a, b}.
        assert_eq!(rows[1], (2022, "energy".to_owned(), 2, 2, Some(1.0)));
        assert_eq!(rows[2], (2022, "trade".to_owned(), 2, 2, Some(1.0)));

        let per_quarter =
            topic_frequency(&frame(), Period::Quarter, By::CountryPair, Weight::Event).unwrap();
        let trade_2024 = per_quarter
            .lazy()
            .filter(
                col("topic")
                    .eq(lit("trade"))
                    .and(col("period").dt().year().eq(lit(2024))),
            )
            .collect()
            .unwrap();
        // The year-precision row of 2024 (RUS-VNM) is left out by quarter: only 2024-01-05
        // (VNM-CHN) counts; RUS-VNM is on the grid with a zero.
        assert_eq!(
            strings(&trade_2024, "country_pair").unwrap(),
            [Some("CHN-VNM".to_owned()), Some("RUS-VNM".to_owned())]
        );
        assert_eq!(crate::rows::opt_ints(&trade_2024, "n"), [Some(1), Some(0)]);
    }

    #[test]
    fn cooccurrence_counts_rows_with_both_topics() {
        let pairs = topic_cooccurrence(&frame()).unwrap();
        let a = strings(&pairs, "topic_a").unwrap();
        let b = strings(&pairs, "topic_b").unwrap();
        let n = crate::rows::ints(&pairs, "n");
        let n_a = crate::rows::ints(&pairs, "n_a");
        assert_eq!(
            a,
            [
                Some("energy".into()),
                Some("defence".into()),
                Some("defence".into())
            ]
        );
        assert_eq!(
            b,
            [
                Some("trade".into()),
                Some("energy".into()),
                Some("trade".into())
            ]
        );
        assert_eq!(n, [2, 1, 1]);
        assert_eq!(n_a, [3, 1, 1]);
    }

    #[test]
    fn weights_parse() {
        assert_eq!("documents".parse::<Weight>().unwrap(), Weight::Document);
        assert!("words".parse::<Weight>().is_err());
    }
}
