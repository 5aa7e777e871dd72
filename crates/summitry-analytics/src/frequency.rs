//! Meeting frequency over time: how many meetings per year, quarter, month or any calendar
//! period, overall or per group ([`By`]), with the empty periods in between filled with zeros
//! (a gap in the relationship is data, not a missing row).

use std::str::FromStr;

use chrono::{Months, NaiveDate, TimeDelta};
use polars::prelude::*;

use crate::error::{Error, Result};
use crate::group::{key_columns, normalize, row_groups, By};
use crate::rows::{dates, days_to_date, strings};

/// The length of the periods counted, as in Polars' `every="1y"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Period {
    /// Calendar years (`year`, `1y`).
    Year,
    /// Calendar quarters (`quarter`, `1q`).
    Quarter,
    /// Calendar months (`month`, `1mo`).
    Month,
    /// `n` months, aligned on multiples of `n` months since 1970 (`6mo`, `2q` = `6mo`,
    /// `2y` = `24mo`): `6mo` gives January and July.
    Months(u32),
    /// `n` weeks starting on Mondays (`week`, `1w`, `2w`).
    Weeks(u32),
    /// `n` days aligned on multiples of `n` days since 1970 (`day`, `1d`, `10d`).
    Days(u32),
}

/// How finely a date is known, coarsest last (the order of the `date_precision` values).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Fineness {
    Day,
    Month,
    Year,
}

impl Fineness {
    /// `day`, `month` or `year`; anything else (or no `date_precision` column) counts as a day.
    pub(crate) fn parse(text: Option<&str>) -> Self {
        match text {
            Some("year") => Fineness::Year,
            Some("month") => Fineness::Month,
            _ => Fineness::Day,
        }
    }
}

impl Period {
    /// The same period in its simplest form (`Months(12)` is `Year`).
    fn canonical(self) -> Self {
        match self {
            Period::Months(12) => Period::Year,
            Period::Months(3) => Period::Quarter,
            Period::Months(1) => Period::Month,
            other => other,
        }
    }

    /// The Polars duration string (`1y`, `6mo`, `2w`).
    pub fn every(self) -> String {
        match self.canonical() {
            Period::Year => "1y".to_owned(),
            Period::Quarter => "1q".to_owned(),
            Period::Month => "1mo".to_owned(),
            Period::Months(n) => format!("{n}mo"),
            Period::Weeks(n) => format!("{n}w"),
            Period::Days(n) => format!("{n}d"),
        }
    }

    /// The coarsest date precision a row may have and still be placed in one period: a date
    /// known to the year fits a year (or 2y) but not a month or a quarter.
    pub(crate) fn coarsest_fitting(self) -> Fineness {
        match self.canonical() {
            Period::Year => Fineness::Year,
            Period::Months(n) if n % 12 == 0 => Fineness::Year,
            Period::Quarter | Period::Month | Period::Months(_) => Fineness::Month,
            Period::Weeks(_) | Period::Days(_) => Fineness::Day,
        }
    }

    /// The start of the period after the one starting at `start`.
    fn next(self, start: NaiveDate) -> NaiveDate {
        match self.canonical() {
            Period::Year => start + Months::new(12),
            Period::Quarter => start + Months::new(3),
            Period::Month => start + Months::new(1),
            Period::Months(n) => start + Months::new(n),
            Period::Weeks(n) => start + TimeDelta::weeks(i64::from(n)),
            Period::Days(n) => start + TimeDelta::days(i64::from(n)),
        }
    }
}

impl FromStr for Period {
    type Err = Error;

    /// Accepts `year`, `quarter`, `month`, `week`, `day`, and Polars durations of one unit:
    /// `1y`, `2y`, `1q`, `6mo`, `1w`, `10d`.
    fn from_str(s: &str) -> Result<Self> {
        let text = s.trim().to_ascii_lowercase();
        let unknown = || Error::UnknownPeriod(s.to_owned());
        let named = match text.as_str() {
            "year" | "y" => Some(Period::Year),
            "quarter" | "q" => Some(Period::Quarter),
            "month" | "mo" => Some(Period::Month),
            "week" | "w" => Some(Period::Weeks(1)),
            "day" | "d" => Some(Period::Days(1)),
            _ => None,
        };
        if let Some(period) = named {
            return Ok(period);
        }
        let digits = text.chars().take_while(char::is_ascii_digit).count();
        let n: u32 = text[..digits].parse().map_err(|_| unknown())?;
        if n == 0 || n > 10_000 {
            return Err(unknown());
        }
        let period = match &text[digits..] {
            "y" => Period::Months(n * 12),
            "q" => Period::Months(n * 3),
            "mo" => Period::Months(n),
            "w" => Period::Weeks(n),
            "d" => Period::Days(n),
            _ => return Err(unknown()),
        };
        Ok(period.canonical())
    }
}

