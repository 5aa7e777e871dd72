//! Who met whom and how often: gaps between consecutive meetings, when a pair last met, and
//! the participant network.

use polars::prelude::*;

use crate::error::Result;
use crate::frequency::{key_names, observations, Fineness};
use crate::group::{nationality, normalize, By};
use crate::rows::{dates, pairs, string_lists, strings};

/// The days between consecutive meeting dates of each group (by default each country pair).
///
/// Several rows of a group on one date (Putin meeting four Vietnamese leaders on one day)
/// are one date with `n_meetings` > 1, so intervals are between distinct dates. Columns: the
/// group columns, `date`, `n_meetings` (Int64, rows on that date), `previous` (Date, the
/// group's previous date, null for its first), `days` (Int64, null for the first) and
/// `approximate` (Boolean: one of the two dates is known only to the month or year, and
/// stands for the first day of it). Sorted by group and date; undated rows are left out.
///
/// Needs `date`, `date_precision` (optional) and the grouping columns.
pub fn meeting_intervals(meetings: &DataFrame, by: impl AsRef<[By]>) -> Result<DataFrame> {
    let by = normalize(by.as_ref());
    let keys = key_names(&by);
    let observed = with_coarseness(meetings, observations(meetings, None, &by)?)?;
    let group: Vec<Expr> = keys.iter().map(|k| col(*k)).collect();
    let mut per_date = group.clone();
    per_date.push(col("date"));
    let mut sort_by: Vec<&str> = keys.clone();
    sort_by.push("date");
    let shifted = |name: &str| -> Result<Expr> {
        Ok(if group.is_empty() {
            col(name).shift(lit(1))
        } else {
            col(name).shift(lit(1)).over(group.clone())?
        })
    };
    let mut output: Vec<Expr> = group.clone();
    output.extend([
        col("date"),
        col("n_meetings"),
        col("previous"),
        (col("date").cast(DataType::Int32) - col("previous").cast(DataType::Int32))
            .cast(DataType::Int64)
            .alias("days"),
        col("coarse")
            .or(col("previous_coarse").fill_null(lit(false)))
            .alias("approximate"),
    ]);
    let frame = observed
        .lazy()
        .filter(col("date").is_not_null())
        .group_by(per_date)
        .agg([
            len().cast(DataType::Int64).alias("n_meetings"),
            // A date is approximate only if no row gives it to the day.
            col("coarse").min().alias("coarse"),
        ])
        .sort(sort_by, SortMultipleOptions::default())
        .with_columns([
            shifted("date")?.alias("previous"),
            shifted("coarse")?.alias("previous_coarse"),
        ])
        .select(output)
        .collect()?;
    Ok(frame)
}

/// When each group (by default each country pair) met: `n_meetings` (Int64, every row of
/// the group, dated or not), `n_dated`, `first` and `last` (Date; a date known to the month
/// or year is its first day), sorted by `last` descending then by group.
///
/// Needs `date` and the grouping columns.
pub fn last_met(meetings: &DataFrame, by: impl AsRef<[By]>) -> Result<DataFrame> {
    let by = normalize(by.as_ref());
    let keys = key_names(&by);
    let observed = observations(meetings, None, &by)?;
    let group: Vec<Expr> = keys.iter().map(|k| col(*k)).collect();
    let mut sort_by = vec!["last"];
    sort_by.extend(keys.iter().copied());
    let mut descending = vec![true];
    descending.extend(keys.iter().map(|_| false));
    let aggregations = [
        len().cast(DataType::Int64).alias("n_meetings"),
        col("date").count().cast(DataType::Int64).alias("n_dated"),
        col("date").min().alias("first"),
        col("date").max().alias("last"),
    ];
    let grouped = if group.is_empty() {
        observed.lazy().select(aggregations)
    } else {
        observed.lazy().group_by(group).agg(aggregations)
    };
    let frame = grouped
        .sort(
            sort_by,
            SortMultipleOptions::default()
                .with_order_descending_multi(descending)
                .with_nulls_last(true),
        )
        .collect()?;
    Ok(frame)
}

