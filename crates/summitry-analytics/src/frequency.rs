//! Meeting frequency over time: how many meetings per year, quarter or month, overall or per
//! country pair or per set of participants, with the empty periods in between filled with zeros
//! (a gap in the relationship is data, not a missing row).

use std::collections::BTreeSet;
use std::str::FromStr;

use chrono::{Months, NaiveDate};
use polars::prelude::*;

use crate::error::{Error, Result};

/// The length of the periods counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Period {
    Year,
    Quarter,
    Month,
}

impl Period {
    /// The Polars duration string of the period.
    fn every(self) -> &'static str {
        match self {
            Period::Year => "1y",
            Period::Quarter => "1q",
            Period::Month => "1mo",
        }
    }

    fn months(self) -> u32 {
        match self {
            Period::Year => 12,
            Period::Quarter => 3,
            Period::Month => 1,
        }
    }
}

impl FromStr for Period {
    type Err = Error;

    /// Accepts `year`, `quarter`, `month` and the Polars spellings `1y`, `1q`, `1mo`.
    fn from_str(s: &str) -> Result<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "year" | "1y" | "y" => Ok(Period::Year),
            "quarter" | "1q" | "q" => Ok(Period::Quarter),
            "month" | "1mo" | "mo" => Ok(Period::Month),
            _ => Err(Error::UnknownPeriod(s.to_owned())),
        }
    }
}

/// What the counts are broken down by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum By {
    /// One count per period.
    #[default]
    None,
    /// One count per period and unordered pair of countries (`RUS-VNM`); a meeting of three
    /// countries counts once for each of its three pairs, one with a single country not at all.
    CountryPair,
    /// One count per period and set of participants (`Pham Minh Chinh, Vladimir Putin`).
    Participants,
}

impl By {
    /// The name of the group column in the output.
    fn column(self) -> Option<&'static str> {
        match self {
            By::None => None,
            By::CountryPair => Some("country_pair"),
            By::Participants => Some("participants"),
        }
    }
}

impl FromStr for By {
    type Err = Error;

    /// Accepts `none`, `country_pair`, `participants`.
    fn from_str(s: &str) -> Result<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "none" | "" => Ok(By::None),
            "country_pair" | "country-pair" | "countries" => Ok(By::CountryPair),
            "participants" => Ok(By::Participants),
            _ => Err(Error::UnknownGrouping(s.to_owned())),
        }
    }
}

/// Counts the rows of a `meetings` frame (see [`crate::meetings_frame`]) per period.
///
/// Every row with a `date` counts once in the period holding that date (a row's own precision
/// is not looked at: a meeting known only as "in 2014" is in January 2014 by month). Undated
/// rows are left out. All kinds count: filter the frame first (`kind == "meeting"`) to count
/// only meetings.
///
/// The result has the columns `period` (Date, the first day of the period), the group column
/// (`country_pair` or `participants`, unless `by` is [`By::None`]), `n_meetings`,
/// `n_occurred` and `n_planned` (Int64), sorted by period and group. Every period from the
/// first to the last counted one is present for every group, with zeros where nothing happened.
///
/// Needs the columns `date` (Date) and `status`, plus `countries` or `participants`
/// (List[str]) for the matching grouping.
pub fn meeting_frequency(meetings: &DataFrame, every: Period, by: By) -> Result<DataFrame> {
    let observations = observations(meetings, by)?;
    let group_columns: Vec<Expr> = std::iter::once(col("period"))
        .chain(by.column().map(col))
        .collect();
    let counts = observations
        .lazy()
        .with_column(col("date").dt().truncate(lit(every.every())).alias("period"))
        .group_by(group_columns.clone())
        .agg([
            len().cast(DataType::Int64).alias("n_meetings"),
            col("status")
                .eq(lit("occurred"))
                .cast(DataType::Int64)
                .sum()
                .alias("n_occurred"),
        ])
        .collect()?;

    let grid = period_grid(&counts, every, by)?;
    let count_names = ["n_meetings", "n_occurred"];
    let mut sort_by = vec!["period"];
    sort_by.extend(by.column());
    let frame = grid
        .lazy()
        .join(
            counts.lazy(),
            group_columns.clone(),
            group_columns,
            JoinArgs::new(JoinType::Left),
        )
        .with_columns(count_names.map(|name| col(name).fill_null(lit(0i64))))
        .with_column((col("n_meetings") - col("n_occurred")).alias("n_planned"))
        .sort(sort_by, SortMultipleOptions::default())
        .collect()?;
    Ok(frame)
}