/// Counts the rows of a `meetings` (or `events`) frame per period.
///
/// Every dated row counts once in the period holding its `date`, and once per group it
/// falls in. Rows are left out when undated, and when their `date_precision` is coarser than
/// the period: a meeting known only as "in 2014" counts by year but not by month or quarter
/// (it would otherwise pile up in January). All rows passed count, whatever their `kind`:
/// filter the frame first (`kind == "meeting"`) to count only meetings, or group by
/// [`By::Kind`].
///
/// `by` is one grouping or a list of them (`By::CountryPair`, `[By::CountryPair, By::Kind]`).
///
/// The result has the columns `period` (Date, the first day of the period), one column per
/// grouping (named as [`By::column`]), `n_meetings`, `n_occurred` and `n_planned` (Int64),
/// sorted by period and groups. Every period from the first to the last counted one is
/// present for every group combination seen, with zeros where nothing happened.
///
/// Needs the columns `date` (Date), `status`, `date_precision` (optional), and those of the
/// groupings.
pub fn meeting_frequency(
    meetings: &DataFrame,
    every: Period,
    by: impl AsRef<[By]>,
) -> Result<DataFrame> {
    let by = normalize(by.as_ref());
    let observed = observations(meetings, Some(every), &by)?;
    let statuses = strings(meetings, "status")?;
    let status = Series::new("status".into(), statuses).into_column();
    let row = Series::new(
        "row".into(),
        (0..meetings.height() as i64).collect::<Vec<_>>(),
    )
    .into_column();
    let status = DataFrame::new(meetings.height(), vec![row, status])?;

    let keys = key_names(&by);
    let group: Vec<Expr> = std::iter::once(col("period"))
        .chain(keys.iter().map(|k| col(*k)))
        .collect();
    let counts = observed
        .lazy()
        .join(
            status.lazy(),
            [col("row")],
            [col("row")],
            JoinArgs::new(JoinType::Left),
        )
        .with_column(
            col("date")
                .dt()
                .truncate(lit(every.every()))
                .alias("period"),
        )
        .group_by(group)
        .agg([
            len().cast(DataType::Int64).alias("n_meetings"),
            col("status")
                .eq(lit("occurred"))
                .cast(DataType::Int64)
                .sum()
                .alias("n_occurred"),
        ])
        .collect()?;
    let frame = zero_filled(counts, every, &keys, &["n_meetings", "n_occurred"])?
        .with_column((col("n_meetings") - col("n_occurred")).alias("n_planned"))
        .collect()?;
    Ok(frame)
}

pub(crate) fn key_names(by: &[By]) -> Vec<&'static str> {
    by.iter().filter_map(|b| b.column()).collect()
}

/// One row per (input row, group combination): `row` (Int64, the input row), `date`, then
/// one column per grouping. With a period, only rows dated precisely enough for it; without
/// one, every row (undated ones with a null `date`).
pub(crate) fn observations(
    frame: &DataFrame,
    every: Option<Period>,
    by: &[By],
) -> Result<DataFrame> {
    let days = dates(frame, "date")?;
    let fineness: Vec<Fineness> = if frame.column("date_precision").is_ok() {
        strings(frame, "date_precision")?
            .iter()
            .map(|p| Fineness::parse(p.as_deref()))
            .collect()
    } else {
        vec![Fineness::Day; frame.height()]
    };
    let groups = row_groups(frame, by)?;
    let mut rows: Vec<i64> = Vec::new();
    let mut out_dates: Vec<Option<NaiveDate>> = Vec::new();
    let mut keys: Vec<Vec<String>> = Vec::new();
    for (i, combos) in groups.into_iter().enumerate() {
        if let Some(every) = every {
            if days[i].is_none() || fineness[i] > every.coarsest_fitting() {
                continue;
            }
        }
        for combo in combos {
            rows.push(i as i64);
            out_dates.push(days[i]);
            keys.push(combo);
        }
    }
    let mut columns = vec![
        Series::new("row".into(), rows).into_column(),
        Series::new("date".into(), out_dates).into_column(),
    ];
    columns.extend(key_columns(by, &keys));
    Ok(DataFrame::new(keys.len(), columns)?)
}