/// The participant network: one edge per unordered pair of people who took part in the same
/// row. Columns: `a`, `b` (`a < b`), `n_meetings` (Int64), `first`, `last` (Date, null when no
/// meeting of the pair is dated), `country_a`, `country_b` (nationality by the built-in
/// knowledge base, null when unknown). Sorted by `n_meetings` descending, then `a`, `b`.
///
/// With networkx: `nx.from_pandas_edgelist(edges.to_pandas(), "a", "b", edge_attr=True)`.
///
/// Needs `participants` (List[str]) and `date`.
pub fn participant_network(meetings: &DataFrame) -> Result<DataFrame> {
    let people = string_lists(meetings, "participants")?;
    let days = dates(meetings, "date")?;
    let (mut a, mut b, mut when) = (Vec::new(), Vec::new(), Vec::new());
    for (row, names) in people.iter().enumerate() {
        for (x, y) in pairs(names) {
            a.push(x);
            b.push(y);
            when.push(days[row]);
        }
    }
    let country_a: Vec<Option<String>> = a.iter().map(|name| nationality(name)).collect();
    let country_b: Vec<Option<String>> = b.iter().map(|name| nationality(name)).collect();
    let edges = DataFrame::new(
        a.len(),
        vec![
            Series::new("a".into(), a).into_column(),
            Series::new("b".into(), b).into_column(),
            Series::new("date".into(), when).into_column(),
            Series::new("country_a".into(), country_a).into_column(),
            Series::new("country_b".into(), country_b).into_column(),
        ],
    )?;
    let frame = edges
        .lazy()
        .group_by([col("a"), col("b")])
        .agg([
            len().cast(DataType::Int64).alias("n_meetings"),
            col("date").min().alias("first"),
            col("date").max().alias("last"),
            col("country_a").first(),
            col("country_b").first(),
        ])
        .sort(
            ["n_meetings", "a", "b"],
            SortMultipleOptions::default().with_order_descending_multi([true, false, false]),
        )
        .collect()?;
    Ok(frame)
}