/// One row per (meeting, group): `date`, the group column if any, `status`.
fn observations(meetings: &DataFrame, by: By) -> Result<DataFrame> {
    let dates = meetings
        .column("date")
        .map_err(|_| missing("date"))?
        .date()
        .map_err(|e| wrong_type("date", &e))?
        .clone();
    let statuses = meetings
        .column("status")
        .map_err(|_| missing("status"))?
        .str()
        .map_err(|e| wrong_type("status", &e))?
        .clone();
    let keys: Vec<Vec<String>> = match by {
        By::None => vec![Vec::new(); meetings.height()],
        By::CountryPair => string_lists(meetings, "countries")?
            .into_iter()
            .map(|countries| country_pairs(&countries))
            .collect(),
        By::Participants => string_lists(meetings, "participants")?
            .into_iter()
            .map(|people| participant_set(&people).into_iter().collect())
            .collect(),
    };

    let mut out_dates: Vec<Option<NaiveDate>> = Vec::new();
    let mut out_status: Vec<Option<&str>> = Vec::new();
    let mut out_keys: Vec<String> = Vec::new();
    for (i, row_keys) in keys.iter().enumerate() {
        let Some(date) = dates.physical().get(i).map(days_to_date) else {
            continue;
        };
        let status = statuses.get(i);
        if by == By::None {
            out_dates.push(Some(date));
            out_status.push(status);
            continue;
        }
        for key in row_keys {
            out_dates.push(Some(date));
            out_status.push(status);
            out_keys.push(key.clone());
        }
    }
    let mut columns = vec![
        Series::new("date".into(), out_dates).into_column(),
        Series::new("status".into(), out_status).into_column(),
    ];
    if let Some(name) = by.column() {
        columns.push(Series::new(name.into(), out_keys).into_column());
    }
    Ok(DataFrame::new_infer_height(columns)?)
}

/// Every period from the first to the last one in `counts`, crossed with every group.
fn period_grid(counts: &DataFrame, every: Period, by: By) -> Result<DataFrame> {
    let periods = counts.column("period")?.date()?.physical().clone();
    let (Some(first), Some(last)) = (periods.min(), periods.max()) else {
        // Nothing counted: an empty grid with the right types.
        return grid_frame(&[], &[], by);
    };
    let (first, last) = (days_to_date(first), days_to_date(last));
    let mut all_periods = Vec::new();
    let mut period = first;
    while period <= last {
        all_periods.push(period);
        period = period + Months::new(every.months());
    }
    let groups: Vec<String> = match by.column() {
        None => Vec::new(),
        Some(name) => counts
            .column(name)?
            .str()?
            .iter()
            .flatten()
            .map(str::to_owned)
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect(),
    };
    grid_frame(&all_periods, &groups, by)
}

fn grid_frame(periods: &[NaiveDate], groups: &[String], by: By) -> Result<DataFrame> {
    let Some(name) = by.column() else {
        let column = Series::new("period".into(), periods).into_column();
        return Ok(DataFrame::new(periods.len(), vec![column])?);
    };
    let mut period_values = Vec::new();
    let mut group_values: Vec<&str> = Vec::new();
    for &period in periods {
        for group in groups {
            period_values.push(period);
            group_values.push(group);
        }
    }
    let columns = vec![
        Series::new("period".into(), &period_values).into_column(),
        Series::new(name.into(), group_values).into_column(),
    ];
    Ok(DataFrame::new(period_values.len(), columns)?)
}

/// Unordered pairs of the distinct countries, each written `AAA-BBB` in alphabetical order.
fn country_pairs(countries: &[String]) -> Vec<String> {
    let distinct: Vec<&String> = countries.iter().collect::<BTreeSet<_>>().into_iter().collect();
    let mut pairs = Vec::new();
    for (i, a) in distinct.iter().enumerate() {
        for b in &distinct[i + 1..] {
            pairs.push(format!("{a}-{b}"));
        }
    }
    pairs
}