/// `counts` (with a `period` column and the key columns) on the full grid of periods from
/// the first to the last, crossed with every key combination seen; the `fill` columns are 0
/// where the grid had no count. Sorted by period and keys.
pub(crate) fn zero_filled(
    counts: DataFrame,
    every: Period,
    keys: &[&str],
    fill: &[&str],
) -> Result<LazyFrame> {
    let periods = counts.column("period")?.date()?.physical().clone();
    let mut all_periods = Vec::new();
    if let (Some(first), Some(last)) = (periods.min(), periods.max()) {
        let (mut period, last) = (days_to_date(first), days_to_date(last));
        while period <= last {
            all_periods.push(period);
            period = every.next(period);
        }
    }
    let combos = counts
        .clone()
        .lazy()
        .select(keys.iter().map(|k| col(*k)).collect::<Vec<_>>())
        .unique_stable(None, UniqueKeepStrategy::First)
        .collect()?;
    let block = |period: Option<NaiveDate>| -> Result<DataFrame> {
        let height = if keys.is_empty() {
            usize::from(period.is_some())
        } else {
            combos.height()
        };
        let values = vec![period; if period.is_some() { height } else { 0 }];
        let mut columns = vec![Series::new("period".into(), values).into_column()];
        if period.is_some() {
            columns.extend(combos.columns().iter().cloned());
        } else {
            columns.extend(combos.head(Some(0)).columns().iter().cloned());
        }
        Ok(DataFrame::new(
            if period.is_some() { height } else { 0 },
            columns,
        )?)
    };
    let mut grid = block(None)?;
    for &period in &all_periods {
        grid.vstack_mut(&block(Some(period))?)?;
    }
    grid.rechunk_mut();
    let on: Vec<Expr> = std::iter::once(col("period"))
        .chain(keys.iter().map(|k| col(*k)))
        .collect();
    let mut sort_by = vec!["period"];
    sort_by.extend_from_slice(keys);
    Ok(grid
        .lazy()
        .join(counts.lazy(), on.clone(), on, JoinArgs::new(JoinType::Left))
        .with_columns(
            fill.iter()
                .map(|name| col(*name).fill_null(lit(0i64)))
                .collect::<Vec<_>>(),
        )
        .sort(sort_by, SortMultipleOptions::default()))
}

#[cfg(test)]
mod tests {
    use summitry_core::{EventKind, Meeting, Precision, Status};

    use super::*;
    use crate::frames::meetings_frame;