/// Adds `coarse` (Boolean: the row's date is known only to the month or year) to
/// observations, from the input frame's `date_precision` (all precise without that column).
fn with_coarseness(frame: &DataFrame, mut observed: DataFrame) -> Result<DataFrame> {
    let precision: Vec<bool> = if frame.column("date_precision").is_ok() {
        strings(frame, "date_precision")?
            .iter()
            .map(|p| Fineness::parse(p.as_deref()) > Fineness::Day)
            .collect()
    } else {
        vec![false; frame.height()]
    };
    let rows = observed.column("row")?.i64()?.clone();
    let coarse: Vec<bool> = rows
        .iter()
        .map(|r| precision[r.expect("row index") as usize])
        .collect();
    observed.with_column(Series::new("coarse".into(), coarse).into_column())?;
    Ok(observed)
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;

    fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    /// VNM-RUS meetings on 2014-01-01 (year only), 2018-09-06, twice on 2024-06-20, and one
    /// undated; one VNM-CHN meeting.
    fn frame() -> DataFrame {
        let list = crate::rows::list_series;
        let mut frame = df!(
            "date" => [day(2014, 1, 1), day(2018, 9, 6), day(2024, 6, 20), day(2024, 6, 20), None, day(2023, 1, 2)],
            "date_precision" => [Some("year"), Some("day"), Some("day"), Some("day"), None, Some("day")],
        )
        .unwrap();
        let countries = list(&[
            &["VNM", "RUS"],
            &["RUS", "VNM"],
            &["VNM", "RUS"],
            &["VNM", "RUS"],
            &["VNM", "RUS"],
            &["VNM", "CHN"],
        ]);
        let people = list(&[
            &["Nguyen Phu Trong", "Vladimir Putin"],
            &["Vladimir Putin", "Nguyen Phu Trong"],
            &["Vladimir Putin", "Nguyen Phu Trong"],
            &["Vladimir Putin", "To Lam"],
            &["Vladimir Putin", "To Lam"],
            &["Xi Jinping", "Nguyen Phu Trong"],
        ]);
        frame
            .with_column(countries.with_name("countries".into()).into_column())
            .unwrap();
        frame
            .with_column(people.with_name("participants".into()).into_column())
            .unwrap();
        frame
    }

    use crate::rows::opt_ints;

    #[test]
    fn intervals_are_between_distinct_dates_of_a_pair() {
        let gaps = meeting_intervals(&frame(), By::CountryPair).unwrap();
        assert_eq!(
            strings(&gaps, "country_pair").unwrap(),
            ["CHN-VNM", "RUS-VNM", "RUS-VNM", "RUS-VNM"].map(|s| Some(s.to_owned()))
        );
        assert_eq!(
            dates(&gaps, "date").unwrap(),
            [
                day(2023, 1, 2),
                day(2014, 1, 1),
                day(2018, 9, 6),
                day(2024, 6, 20)
            ]
        );
        assert_eq!(
            dates(&gaps, "previous").unwrap(),
            [None, None, day(2014, 1, 1), day(2018, 9, 6)]
        );
        // 2014-01-01 to 2018-09-06 is 1709 days; to 2024-06-20, 2114 more.
        assert_eq!(
            opt_ints(&gaps, "days"),
            [None, None, Some(1709), Some(2114)]
        );
        assert_eq!(
            opt_ints(&gaps, "n_meetings"),
            [Some(1), Some(1), Some(1), Some(2)]
        );
        let approximate: Vec<Option<bool>> = gaps
            .column("approximate")
            .unwrap()
            .bool()
            .unwrap()
            .iter()
            .collect();
        assert_eq!(
            approximate,
            [Some(false), Some(true), Some(true), Some(false)]
        );
    }

    #[test]
    fn last_met_per_pair_of_people_counts_undated_rows() {
        let last = last_met(&frame(), By::ParticipantPair).unwrap();
        assert_eq!(
            strings(&last, "participant_pair").unwrap(),
            // The same last date: in name order.
            [
                "Nguyen Phu Trong & Vladimir Putin",
                "To Lam & Vladimir Putin",
                "Nguyen Phu Trong & Xi Jinping",
            ]
            .map(|s| Some(s.to_owned()))
        );
        assert_eq!(opt_ints(&last, "n_meetings"), [Some(3), Some(2), Some(1)]);
        assert_eq!(opt_ints(&last, "n_dated"), [Some(3), Some(1), Some(1)]);
        assert_eq!(
            dates(&last, "first").unwrap(),
            [day(2014, 1, 1), day(2024, 6, 20), day(2023, 1, 2)]
        );
        assert_eq!(
            dates(&last, "last").unwrap(),
            [day(2024, 6, 20), day(2024, 6, 20), day(2023, 1, 2)]
        );
    }

    #[test]
    fn last_met_without_grouping_is_one_row() {
        let overall = last_met(&frame(), By::None).unwrap();
        assert_eq!(opt_ints(&overall, "n_meetings"), [Some(6)]);
        assert_eq!(dates(&overall, "last").unwrap(), [day(2024, 6, 20)]);
    }

    #[test]
    fn network_edges_with_counts_dates_and_nationalities() {
        let edges = participant_network(&frame()).unwrap();
        assert_eq!(
            strings(&edges, "a").unwrap(),
            ["Nguyen Phu Trong", "To Lam", "Nguyen Phu Trong"].map(|s| Some(s.to_owned()))
        );
        assert_eq!(
            strings(&edges, "b").unwrap(),
            ["Vladimir Putin", "Vladimir Putin", "Xi Jinping"].map(|s| Some(s.to_owned()))
        );
        assert_eq!(opt_ints(&edges, "n_meetings"), [Some(3), Some(2), Some(1)]);
        assert_eq!(
            dates(&edges, "first").unwrap(),
            [day(2014, 1, 1), day(2024, 6, 20), day(2023, 1, 2)]
        );
        assert_eq!(
            strings(&edges, "country_b").unwrap(),
            [
                Some("RUS".to_owned()),
                Some("RUS".to_owned()),
                Some("CHN".to_owned())
            ]
        );
        assert_eq!(
            strings(&edges, "country_a").unwrap()[0],
            Some("VNM".to_owned())
        );
    }
}