/// The distinct participants in alphabetical order, joined by `, `; none for an empty list.
fn participant_set(people: &[String]) -> Option<String> {
    let distinct: BTreeSet<&str> = people.iter().map(String::as_str).collect();
    (!distinct.is_empty()).then(|| distinct.into_iter().collect::<Vec<_>>().join(", "))
}

fn string_lists(frame: &DataFrame, name: &str) -> Result<Vec<Vec<String>>> {
    let lists = frame
        .column(name)
        .map_err(|_| missing(name))?
        .list()
        .map_err(|e| wrong_type(name, &e))?;
    (0..lists.len())
        .map(|row| {
            let Some(values) = lists.get_as_series(row) else {
                return Ok(Vec::new());
            };
            Ok(values
                .str()
                .map_err(|e| wrong_type(name, &e))?
                .iter()
                .flatten()
                .map(str::to_owned)
                .collect())
        })
        .collect()
}

fn missing(column: &str) -> Error {
    Error::Column {
        column: column.to_owned(),
        message: "missing from the meetings frame".to_owned(),
    }
}

fn wrong_type(column: &str, err: &PolarsError) -> Error {
    Error::Column {
        column: column.to_owned(),
        message: err.to_string(),
    }
}

/// Polars stores a Date as days since 1970-01-01.
pub(crate) fn days_to_date(days: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(1970, 1, 1).expect("valid epoch") + chrono::TimeDelta::days(i64::from(days))
}

#[cfg(test)]
mod tests {
    use summitry_core::{EventKind, Meeting, Status};

    use super::*;
    use crate::frames::meetings_frame;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn meeting(date: Option<NaiveDate>, people: &[&str], countries: &[&str], status: Status) -> Meeting {
        Meeting {
            meeting_id: String::new(),
            kind: EventKind::Meeting,
            date,
            date_precision: date.map(|_| summitry_core::Precision::Day),
            date_end: None,
            participants: people.iter().map(|p| (*p).to_owned()).collect(),
            countries: countries.iter().map(|c| (*c).to_owned()).collect(),
            location: None,
            location_country: None,
            status,
            n_mentions: 1,
            n_documents: 1,
            doc_ids: vec!["d".to_owned()],
            first_reported: None,
            last_reported: None,
            topics: Vec::new(),
        }
    }

    /// Four dated meetings over 2023-2024 and one undated, which must not count.
    fn sample() -> DataFrame {
        let putin_thuong = ["Vladimir Putin", "Vo Van Thuong"];
        let putin_chinh = ["Pham Minh Chinh", "Vladimir Putin"];
        meetings_frame(&[
            meeting(Some(day(2023, 10, 17)), &putin_thuong, &["VNM", "RUS"], Status::Occurred),
            meeting(Some(day(2024, 6, 20)), &putin_chinh, &["RUS", "VNM"], Status::Occurred),
            meeting(Some(day(2024, 10, 24)), &putin_chinh, &["VNM", "RUS"], Status::Planned),
            meeting(Some(day(2024, 10, 2)), &["Xi Jinping", "Vladimir Putin"], &["CHN", "RUS", "VNM"], Status::Occurred),
            meeting(None, &putin_chinh, &["VNM", "RUS"], Status::Occurred),
        ])
        .unwrap()
    }

    fn dates(frame: &DataFrame) -> Vec<NaiveDate> {
        let periods = frame.column("period").unwrap().date().unwrap().physical().clone();
        periods.iter().map(|d| days_to_date(d.unwrap())).collect()
    }

    fn ints(frame: &DataFrame, name: &str) -> Vec<i64> {
        frame.column(name).unwrap().i64().unwrap().iter().map(Option::unwrap).collect()
    }

    fn strs(frame: &DataFrame, name: &str) -> Vec<String> {
        let column = frame.column(name).unwrap().str().unwrap();
        column.iter().map(|s| s.unwrap().to_owned()).collect()
    }