    pub(crate) fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn meeting(
        date: Option<NaiveDate>,
        people: &[&str],
        countries: &[&str],
        status: Status,
    ) -> Meeting {
        Meeting {
            meeting_id: String::new(),
            kind: EventKind::Meeting,
            date,
            date_precision: date.map(|_| Precision::Day),
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
            meeting(
                Some(day(2023, 10, 17)),
                &putin_thuong,
                &["VNM", "RUS"],
                Status::Occurred,
            ),
            meeting(
                Some(day(2024, 6, 20)),
                &putin_chinh,
                &["RUS", "VNM"],
                Status::Occurred,
            ),
            meeting(
                Some(day(2024, 10, 24)),
                &putin_chinh,
                &["VNM", "RUS"],
                Status::Planned,
            ),
            meeting(
                Some(day(2024, 10, 2)),
                &["Xi Jinping", "Vladimir Putin"],
                &["CHN", "RUS", "VNM"],
                Status::Occurred,
            ),
            meeting(None, &putin_chinh, &["VNM", "RUS"], Status::Occurred),
        ])
        .unwrap()
    }

    fn dates_of(frame: &DataFrame) -> Vec<NaiveDate> {
        dates(frame, "period")
            .unwrap()
            .into_iter()
            .map(Option::unwrap)
            .collect()
    }

    use crate::rows::ints;

    fn strs(frame: &DataFrame, name: &str) -> Vec<String> {
        strings(frame, name)
            .unwrap()
            .into_iter()
            .map(Option::unwrap)
            .collect()
    }

    #[test]
    fn counts_per_year_leave_out_undated_meetings() {
        let per_year = meeting_frequency(&sample(), Period::Year, By::None).unwrap();
        assert_eq!(dates_of(&per_year), [day(2023, 1, 1), day(2024, 1, 1)]);
        assert_eq!(ints(&per_year, "n_meetings"), [1, 3]);
        assert_eq!(ints(&per_year, "n_occurred"), [1, 2]);
        assert_eq!(ints(&per_year, "n_planned"), [0, 1]);
    }

    #[test]
    fn empty_quarters_between_first_and_last_are_zero() {
        let per_quarter = meeting_frequency(&sample(), Period::Quarter, By::None).unwrap();
        assert_eq!(
            dates_of(&per_quarter),
            [
                day(2023, 10, 1),
                day(2024, 1, 1),
                day(2024, 4, 1),
                day(2024, 7, 1),
                day(2024, 10, 1)
            ]
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
    fn half_years_and_weeks_are_aligned_like_polars() {
        let halves = meeting_frequency(&sample(), "6mo".parse().unwrap(), By::None).unwrap();
        assert_eq!(
            dates_of(&halves),
            [day(2023, 7, 1), day(2024, 1, 1), day(2024, 7, 1)]
        );
        assert_eq!(ints(&halves, "n_meetings"), [1, 1, 2]);
        let weeks = meeting_frequency(&sample(), Period::Weeks(1), By::None).unwrap();
        // 2023-10-17 was a Tuesday: its week starts on Monday the 16th.
        assert_eq!(dates_of(&weeks)[0], day(2023, 10, 16));
        assert_eq!(*dates_of(&weeks).last().unwrap(), day(2024, 10, 21));
        assert_eq!(weeks.height(), 54);
    }

    #[test]
    fn a_year_precision_meeting_counts_by_year_but_not_by_month() {
        let mut rows = vec![meeting(
            Some(day(2014, 1, 1)),
            &["A"],
            &["VNM", "RUS"],
            Status::Occurred,
        )];
        rows[0].date_precision = Some(Precision::Year);
        rows.push(meeting(
            Some(day(2014, 6, 1)),
            &["A"],
            &["VNM", "RUS"],
            Status::Occurred,
        ));
        rows[1].date_precision = Some(Precision::Month);
        let frame = meetings_frame(&rows).unwrap();
        let per_year = meeting_frequency(&frame, Period::Year, By::None).unwrap();
        assert_eq!(ints(&per_year, "n_meetings"), [2]);
        let per_month = meeting_frequency(&frame, Period::Month, By::None).unwrap();
        assert_eq!(dates_of(&per_month), [day(2014, 6, 1)]);
        assert_eq!(ints(&per_month, "n_meetings"), [1]);
        let per_two_years = meeting_frequency(&frame, "2y".parse().unwrap(), By::None).unwrap();
        assert_eq!(ints(&per_two_years, "n_meetings"), [2]);
    }

    #[test]
    fn a_three_country_meeting_counts_once_per_pair() {
        let by_pair = meeting_frequency(&sample(), Period::Year, By::CountryPair).unwrap();
        assert_eq!(
            strs(&by_pair, "country_pair"),
            ["CHN-RUS", "CHN-VNM", "RUS-VNM", "CHN-RUS", "CHN-VNM", "RUS-VNM"]
        );
        assert_eq!(dates_of(&by_pair)[..3], [day(2023, 1, 1); 3]);
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
    fn two_groupings_cross_and_each_participant_counts() {
        let frame =
            meeting_frequency(&sample(), Period::Year, [By::Participant, By::Status]).unwrap();
        let columns: Vec<&str> = frame
            .get_column_names()
            .iter()
            .map(|c| c.as_str())
            .collect();
        assert_eq!(
            columns,
            [
                "period",
                "participant",
                "status",
                "n_meetings",
                "n_occurred",
                "n_planned"
            ]
        );
        let putin_2024 = frame
            .clone()
            .lazy()
            .filter(
                col("participant")
                    .eq(lit("Vladimir Putin"))
                    .and(col("period").dt().year().eq(lit(2024))),
            )
            .collect()
            .unwrap();
        assert_eq!(strs(&putin_2024, "status"), ["occurred", "planned"]);
        assert_eq!(ints(&putin_2024, "n_meetings"), [2, 1]);
        // Only the combinations seen are on the grid, for both years: Putin and Chinh with
        // both statuses, Thuong and Xi occurred only.
        assert_eq!(frame.height(), 2 * 6);
    }

    #[test]
    fn host_and_office_come_from_location_and_knowledge() {
        let mut rows = vec![
            meeting(
                Some(day(2024, 6, 20)),
                &["Vladimir Putin", "To Lam"],
                &["RUS", "VNM"],
                Status::Occurred,
            ),
            meeting(
                Some(day(2023, 10, 17)),
                &["Vladimir Putin", "Vo Van Thuong"],
                &["RUS", "VNM"],
                Status::Occurred,
            ),
            meeting(
                Some(day(2024, 10, 24)),
                &["Vladimir Putin"],
                &["RUS", "VNM"],
                Status::Occurred,
            ),
        ];
        rows[0].location_country = Some("VNM".to_owned());
        rows[1].location_country = Some("CHN".to_owned());
        let frame = meetings_frame(&rows).unwrap();
        let hosts = meeting_frequency(&frame, Period::Year, By::Host).unwrap();
        assert_eq!(
            strs(&hosts, "host"),
            [
                "VNM",
                "third country",
                "unknown",
                "VNM",
                "third country",
                "unknown"
            ]
        );
        assert_eq!(ints(&hosts, "n_meetings"), [0, 1, 0, 1, 0, 1]);
        let offices = meeting_frequency(&frame, Period::Year, By::Office).unwrap();
        let in_2023: Vec<(String, i64)> = strs(&offices, "office")
            .into_iter()
            .zip(ints(&offices, "n_meetings"))
            .filter(|(_, n)| *n > 0)
            .take(2)
            .collect();
        // Putin was president and Thuong Vietnam's president in October 2023.
        assert_eq!(
            in_2023,
            [
                ("RUS president".to_owned(), 1),
                ("VNM president".to_owned(), 1)
            ]
        );
    }

    #[test]
    fn no_dated_meeting_gives_an_empty_table_with_the_columns() {
        let frame = meetings_frame(&[meeting(None, &["A B"], &["VNM"], Status::Occurred)]).unwrap();
        let counts = meeting_frequency(&frame, Period::Month, By::CountryPair).unwrap();
        assert_eq!(counts.height(), 0);
        assert_eq!(counts.column("period").unwrap().dtype(), &DataType::Date);
        assert_eq!(
            counts.column("country_pair").unwrap().dtype(),
            &DataType::String
        );
        assert_eq!(
            counts.column("n_meetings").unwrap().dtype(),
            &DataType::Int64
        );
    }

    #[test]
    fn period_and_grouping_names_parse() {
        assert_eq!("1mo".parse::<Period>().unwrap(), Period::Month);
        assert_eq!("Quarter".parse::<Period>().unwrap(), Period::Quarter);
        assert_eq!("1y".parse::<Period>().unwrap(), Period::Year);
        assert_eq!("12mo".parse::<Period>().unwrap(), Period::Year);
        assert_eq!("2q".parse::<Period>().unwrap(), Period::Months(6));
        assert_eq!("2w".parse::<Period>().unwrap().every(), "2w");
        for bad in ["1h", "0y", "y1", "", "1mo2d"] {
            assert!(
                matches!(bad.parse::<Period>(), Err(Error::UnknownPeriod(p)) if p == bad),
                "{bad}"
            );
        }
        assert_eq!("country_pair".parse::<By>().unwrap(), By::CountryPair);
        assert_eq!(
            "participant-pair".parse::<By>().unwrap(),
            By::ParticipantPair
        );
        assert!("topic".parse::<By>().is_err());
    }

    #[test]
    fn a_frame_without_dates_is_a_column_error() {
        let frame = df!("status" => ["occurred"]).unwrap();
        let err = meeting_frequency(&frame, Period::Year, By::None).unwrap_err();
        assert!(
            matches!(err, Error::Column { ref column, .. } if column == "date"),
            "{err}"
        );
    }
}