    #[test]
    fn counts_per_year_leave_out_undated_meetings() {
        let per_year = meeting_frequency(&sample(), Period::Year, By::None).unwrap();
        assert_eq!(dates(&per_year), [day(2023, 1, 1), day(2024, 1, 1)]);
        assert_eq!(ints(&per_year, "n_meetings"), [1, 3]);
        assert_eq!(ints(&per_year, "n_occurred"), [1, 2]);
        assert_eq!(ints(&per_year, "n_planned"), [0, 1]);
    }

    #[test]
    fn empty_quarters_between_first_and_last_are_zero() {
        let per_quarter = meeting_frequency(&sample(), Period::Quarter, By::None).unwrap();
        assert_eq!(
            dates(&per_quarter),
            [day(2023, 10, 1), day(2024, 1, 1), day(2024, 4, 1), day(2024, 7, 1), day(2024, 10, 1)]
        );
        assert_eq!(ints(&per_quarter, "n_meetings"), [1, 0, 1, 0, 2]);
    }

    #[test]
    fn months_run_from_the_first_to_the_last_meeting() {
        let per_month = meeting_frequency(&sample(), Period::Month, By::None).unwrap();
        // October 2023 to October 2024 inclusive.
        assert_eq!(per_month.height(), 13);
        assert_eq!(ints(&per_month, "n_meetings").iter().sum::<i64>(), 4);
    }

    #[test]
    fn a_three_country_meeting_counts_once_per_pair() {
        let by_pair = meeting_frequency(&sample(), Period::Year, By::CountryPair).unwrap();
        assert_eq!(
            strs(&by_pair, "country_pair"),
            ["CHN-RUS", "CHN-VNM", "RUS-VNM", "CHN-RUS", "CHN-VNM", "RUS-VNM"]
        );
        assert_eq!(dates(&by_pair)[..3], [day(2023, 1, 1); 3]);
        assert_eq!(ints(&by_pair, "n_meetings"), [0, 0, 1, 1, 1, 3]);
    }

    #[test]
    fn participant_sets_are_counted_in_name_order() {
        let by_people = meeting_frequency(&sample(), Period::Year, By::Participants).unwrap();
        let rows: Vec<(String, i64)> = strs(&by_people, "participants")
            .into_iter()
            .zip(ints(&by_people, "n_meetings"))
            .collect();
        assert_eq!(
            rows[3..],
            [
                ("Pham Minh Chinh, Vladimir Putin".to_owned(), 2),
                ("Vladimir Putin, Vo Van Thuong".to_owned(), 0),
                ("Vladimir Putin, Xi Jinping".to_owned(), 1),
            ]
        );
    }

    #[test]
    fn no_dated_meeting_gives_an_empty_table_with_the_columns() {
        let frame = meetings_frame(&[meeting(None, &["A B"], &["VNM"], Status::Occurred)]).unwrap();
        let counts = meeting_frequency(&frame, Period::Month, By::CountryPair).unwrap();
        assert_eq!(counts.height(), 0);
        assert_eq!(counts.column("period").unwrap().dtype(), &DataType::Date);
        assert_eq!(counts.column("n_meetings").unwrap().dtype(), &DataType::Int64);
    }

    #[test]
    fn period_and_grouping_names_parse() {
        assert_eq!("1mo".parse::<Period>().unwrap(), Period::Month);
        assert_eq!("Quarter".parse::<Period>().unwrap(), Period::Quarter);
        assert_eq!("1y".parse::<Period>().unwrap(), Period::Year);
        assert!(matches!("1w".parse::<Period>(), Err(Error::UnknownPeriod(p)) if p == "1w"));
        assert_eq!("country_pair".parse::<By>().unwrap(), By::CountryPair);
        assert!("topic".parse::<By>().is_err());
    }

    #[test]
    fn a_frame_without_dates_is_a_column_error() {
        let frame = df!("status" => ["occurred"]).unwrap();
        let err = meeting_frequency(&frame, Period::Year, By::None).unwrap_err();
        assert!(matches!(err, Error::Column { ref column, .. } if column == "date"), "{err}");
    }
}
