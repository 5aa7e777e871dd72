//! From a matched rule to a TIMEX3 value: one branch per [`RuleKind`].

use chrono::{Datelike, Duration, NaiveDate};
use std::cell::Cell;
use std::sync::LazyLock;

use regex::{Captures, Regex};

use super::lexicon;
use super::patterns::RuleKind;
use super::resolve::{
    first_day_of_quarter, first_of_month_shifted, holiday_in_year, iso_week_value, quarter_of, resolve_holiday, resolve_month,
    resolve_month_day, resolve_weekday, sentence_bounds, tense_direction, Direction,
};
use super::{Reference, Timex, TimexType};
use crate::model::Precision;
use crate::text::{last_word, word_regex};

/// What the normaliser knows besides the match itself.
pub(crate) struct Context<'a> {
    pub(crate) text: &'a str,
    pub(crate) reference: Option<Reference>,
    /// Numeric dates `a/b/yyyy` read day first (from the document's unambiguous dates);
    /// worked out on the first numeric date, since most texts have none.
    pub(crate) day_first: std::cell::OnceCell<bool>,
    /// The last day-precision date resolved earlier in the text ("the same day", "two days later").
    pub(crate) last_day: Option<NaiveDate>,
    /// Where that date's expression ends (byte offset).
    pub(crate) last_day_end: usize,
    /// The last quarter named earlier in the text ("the quarter").
    pub(crate) last_quarter: Option<(i32, u32)>,
    /// The last stretch of days named earlier ("on January 14 and 15"): "the final day". Also
    /// set while normalising: "October 18, the second and final day" implies its stretch.
    pub(crate) last_range: Cell<Option<(NaiveDate, NaiveDate)>>,
    /// The last explicit year named earlier in the text ("the following year").
    pub(crate) last_year: Option<i32>,
    /// The year of the last explicit month or day named earlier ("May 2019", "May 20, 2019").
    pub(crate) last_dated_year: Option<i32>,
    /// The last year written alone ("in 2013") and where it ends.
    pub(crate) last_bare_year: Option<(i32, usize)>,
    /// The last month resolved earlier ("last June"), with where its expression ends.
    pub(crate) last_month: Option<(NaiveDate, usize)>,
    /// The year labelling a line of a timeline ("2001 - ..."), with where it ends.
    pub(crate) paragraph_year: Option<(i32, usize)>,
    /// The last single day named (not a stretch nor its end): what "the previous day" counts from.
    pub(crate) last_point_day: Option<NaiveDate>,
    /// The last day named is one something lasted "until": "the same afternoon" is not on it.
    pub(crate) last_day_is_bound: bool,
}

impl Context<'_> {
    /// The year of the timeline line that `start` belongs to, if any.
    fn timeline_year(&self, start: usize) -> Option<i32> {
        self.paragraph_year.filter(|&(_, end)| end <= start && !self.text[end..start].contains('\n')).map(|(year, _)| year)
    }

    fn reference_day(&self) -> Option<NaiveDate> {
        self.reference.filter(|r| r.precision == Precision::Day).map(|r| r.date)
    }
    fn reference_month(&self) -> Option<NaiveDate> {
        self.reference.filter(|r| r.precision != Precision::Year).map(|r| r.date)
    }
    fn reference_year(&self) -> Option<i32> {
        self.reference.map(|r| r.date.year())
    }
    /// Whether the writing date is known only to its year and `year` is within one of it: a
    /// date the story gives itself then, not history ("In October 2011, Japan became ...").
    fn is_story_year(&self, year: i32) -> bool {
        self.reference.is_some_and(|r| r.precision == Precision::Year && (year - r.date.year()).abs() <= 1)
    }
}

/// A timex under construction (the span is set by the caller).
struct Resolved {
    kind: TimexType,
    value: String,
    date: Option<NaiveDate>,
    date_end: Option<NaiveDate>,
    precision: Option<Precision>,
    relative: bool,
    /// A later start than the match's (words the pattern needs but the span leaves out).
    start: Option<usize>,
    /// An earlier end than the match's, likewise.
    end: Option<usize>,
}

impl Resolved {
    fn new(kind: TimexType, value: impl Into<String>) -> Self {
        Resolved { kind, value: value.into(), date: None, date_end: None, precision: None, relative: false, start: None, end: None }
    }
    fn day(date: NaiveDate) -> Self {
        Resolved {
            date: Some(date),
            precision: Some(Precision::Day),
            ..Resolved::new(TimexType::Date, date.format("%Y-%m-%d").to_string())
        }
    }
    fn month(year: i32, month: u32) -> Option<Self> {
        let date = NaiveDate::from_ymd_opt(year, month, 1)?;
        Some(Resolved { date: Some(date), precision: Some(Precision::Month), ..Resolved::new(TimexType::Date, format!("{year:04}-{month:02}")) })
    }
    fn year(year: i32) -> Option<Self> {
        let date = NaiveDate::from_ymd_opt(year, 1, 1)?;
        Some(Resolved { date: Some(date), precision: Some(Precision::Year), ..Resolved::new(TimexType::Date, format!("{year:04}")) })
    }
    fn week(date: NaiveDate) -> Self {
        // At the edge of the calendar the Monday may not exist: then no date, only the value.
        let monday = date.checked_sub_signed(Duration::days(i64::from(date.weekday().num_days_from_monday())));
        Resolved { date: monday, ..Resolved::new(TimexType::Date, iso_week_value(date)) }
    }
    fn quarter(year: i32, quarter: u32) -> Self {
        Resolved { date: first_day_of_quarter(year, quarter), ..Resolved::new(TimexType::Date, format!("{year:04}-Q{quarter}")) }
    }
    fn relative(mut self) -> Self {
        self.relative = true;
        self
    }
    fn with_part_code(mut self, code: &str) -> Self {
        self.value.push('T');
        self.value.push_str(code);
        self
    }
    fn with_part_of_day(mut self, part: Option<&str>) -> Self {
        if let Some(code) = part.and_then(lexicon::part_of_day_code) {
            self.value.push('T');
            self.value.push_str(code);
        }
        self
    }
}

/// Whether the day the story last named is when someone came ("flew in on Saturday", "began
/// the visit on May 8"), not the end of a stay ("... that lasts until May 11").
fn names_an_arrival(ctx: &Context<'_>) -> bool {
    if ctx.last_day.is_none() || ctx.last_day_end == 0 {
        return false;
    }
    let (sentence_start, _) = sentence_bounds(ctx.text, ctx.last_day_end - 1, ctx.last_day_end);
    let lead = ctx.text[sentence_start..ctx.last_day_end].to_ascii_lowercase();
    // "landed on Sunday afternoon. Later that day, ...": the day named again is the same one.
    let named_again = SAME_DAY_AGAIN.is_match(&lead) && {
        let window = crate::text::floor_boundary(ctx.text, sentence_start.saturating_sub(400));
        ARRIVAL.is_match(&ctx.text[window..sentence_start].to_ascii_lowercase())
    };
    named_again || ARRIVAL.is_match(&lead) && ![" until ", " till ", " through ", " to "].iter().any(|w| lead.contains(w))
}

static SAME_DAY_AGAIN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b(?:that day|the same day)$").expect("valid"));

static ARRIVAL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b(?:arriv(?:ed|es|ing)|land(?:ed|s|ing)|flew in(?:to)?|began|begins|started|starts|reached)\b").expect("valid"));

/// "of his visit", "of the summit": the stretch a "second day" belongs to.
static OF_A_STAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^of\s+(?:the|his|her|their|this|that|its)\s+(?:[a-z-]+\s+){0,2}(?:visit|trip|tour|stay|summit|talks|forum|conference|session|festival|congress)\b").expect("valid")
});

fn group<'t>(caps: &Captures<'t>, name: &str) -> Option<&'t str> {
    caps.name(name).map(|m| m.as_str())
}

fn number(caps: &Captures<'_>, name: &str) -> Option<u32> {
    group(caps, name)?.trim_end_matches(|c: char| c.is_ascii_alphabetic()).parse().ok()
}

/// Month words that are also ordinary words ("may", "march") or too short to trust, when
/// written in lower case.
fn is_doubtful_month_word(word: &str) -> bool {
    let bare = word.trim_end_matches('.');
    bare.chars().all(|c| c.is_ascii_lowercase()) && (bare.len() <= 4 || bare == "march")
        && !matches!(bare, "june" | "july")
}

fn month_of(caps: &Captures<'_>, year_given: bool) -> Option<u32> {
    let word = group(caps, "month")?;
    if !year_given && is_doubtful_month_word(word) {
        return None;
    }
    lexicon::month_number(word)
}

/// Years written with two digits: 00-49 are 20xx, 50-99 19xx; spoken years in words.
fn full_year(text: &str) -> Option<i32> {
    if !text.starts_with(|c: char| c.is_ascii_digit()) {
        return lexicon::spoken_year(text);
    }
    let n: i32 = text.parse().ok()?;
    Some(match text.len() {
        2 if n < 50 => 2000 + n,
        2 => 1900 + n,
        _ => n,
    })
}

fn direction_of(ctx: &Context<'_>, start: usize, end: usize) -> Direction {
    tense_direction(ctx.text, start, end)
}

/// Normalises one match; `None` rejects it (then the scan goes on after its first character).
pub(crate) fn normalize(kind: RuleKind, caps: &Captures<'_>, start: usize, end: usize, ctx: &Context<'_>) -> Option<Timex> {
    let value = match kind {
        // ABC's "This Week", "USA Today": names of programmes and papers.
        RuleKind::RelativeUnit | RuleKind::RelativeDay if is_title_in_name(ctx.text, start, end) => return None,
        RuleKind::IsoDate => {
            let date = NaiveDate::from_ymd_opt(number(caps, "year")? as i32, number(caps, "month")?, number(caps, "day")?)?;
            match (number(caps, "hour"), number(caps, "minute")) {
                (Some(h), Some(m)) if h < 24 && m < 60 => Resolved {
                    date: Some(date),
                    precision: Some(Precision::Day),
                    ..Resolved::new(TimexType::Time, format!("{}T{h:02}:{m:02}", date.format("%Y-%m-%d")))
                },
                _ => Resolved::day(date),
            }
        }
        RuleKind::NumericDate => numeric_date(caps, start, ctx)?,
        RuleKind::MonthDayRange | RuleKind::DayRangeMonth => {
            let year = group(caps, "year").and_then(full_year).or_else(|| year_closing_range(caps, ctx, end)).or_else(|| year_told_after(ctx, end));
            let month = month_of(caps, year.is_some())?;
            let (first, last) = (number(caps, "day")?, number(caps, "day2")?);
            if last <= first {
                return None;
            }
            let mut value = month_day(month, first, year, start, end, ctx)?;
            if let Some(date) = value.date {
                value.date_end = NaiveDate::from_ymd_opt(date.year(), month, last);
                value.date_end?;
            } else if !(1..=31).contains(&last) {
                return None;
            }
            value
        }
        RuleKind::WeekOfDay => {
            let month = group(caps, "month").or_else(|| group(caps, "month2")).and_then(lexicon::month_number)?;
            let day = number(caps, "day").or_else(|| number(caps, "day2"))?;
            let year = group(caps, "year").and_then(full_year);
            let resolved = month_day(month, day, year, start, end, ctx)?;
            let week = Resolved::week(resolved.date?);
            if resolved.relative { week.relative() } else { week }
        }
        RuleKind::MonthDayYear | RuleKind::DayMonthYear | RuleKind::WeekdayMonthDay => {
            let year = group(caps, "year").and_then(full_year).or_else(|| year_closing_range(caps, ctx, end)).or_else(|| year_told_after(ctx, end));
            let month = month_of(caps, year.is_some())?;
            let day = number(caps, "day")?;
            // "Saturday, April 25" or "Wednesday, 28 February" (the weekday then is a timex of its own).
            let weekday = group(caps, "weekday").or_else(|| weekday_just_before(ctx.text, start)).and_then(lexicon::weekday_number);
            let weekday_year = match (year, weekday) {
                (None, Some(weekday)) => year_of_weekday(month, day, weekday, start, ctx),
                _ => None,
            };
            month_day(month, day, year.or(weekday_year), start, end, ctx)?.with_part_of_day(group(caps, "pod"))
        }
        RuleKind::MonthRelativeYear => {
            let month = month_of(caps, true)?;
            let rel = lexicon::normalize_spaces(group(caps, "rel")?);
            let year = match rel.as_str() {
                "the following" => ctx.last_year.map(|y| y + 1),
                "the previous" => ctx.last_year.map(|y| y - 1),
                "that" | "the same" => ctx.last_year,
                other => ctx.reference_year().map(|y| y + relative_offset(other)),
            };
            match year {
                Some(y) => Resolved::month(y, month)?.relative(),
                None => Resolved::new(TimexType::Date, format!("XXXX-{month:02}")).relative(),
            }
        }
        RuleKind::MonthYear => {
            let year = full_year(group(caps, "year")?)?;
            Resolved::month(year, month_of(caps, true)?)?
        }
        RuleKind::ClockTime => clock_time(caps, start, end, ctx)?,
        RuleKind::WordTime => {
            // "high noon" is a showdown, not a clock time.
            if word_before(ctx.text, start).eq_ignore_ascii_case("high") {
                return None;
            }
            let hour = match group(caps, "word")?.to_ascii_lowercase().as_str() {
                "midnight" => 24,
                _ => 12,
            };
            time_on_day(hour, 0, caps, start, end, ctx)
        }
        RuleKind::PartOfWeekday => {
            // "the night of Friday, Oct. 23": the weekday's own date follows; let the
            // weekday-with-date rule take it (the scan goes on inside this span).
            let rest = ctx.text[end..].trim_start_matches([',', ' ']);
            let next_word = rest.split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
            if lexicon::month_number(next_word).is_some() && next_word.starts_with(|c: char| c.is_ascii_uppercase()) {
                return None;
            }
            weekday(caps, start, end, ctx, group(caps, "pod"))?
        }
        // "Friday evening" keeps its part of day (a time, as TimeBank annotates it); "Friday
        // night" and "Tuesday morning" are dated to the day, the more frequent TimeBank reading
        // for those (counted over the corpus: night 10 plain to 8 with a part, morning 5 to 3).
        // "Tuesday nights": every Tuesday night, a set.
        RuleKind::Weekday if caps.name("pod").is_some() && caps[0].ends_with(['s', 'S']) => {
            let weekday = lexicon::weekday_number(group(caps, "weekday")?)?;
            let part = group(caps, "pod").and_then(lexicon::part_of_day_code);
            Resolved::new(TimexType::Set, format!("XXXX-WXX-{weekday}{}", part.map(|c| format!("T{c}")).unwrap_or_default()))
        }
        RuleKind::Weekday => {
            let pod = group(caps, "pod").filter(|p| p.eq_ignore_ascii_case("evening"));
            let mut value = weekday(caps, start, end, ctx, pod)?;
            if pod.is_some() {
                value.kind = TimexType::Time;
            }
            value
        }
        RuleKind::RelativeDay => {
            let word = group(caps, "word")?.to_ascii_lowercase();
            // "mid-afternoon yesterday": the part of day comes first.
            let named_part = group(caps, "pod").or_else(|| {
                group(caps, "midpod").map(|p| if p.to_ascii_lowercase().contains("afternoon") { "afternoon" } else { "morning" })
            });
            // "today's world", "many of today's computers": nowadays, in general, not the day.
            if word == "today" && caps.name("pod").is_none() && caps.name("midpod").is_none() && speaks_of_nowadays(ctx.text, start, end) {
                return None;
            }
            let (offset, part) = match word.as_str() {
                "yesterday" => (-1, named_part),
                "tomorrow" => (1, named_part),
                "tonight" => (0, Some("night")),
                _ => (0, named_part),
            };
            match speech_day(ctx, start).or_else(|| ctx.reference_day()) {
                Some(reference) => {
                    let mut value = Resolved::day(reference.checked_add_signed(Duration::days(offset))?).relative().with_part_of_day(part);
                    if part.is_some() {
                        value.kind = TimexType::Time;
                    }
                    value
                }
                None if word == "today" => Resolved::new(TimexType::Date, "PRESENT_REF").relative(),
                None => Resolved::new(TimexType::Date, "XXXX-XX-XX").relative(),
            }
        }
        RuleKind::PartOfThisDay => {
            let last = group(caps, "rel")?.eq_ignore_ascii_case("last");
            let part = group(caps, "pod")?;
            if last && !part.eq_ignore_ascii_case("night") {
                return None; // "last morning" is not an English expression of time
            }
            let reference = ctx.reference_day();
            let mut value = match reference {
                Some(r) => Resolved::day(if last { r.pred_opt()? } else { r }).relative(),
                None => Resolved::new(TimexType::Time, "XXXX-XX-XX").relative(),
            }
            .with_part_of_day(Some(part));
            value.kind = TimexType::Time;
            value
        }
        RuleKind::YearQuarter => year_quarter(caps, start, end, ctx)?,
        RuleKind::YearEnded => {
            let mut value = Resolved::new(TimexType::Duration, "P1Y");
            value.end = ctx.text[start..end].to_ascii_lowercase().rfind("year").map(|i| start + i + "year".len());
            value
        }
        RuleKind::BarePluralDuration => {
            if let Some(unit) = group(caps, "one_long") {
                duration_value(Some(1.0), lexicon::unit_of(unit)?)?
            } else {
                let unit = caps.name("unit").or_else(|| caps.name("long"))?;
                let mut value = duration_value(None, lexicon::unit_of(unit.as_str())?)?;
                value.start = Some(start + unit.start());
                value
            }
        }
        RuleKind::MidPartOfDay => {
            let code = if group(caps, "pod")?.to_ascii_lowercase().contains("afternoon") { "AF" } else { "MO" };
            match ctx.reference_day() {
                Some(day) => Resolved { kind: TimexType::Time, ..Resolved::day(day) },
                None => Resolved::new(TimexType::Time, "XXXX-XX-XX"),
            }
            .with_part_code(code)
            .relative()
        }
        RuleKind::Holiday => holiday(caps, start, end, ctx)?,
        RuleKind::LatestYear => this_unit(group(caps, "unit")?, -1, ctx)?,
        RuleKind::RelativeUnit => relative_unit(caps, start, end, ctx)?,
        // "March 17, 2008 - Shares plunge after JPMorgan agrees over the weekend": the weekend
        // next to the day its sentence names, else to the writing day.
        RuleKind::TheWeekend => match day_told_in_sentence(ctx, start, end).or_else(|| ctx.reference_day()) {
            Some(r) => {
                // In the first days of a week, a weekend spoken of in the past is the last one.
                let weekday = r.weekday().number_from_monday();
                let back = weekday <= 4 && direction_of(ctx, start, end) != Direction::Forward;
                let mut v = Resolved::week(if back { r.checked_sub_signed(Duration::days(7))? } else { r }).relative();
                v.value.push_str("-WE");
                v.start = ctx.text[start..end].to_ascii_lowercase().find("the").map(|i| start + i);
                v
            }
            None => Resolved::new(TimexType::Date, "XXXX-WXX-WE"),
        },
        RuleKind::EarlierInTheUnit | RuleKind::EndOfTheUnit => this_unit(group(caps, "unit")?, 0, ctx)?,
        RuleKind::YearEnd => {
            let since = word_before(ctx.text, start).eq_ignore_ascii_case("since");
            let year = this_unit("year", if since { -1 } else { 0 }, ctx)?;
            // "year-end" is the year's last day (TimeML's reading); "year end" stays the year.
            match (ctx.text[start..end].contains('-'), year.date) {
                (true, Some(d)) => Resolved::day(NaiveDate::from_ymd_opt(d.year(), 12, 31)?).relative(),
                _ => year,
            }
        }
        RuleKind::TheYear => {
            // Not "the year-ago results", "the year before", "the year when ...", "the year 1998":
            // there the year is another one, or the words are not a timex at all.
            let rest = &ctx.text[end..];
            if rest.starts_with(['-', '\'']) {
                return None;
            }
            let next_word = rest.trim_start().split(|c: char| !c.is_ascii_alphanumeric()).next().unwrap_or("").to_ascii_lowercase();
            // ("a high for the year of $12.50 a share": an amount, not the year's name.)
            let amount_follows = next_word == "of" && rest.trim_start()[2..].trim_start().starts_with(['$', '€', '£']);
            if next_word.starts_with(|c: char| c.is_ascii_digit())
                || !amount_follows && matches!(
                    next_word.as_str(),
                    "before" | "after" | "earlier" | "later" | "ago" | "when" | "that" | "which" | "of" | "in" | "to" | "two" | "nineteen"
                )
            {
                return None;
            }
            this_unit("year", 0, ctx)?
        }
        RuleKind::SameUnit => {
            // ("flew in on Thursday for the second leg of his May 13-16 visit and, the same day,
            // held talks": nor is the first day of a stretch named after that day.)
            let after_stretch = ctx.last_range.get().is_some_and(|(first, _)| Some(first) == ctx.last_day);
            let told_day = if ctx.last_day_is_bound || after_stretch { ctx.last_point_day.or(ctx.last_day) } else { ctx.last_day };
            let day = told_day.or_else(|| ctx.reference_day());
            // "That evening Chinh hosted the delegation": the evening of the day told last.
            if let Some(part) = group(caps, "pod") {
                let mut value = match day {
                    Some(d) => Resolved::day(d).relative(),
                    None => Resolved::new(TimexType::Time, "XXXX-XX-XX").relative(),
                }
                .with_part_of_day(Some(part));
                value.kind = TimexType::Time;
                value
            } else {
                let unit = group(caps, "unit").or_else(|| group(caps, "unit2"))?.to_ascii_lowercase();
                // "killed last October ... crossed out that same day": a day of the month told in
                // this sentence or the one before, since the last day; unknown within it. ("The
                // same day" after "since last May" is the story's day.)
                let demonstrative = ctx.text[start..end].get(..4).is_some_and(|w| w.eq_ignore_ascii_case("that"));
                let month_told_since = ctx.last_month.filter(|(_, month_end)| {
                    demonstrative
                        && unit == "day"
                        && (ctx.last_day.is_none() || *month_end > ctx.last_day_end)
                        && *month_end >= sentence_and_previous_start(ctx.text, start, end).1
                });
                match (unit.as_str(), day) {
                    ("day", _) if month_told_since.is_some() => {
                        let (month, _) = month_told_since?;
                        let mut value = Resolved::month(month.year(), month.month())?.relative();
                        value.value.push_str("-XX");
                        value
                    }
                    ("day", Some(d)) => Resolved::day(d).relative(),
                    ("day", None) => Resolved::new(TimexType::Date, "XXXX-XX-XX").relative(),
                    // "later that year": the year the text last named.
                    ("year", _) if ctx.last_year.is_some() => Resolved::year(ctx.last_year?)?.relative(),
                    // "in early August ... later that month": the month last named.
                    ("month", _) if ctx.last_month.is_some() => {
                        let (month, _) = ctx.last_month?;
                        Resolved::month(month.year(), month.month())?.relative()
                    }
                    (unit, _) => this_unit(unit, 0, ctx)?,
                }
            }
        }
        // "... were dashed Friday. Dealers placed orders in the morning": a part of the day
        // told in this sentence or the one before; with none told, no timex ("he runs in the
        // morning").
        RuleKind::PartOfToldDay => {
            let (_, previous_start) = sentence_and_previous_start(ctx.text, start, end);
            let day = ctx.last_day.filter(|_| ctx.last_day_end >= previous_start && ctx.last_day_end <= start)?;
            let mut value = Resolved::day(day).relative().with_part_of_day(group(caps, "pod"));
            value.kind = TimexType::Time;
            value.start = ctx.text[start..end].find("the").map(|i| start + i);
            value
        }
        // "It's the third day of the strike", "today is the eighth day of the operation":
        // the day being written in.
        RuleKind::DayOfStay if names_the_present(ctx.text, start) && ctx.reference_day().is_some() => Resolved::day(ctx.reference_day()?).relative(),
        RuleKind::DayOfStay => {
            let ordinal = match group(caps, "which")?.to_ascii_lowercase().as_str() {
                "first" | "opening" => Some(1),
                "second" => Some(2),
                "third" => Some(3),
                "fourth" => Some(4),
                "fifth" => Some(5),
                "sixth" => Some(6),
                "seventh" => Some(7),
                "eighth" => Some(8),
                "ninth" => Some(9),
                "tenth" => Some(10),
                _ => None,
            };
            // "October 18, the second and final day of the forum": in apposition to a day, the
            // phrase names that day, and its "and final" says when the stretch began.
            let apposition = ctx.last_day.filter(|_| matches!(ctx.text.get(ctx.last_day_end..start), Some(", " | " - " | " — ")));
            let day = if let (Some(day), Some(n)) = (apposition, ordinal) {
                if caps.name("last").is_some() {
                    ctx.last_range.set(Some((day.checked_sub_signed(Duration::days(i64::from(n) - 1))?, day)));
                }
                day
            } else {
                // "the last day of June", "the first day in office": not a day of the stretch;
                // "the second day of his visit" is, and counts from the day he came (the day
                // the story last named) when no stretch of days was named.
                let rest = ctx.text[end..].trim_start();
                let of_a_stay = OF_A_STAY.is_match(rest);
                if !of_a_stay && (rest.starts_with("of ") || rest.starts_with("in ")) {
                    return None;
                }
                let arrival_after = |range: (NaiveDate, NaiveDate)| ctx.last_day.is_some_and(|d| d > range.1) && names_an_arrival(ctx);
                let (first, last) = match (ctx.last_range.get(), ordinal) {
                    // A stay named before and an arrival told since ("pencilled in for June 25
                    // and 26 ... landed on Sunday ... On the second day of the visit"): the arrival.
                    (Some(range), Some(n)) if of_a_stay && arrival_after(range) => {
                        let first = ctx.last_day?;
                        (first, first.checked_add_signed(Duration::days(i64::from(n) - 1))?)
                    }
                    (Some(range), _) => range,
                    (None, Some(n)) if of_a_stay && names_an_arrival(ctx) => {
                        let first = ctx.last_day?;
                        (first, first.checked_add_signed(Duration::days(i64::from(n) - 1))?)
                    }
                    (None, _) => return None,
                };
                let day = match ordinal {
                    Some(n) => first.checked_add_signed(Duration::days(i64::from(n) - 1))?,
                    None => last,
                };
                if day > last {
                    return None;
                }
                day
            };
            Resolved::day(day).relative()
        }
        RuleKind::AdjacentDay => {
            let step = if group(caps, "dir")?.eq_ignore_ascii_case("previous") { -1 } else { 1 };
            match ctx.last_point_day.or(ctx.last_day).or_else(|| ctx.reference_day()) {
                Some(day) => Resolved::day(day.checked_add_signed(Duration::days(step))?).relative(),
                None => Resolved::new(TimexType::Date, "XXXX-XX-XX").relative(),
            }
        }
        RuleKind::TheUnitBefore => unit_before_or_after(caps, end, ctx)?,
        RuleKind::DayBesideDay => day_beside_day(caps, start, end, ctx)?,
        RuleKind::UnitsAgo => units_ago(caps, start, end, ctx)?,
        RuleKind::Quarter | RuleKind::QuarterCode => quarter(caps, start, end, ctx)?,
        RuleKind::NamedPeriod => named_period(caps, end, ctx)?,
        // "the last half of the '80s": the decade, the text names no finer part of it.
        RuleKind::Half if caps.name("decade").is_some() || caps.name("short").is_some() => decade_value(decade_named(caps)?)?,
        RuleKind::Half => {
            let half = match group(caps, "ord").or_else(|| group(caps, "ord2"))?.to_ascii_lowercase().as_str() {
                "first" => 1,
                _ => 2,
            };
            let year = match (group(caps, "year"), group(caps, "this")) {
                (Some(y), _) => Some(full_year(y)?),
                (None, Some(rel)) => ctx.reference_year().map(|y| y + relative_offset(rel)),
                (None, None) => ctx.reference_year(),
            };
            match year {
                Some(y) => Resolved { date: NaiveDate::from_ymd_opt(y, if half == 1 { 1 } else { 7 }, 1), ..Resolved::new(TimexType::Date, format!("{y:04}-H{half}")) },
                None => Resolved::new(TimexType::Date, format!("XXXX-H{half}")),
            }
        }
        RuleKind::VagueDuration => {
            // "in the weeks ahead", "over the years": an unknown stretch; "over" stays out.
            if let Some(unit) = group(caps, "unit2").or_else(|| group(caps, "unit3")) {
                let mut value = duration_value(None, lexicon::unit_of(unit)?)?;
                value.start = caps.name("over").map(|m| start + m.start());
                value
            } else {
                let unit = lexicon::unit_of(group(caps, "unit")?)?;
                let dir = group(caps, "dir")?.to_ascii_lowercase();
                if group(caps, "the").is_none() && matches!(dir.as_str(), "last" | "next" | "previous" | "following") {
                    return None; // "last years" is not English; "next weeks" is rare and vague
                }
                // "in recent years": somewhere in the past, as a date.
                if dir == "recent" && unit.letter == "Y" {
                    Resolved::new(TimexType::Date, "PAST_REF")
                } else {
                    duration_value(None, unit)?
                }
            }
        }
        RuleKind::Duration => {
            // "Islam will one day be ...", "he hopes he one day follows": some future day.
            if ctx.text[start..end].eq_ignore_ascii_case("one day") && is_someday(ctx.text, start, end) {
                return Some(Timex { start, end, kind: TimexType::Date, value: "FUTURE_REF".into(), date: None, date_end: None, precision: None, relative: false });
            }
            // "interviewed on 60 Minutes": a capitalised unit in running text names a title.
            let unit_capitalised = group(caps, "unit").is_some_and(|u| u.starts_with(|c: char| c.is_ascii_uppercase()));
            if unit_capitalised && in_running_text(ctx.text, start) {
                return None;
            }
            let mut value = duration(caps, end, ctx)?;
            // "the two-week trip": the article belongs to the noun, not to the duration.
            let hyphenated = caps.name("unit").is_some_and(|u| caps.get(0).is_some_and(|w| w.as_str()[..u.start()].ends_with('-')));
            if hyphenated && group(caps, "dir").is_none() {
                value.start = caps.name("num").map(|m| start + m.start());
            }
            if is_rate(caps, start, ctx) {
                value.kind = TimexType::Set;
            }
            value
        }
        RuleKind::Season => season(caps, ctx)?,
        RuleKind::Decade => decade_value(decade_named(caps)?)?,
        RuleKind::DecadeWords => {
            let word = group(caps, "word")?.to_ascii_lowercase();
            let tens = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"]
                .iter()
                .position(|w| *w == word)? as i32;
            decade_value(1920 + tens * 10)?
        }
        RuleKind::Century => {
            let ordinal = lexicon::ordinal_number(group(caps, "ord")?)?;
            if !(1..=30).contains(&ordinal) {
                return None;
            }
            Resolved::new(TimexType::Date, format!("{:02}", ordinal - 1))
        }
        RuleKind::Year => year(caps, start, end, ctx)?,
        RuleKind::Month => {
            let month = month_of(caps, false)?;
            let word = group(caps, "month")?;
            // A capitalised "May"/"March" before a lower-case word is the verb or the noun,
            // unless a preposition of time puts it in the calendar ("in May a judge ruled").
            let word_before = ctx.text[..start].trim_end().rsplit(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
            let after_preposition = ["in", "since", "by", "until", "from", "through", "during", "before", "after"].iter().any(|p| word_before.eq_ignore_ascii_case(p));
            // "the March accession", "their May talks": a capitalised month after an article or
            // possessive modifies the noun after it (not "the March on Washington").
            let noun_after = ctx.text[end..].trim_start().split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
            let after_determiner = ["the", "a", "its", "their", "his", "her", "our"].iter().any(|d| word_before.eq_ignore_ascii_case(d))
                && !matches!(noun_after, "on" | "to" | "of" | "for" | "through" | "against" | "from" | "in" | "into" | "across" | "past");
            if matches!(word, "May" | "March") && group(caps, "rel").is_none() && group(caps, "mod").is_none() && !after_preposition && !after_determiner {
                let next = ctx.text[end..].trim_start();
                let next_word: String = next.chars().take_while(char::is_ascii_alphabetic).collect();
                if next_word.chars().next().is_some_and(|c| c.is_ascii_lowercase()) && !matches!(next_word.as_str(), "and" | "to" | "or" | "through" | "last" | "this" | "next") {
                    return None;
                }
            }
            // "January to March 2019": the range's closing year.
            if let (None, Some(year)) = (group(caps, "rel"), year_closing_month_range(month, end, ctx)) {
                Resolved::month(year, month)?
            } else {
                month_value(month, group(caps, "rel"), start, end, ctx)?
            }
        }
        RuleKind::Set => set(caps)?,
        RuleKind::YearAgoAdjective if caps.name("unit").is_some() => {
            let quantity = lexicon::parse_quantity(group(caps, "num")?)?;
            duration_value(quantity, lexicon::unit_of(group(caps, "unit")?)?)?
        }
        RuleKind::YearAgoAdjective => {
            let (s, e) = sentence_bounds(ctx.text, start, end);
            let sentence = ctx.text[s..e].to_ascii_lowercase();
            if compares_quarters(ctx, &sentence, false) {
                let (y, q) = compared_quarter(ctx, s, start)?;
                Resolved::quarter(y - 1, q).relative()
            } else {
                match ctx.reference_year() {
                    Some(y) => Resolved::year(y - 1)?.relative(),
                    None => Resolved::new(TimexType::Date, "XXXX"),
                }
            }
        }
        RuleKind::ReferenceWord if caps.name("past").is_some() => {
            // "in the past": not "the past 20 years" nor "the past few weeks" (other rules).
            let next_word = ctx.text[end..].trim_start().split(|c: char| !c.is_ascii_alphanumeric()).next().unwrap_or("");
            if next_word.starts_with(|c: char| c.is_ascii_digit()) || lexicon::parse_quantity(next_word).is_some() || lexicon::unit_of(next_word).is_some() {
                return None;
            }
            let mut value = Resolved::new(TimexType::Date, "PAST_REF");
            value.start = caps.name("past").map(|m| start + m.start());
            value
        }
        RuleKind::ReferenceWord => {
            let word = lexicon::normalize_spaces(group(caps, "word")?);
            // "current" as an adjective of time: "the current crisis", "its current chairman";
            // not the noun ("the current carried it") nor "current account", "current affairs".
            if word.eq_ignore_ascii_case("current") {
                let next_word = ctx.text[end..].strip_prefix(' ').unwrap_or("").split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
                if !next_word.starts_with(|c: char| c.is_ascii_lowercase()) || matches!(next_word, "account" | "accounts" | "affairs" | "events" | "of" | "and" | "is" | "was" | "flows" | "flowed" | "carried" | "swept") {
                    return None;
                }
            }
            // "Now, he says, ...", "Now for the weather": opening a sentence and set off by a
            // comma, or turning to a topic, "now" joins discourse; it dates nothing.
            if word == "now" {
                let (sentence_start, _) = sentence_bounds(ctx.text, start, end);
                let opens = ctx.text[sentence_start..start].trim_start_matches(|c: char| c.is_whitespace() || "\"'`".contains(c)).is_empty();
                let rest = &ctx.text[end..];
                if opens && (rest.starts_with(',') || rest.starts_with(" for ")) {
                    return None;
                }
            }
            let value = lexicon::REFERENCE_WORDS.iter().find(|(w, _)| *w == word).map(|&(_, v)| v)?;
            // "the then current price": the present of a past moment; the span takes "then".
            if word == "current" && word_before(ctx.text, start).eq_ignore_ascii_case("then") {
                let mut value = Resolved::new(TimexType::Date, "PAST_REF");
                value.start = ctx.text[..start].trim_end().len().checked_sub("then".len());
                value
            } else {
                Resolved::new(TimexType::Date, value)
            }
        }
    };
    Some(Timex {
        start: value.start.unwrap_or(start),
        end: value.end.unwrap_or(end),
        kind: value.kind,
        value: value.value,
        date: value.date,
        date_end: value.date_end,
        precision: value.precision,
        relative: value.relative,
    })
}

fn numeric_date(caps: &Captures<'_>, start: usize, ctx: &Context<'_>) -> Option<Resolved> {
    let separator = group(caps, "sep1")?;
    if separator != group(caps, "sep2")? {
        return None;
    }
    let year_text = group(caps, "year")?;
    // Two-digit years only with slashes: "1.5.10" and "3-4-12" are too often not dates.
    if year_text.len() == 2 && separator != "/" {
        return None;
    }
    let year = full_year(year_text)?;
    let (a, b) = (number(caps, "a")?, number(caps, "b")?);
    // "Fri, 11/10/2017": the weekday named with it tells which order is meant.
    let weekday_before = ctx.text[crate::text::floor_boundary(ctx.text, start.saturating_sub(11))..start]
        .trim_end_matches([' ', ','])
        .rsplit(|c: char| !c.is_ascii_alphabetic() && c != '.')
        .next()
        .and_then(lexicon::weekday_number);
    let falls_on = |day: u32, month: u32| {
        NaiveDate::from_ymd_opt(year, month, day).is_some_and(|d| Some(d.weekday().number_from_monday()) == weekday_before)
    };
    let (day, month) = if a > 12 {
        (a, b)
    } else if b > 12 {
        (b, a)
    } else if falls_on(a, b) != falls_on(b, a) {
        if falls_on(a, b) { (a, b) } else { (b, a) }
    } else if *ctx.day_first.get_or_init(|| super::numeric_dates_read_day_first(ctx.text)) {
        (a, b)
    } else {
        (b, a)
    };
    NaiveDate::from_ymd_opt(year, month, day).map(Resolved::day)
}

/// A month-day with an optional year; year-less ones take the reference year.
fn month_day(month: u32, day: u32, year: Option<i32>, start: usize, end: usize, ctx: &Context<'_>) -> Option<Resolved> {
    if let Some(year) = year {
        return NaiveDate::from_ymd_opt(year, month, day).map(Resolved::day);
    }
    // Reject impossible days even when the year is unknown (February 30 never exists).
    NaiveDate::from_ymd_opt(2000, month, day)?;
    if let Some(year) = ctx.timeline_year(start) {
        return NaiveDate::from_ymd_opt(year, month, day).map(|d| Resolved::day(d).relative());
    }
    // "last June, when Putin made his visit on June 19 and 20": the month just resolved in the
    // sentence gives its days their year; so does one in the sentence before, in the same
    // paragraph ("They last met in September 2018. After talks on September 5, ...").
    if let Some((named, named_end)) = ctx.last_month.filter(|(d, _)| d.month() == month) {
        let (sentence_start, previous_start) = sentence_and_previous_start(ctx.text, start, end);
        let same_paragraph = ctx.text.get(named_end..start).is_some_and(|gap| !gap.contains("\n\n"));
        // (Not a month that names something else: "the August 1988 cease-fire".)
        let next_word = ctx.text.get(named_end..).and_then(|rest| rest.split_whitespace().next()).unwrap_or("");
        let modifier = next_word.starts_with(|c: char| c.is_ascii_lowercase())
            && !matches!(next_word.trim_end_matches([',', '.']), "in" | "on" | "at" | "during" | "when" | "and" | "after" | "before" | "to" | "for" | "with" | "while" | "as");
        let in_sentence = named_end > sentence_start;
        // (Nor once another day was told since: "in June 2020. Putin rang on May 18, and
        // called again on June 17".)
        let day_since = ctx.last_day.is_some() && ctx.last_day_end > named_end;
        if (in_sentence || (named_end > previous_start && !modifier && !day_since)) && named_end <= start && same_paragraph {
            return NaiveDate::from_ymd_opt(named.year(), month, day).map(|d| Resolved::day(d).relative());
        }
    }
    // "a visit starting on Wednesday, 28 February [2001]. The following day, 1st March, ...":
    // a day within a week of the day just told is in that day's year.
    if let Some(last) = ctx.last_day.filter(|d| ctx.reference_year() != Some(d.year())) {
        if let Some(date) = NaiveDate::from_ymd_opt(last.year(), month, day).filter(|d| (*d - last).num_days().abs() <= 7) {
            return Some(Resolved::day(date).relative());
        }
    }
    // "paid a state visit in 2013, holding talks with him on November 12": the year just
    // written in the sentence.
    if let Some((year, year_end)) = ctx.last_bare_year {
        let (sentence_start, _) = sentence_bounds(ctx.text, start, end);
        // (Not across a relative clause: "a programme approved in 1987 that ... through Sept. 29".)
        let gap = ctx.text.get(year_end..start).unwrap_or("");
        let related = [" that ", " which ", " who ", " whose "].iter().any(|w| gap.contains(w));
        if year_end > sentence_start && year_end <= start && gap.len() <= 100 && !related {
            return NaiveDate::from_ymd_opt(year, month, day).map(|d| Resolved::day(d).relative());
        }
    }
    match ctx.reference {
        // The writing date is known only to the year, which may be a year off: "from May 20 to
        // 23, 2019 ... on May 22" stays in the year the story last dated itself.
        Some(r) if r.precision == Precision::Year => {
            let year = ctx.last_dated_year.filter(|&y| ctx.is_story_year(y)).unwrap_or(r.date.year());
            NaiveDate::from_ymd_opt(year, month, day).map(|d| Resolved::day(d).relative())
        }
        // "the second quarter ended Oct. 31", told on Oct. 27: what has ended lies behind.
        Some(r) if ["ended", "closed", "concluded", "finished"].iter().any(|v| word_before(ctx.text, start).eq_ignore_ascii_case(v)) => {
            let date = resolve_month_day(month, day, r.date, Direction::Backward)?;
            let date = if date > r.date { date.with_year(date.year() - 1)? } else { date };
            Some(Resolved::day(date).relative())
        }
        Some(r) => resolve_month_day(month, day, r.date, direction_of(ctx, start, end)).map(|d| Resolved::day(d).relative()),
        None => Some(Resolved::new(TimexType::Date, format!("XXXX-{month:02}-{day:02}")).relative()),
    }
}

/// The weekday written right before a date, with a comma: "Wednesday, " before "28 February".
fn weekday_just_before(text: &str, start: usize) -> Option<&str> {
    let before = text.get(..start)?.trim_end().strip_suffix(',')?;
    let word = last_word(before);
    lexicon::weekday_number(word).map(|_| word)
}

/// Years written out in a text.
static WRITTEN_YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?-u:\b)(?:1[89]|20)[0-9]{2}(?-u:\b)").expect("valid"));

/// The year of a year-less "Wednesday, 28 February" when the year the reference gives does not
/// fall on that weekday: the nearest year written before it, not after the reference year, in
/// which it does ("signed in 2001 ... a state visit starting on Wednesday, 28 February").
fn year_of_weekday(month: u32, day: u32, weekday: u32, start: usize, ctx: &Context<'_>) -> Option<i32> {
    let fits = |year: i32| NaiveDate::from_ymd_opt(year, month, day).is_some_and(|d| d.weekday().number_from_monday() == weekday);
    let reference_year = ctx.reference_year()?;
    if fits(reference_year) || fits(reference_year - 1) {
        return None;
    }
    let before = ctx.text.get(..start)?;
    let years: Vec<i32> = WRITTEN_YEAR.find_iter(before).filter_map(|m| m.as_str().parse().ok()).collect();
    years.into_iter().rev().find(|&year| year < reference_year && fits(year))
}

fn clock_time(caps: &Captures<'_>, start: usize, end: usize, ctx: &Context<'_>) -> Option<Resolved> {
    if let Some(hour) = number(caps, "hour24") {
        let minute = number(caps, "minute24")?;
        return Some(time_on_day(hour, minute, caps, start, end, ctx));
    }
    let mut hour = number(caps, "hour")?;
    let minute = number(caps, "minute").unwrap_or(0);
    if !(1..=12).contains(&hour) || minute > 59 {
        return None;
    }
    let evening = match group(caps, "ampm") {
        Some(marker) => marker.to_ascii_lowercase().starts_with('p'),
        None => group(caps, "morning").is_some_and(|s| !s.to_ascii_lowercase().ends_with("morning")),
    };
    if evening && hour < 12 {
        hour += 12;
    } else if !evening && hour == 12 {
        hour = 0;
    }
    Some(time_on_day(hour, minute, caps, start, end, ctx))
}

/// A clock time on the day a weekday or day word names, else on the reference day.
fn time_on_day(hour: u32, minute: u32, caps: &Captures<'_>, start: usize, end: usize, ctx: &Context<'_>) -> Resolved {
    let tense = direction_of(ctx, start, end);
    let month_day = group(caps, "month").and_then(lexicon::month_number).zip(number(caps, "day"));
    let not_to_come = |d: &NaiveDate| ctx.reference_day().is_none_or(|r| *d <= r);
    let day = if let Some((month, day)) = month_day {
        ctx.reference_day().and_then(|r| resolve_month_day(month, day, r, tense))
    } else if let Some(weekday) = group(caps, "weekday").and_then(lexicon::weekday_number) {
        // "6:33 a.m. last Thursday", "3 p.m. next Saturday", else the tense's.
        clock_weekday(weekday, group(caps, "rel"), tense, ctx)
    } else if let Some(word) = group(caps, "dayword") {
        ctx.reference_day().and_then(|r| day_of_word(word, r))
    } else if let Some(day) = day_named_after(end, tense, ctx) {
        Some(day)
    } else if let Some(day) = day_told_in_sentence(ctx, start, end).filter(|d| not_to_come(d) || tense != Direction::Backward) {
        // "On Monday the breakers halted trading at 2:35 p.m.": the day its sentence names (a
        // day still to come dates no past clock time).
        Some(day)
    } else if tense == Direction::Backward && ctx.last_day.is_some_and(|d| not_to_come(&d)) {
        // "He was shot at 10 p.m.": a past clock time belongs to the day the story last named
        // (not a day still to come: "payable on November 14 ... rose 2% by 10:45 a.m.").
        ctx.last_day
    } else {
        ctx.reference_day()
    };
    let clock = format!("T{hour:02}:{minute:02}");
    match day {
        Some(d) => Resolved {
            date: Some(d),
            precision: Some(Precision::Day),
            ..Resolved::new(TimexType::Time, format!("{}{clock}", d.format("%Y-%m-%d")))
        }
        .relative(),
        None => Resolved::new(TimexType::Time, clock).relative(),
    }
}

/// A weekday or day word right after a clock time, past a preposition, a zone or a second
/// clock: "at 5 a.m. on Thursday", "at 6 in the morning (11 p.m. GMT Friday)".
static DAY_AFTER_CLOCK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[\s,(]+(?:on|local|time|[ap]\.m\.?|[A-Z]{2,4}\)?|\d{1,2}(?::\d\d)?|\d{4})){0,4}[\s,(]+(?:on\s+)?(?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tomorrow|yesterday)(?-u:\b)")
        .expect("valid")
});

/// The day a weekday or day word right after a clock time ending at `end` names (see
/// [`DAY_AFTER_CLOCK`]); a weekday in the direction of the clock's own clause (it may stand in
/// brackets, without a verb).
fn day_named_after(end: usize, tense: Direction, ctx: &Context<'_>) -> Option<NaiveDate> {
    let after = ctx.text.get(end..(end + 48).min(ctx.text.len())).or_else(|| ctx.text.get(end..))?;
    let word = DAY_AFTER_CLOCK.captures(after)?.name("day")?.as_str();
    match lexicon::weekday_number(word) {
        Some(weekday) => clock_weekday(weekday, None, tense, ctx),
        None => day_of_word(word, ctx.reference_day()?),
    }
}

/// The weekday a clock time is on: "last"/"next" before it, else the tense (the last one
/// without any, as news reports what happened); with "last"/"next", never the reference day.
fn clock_weekday(weekday: u32, rel: Option<&str>, tense: Direction, ctx: &Context<'_>) -> Option<NaiveDate> {
    let direction = match (rel.map(str::to_ascii_lowercase).as_deref(), tense) {
        (Some("last"), _) | (None, Direction::Nearest) => Direction::Backward,
        (Some(_), _) => Direction::Forward,
        (None, d) => d,
    };
    let reference = ctx.reference_day()?;
    let day = resolve_weekday(reference, weekday, direction)?;
    if rel.is_some() && day == reference {
        day.checked_add_signed(Duration::days(if direction == Direction::Backward { -7 } else { 7 }))
    } else {
        Some(day)
    }
}

/// The day "yesterday", "tomorrow" or "today" (also "tonight", "this evening") names.
fn day_of_word(word: &str, reference: NaiveDate) -> Option<NaiveDate> {
    let offset = match word.to_ascii_lowercase().as_str() {
        "yesterday" => -1,
        "tomorrow" => 1,
        _ => 0,
    };
    reference.checked_add_signed(Duration::days(offset))
}

/// "the day before yesterday", "two days after last Tuesday": the day named, moved.
fn day_beside_day(caps: &Captures<'_>, start: usize, end: usize, ctx: &Context<'_>) -> Option<Resolved> {
    let days = match group(caps, "num") {
        None => 1,
        Some(n) => n.parse().ok().or_else(|| lexicon::parse_number_words(&n.to_ascii_lowercase())).and_then(|n| i64::try_from(n).ok())?,
    };
    let days = if group(caps, "dir")?.eq_ignore_ascii_case("before") { -days } else { days };
    let base = match group(caps, "dayword") {
        Some(word) => day_of_word(word, ctx.reference_day()?)?,
        None => weekday(caps, start, end, ctx, None)?.date?,
    };
    Some(Resolved::day(base.checked_add_signed(Duration::days(days))?).relative())
}

fn weekday(caps: &Captures<'_>, start: usize, end: usize, ctx: &Context<'_>, part_of_day: Option<&str>) -> Option<Resolved> {
    let word = group(caps, "weekday")?;
    let bare = word.trim_end_matches('.');
    // "wed", "mon" in lower case are ordinary words.
    if bare.len() <= 5 && !bare.eq_ignore_ascii_case("friday") && bare.chars().all(|c| c.is_ascii_lowercase()) && !lexicon::WEEKDAYS.iter().any(|(w, _)| *w == bare && w.len() > 5) {
        return None;
    }
    let weekday = lexicon::weekday_number(word)?;
    let rel = group(caps, "rel").map(lexicon::normalize_spaces);
    // With the writing date known only to its year, a weekday counts from the day the story
    // last named ("met on July 26, 2012 ... to fly to Sochi on Friday"), if that is near it.
    let story_day = || ctx.last_day.filter(|d| ctx.is_story_year(d.year()));
    let Some(reference) = ctx.reference_day().or_else(story_day) else {
        return Some(Resolved::new(TimexType::Date, format!("XXXX-WXX-{weekday}")).relative().with_part_of_day(part_of_day));
    };
    let date = match rel.as_deref() {
        Some("last" | "this past") => {
            let d = resolve_weekday(reference, weekday, Direction::Backward)?;
            if d == reference { d.checked_sub_signed(Duration::days(7))? } else { d }
        }
        // "the following Monday": the first after the day the story last named.
        Some(rel @ ("the previous" | "the preceding" | "the following" | "the next")) => {
            let base = ctx.last_day.filter(|d| (*d - reference).num_days().abs() <= 31).unwrap_or(reference);
            let (direction, step) = if rel == "the previous" || rel == "the preceding" { (Direction::Backward, -7) } else { (Direction::Forward, 7) };
            let d = resolve_weekday(base, weekday, direction)?;
            if d == base { d.checked_add_signed(Duration::days(step))? } else { d }
        }
        Some("next" | "this coming" | "coming") => {
            let d = resolve_weekday(reference, weekday, Direction::Forward)?;
            if d == reference { d.checked_add_signed(Duration::days(7))? } else { d }
        }
        // A text written on a day of the story or later: a weekday told in the past may come
        // after that day, and is the nearer of the two.
        _ if ctx.reference.is_some_and(|r| r.lower_bound) && direction_of(ctx, start, end) != Direction::Forward => {
            resolve_weekday(reference, weekday, Direction::Nearest)?
        }
        // News reports what happened: without tense evidence a weekday is the last one.
        _ => match direction_of(ctx, start, end) {
            Direction::Nearest => resolve_weekday(reference, weekday, Direction::Backward)?,
            direction => resolve_weekday(reference, weekday, direction)?,
        },
    };
    Some(Resolved::day(date).relative().with_part_of_day(part_of_day))
}

fn holiday(caps: &Captures<'_>, start: usize, end: usize, ctx: &Context<'_>) -> Option<Resolved> {
    let rule = lexicon::holiday_rule(group(caps, "holiday")?)?;
    let rel = group(caps, "rel").map(str::to_ascii_lowercase);
    let date = match ctx.reference {
        None => {
            return Some(match rule {
                lexicon::HolidayRule::Fixed(month, day) => Resolved::new(TimexType::Date, format!("XXXX-{month:02}-{day:02}")),
                _ => Resolved::new(TimexType::Date, "XXXX-XX-XX"),
            });
        }
        Some(r) if r.precision == Precision::Year => holiday_in_year(rule, r.date.year())?,
        Some(r) => match rel.as_deref() {
            Some("last") => [r.date.year(), r.date.year() - 1].into_iter().filter_map(|y| holiday_in_year(rule, y)).find(|d| *d < r.date)?,
            Some("next") => [r.date.year(), r.date.year() + 1].into_iter().filter_map(|y| holiday_in_year(rule, y)).find(|d| *d > r.date)?,
            Some(_) => holiday_in_year(rule, r.date.year())?,
            None => resolve_holiday(rule, r.date, direction_of(ctx, start, end))?,
        },
    };
    Some(Resolved::day(date).relative())
}

/// "from February 20 to 22 this year", "on June 5 last year": the year named right after a
/// year-less date (a timex of its own).
fn year_told_after(ctx: &Context<'_>, end: usize) -> Option<i32> {
    let rest = ctx.text.get(end..)?.trim_start_matches([',', ' ']);
    // "on April 25 that year", "on May 3 of the same year": the year the text last named.
    let told_before = ["that year", "of that year", "the same year", "of the same year"];
    if told_before.iter().any(|p| rest.get(..p.len()).is_some_and(|r| r.eq_ignore_ascii_case(p))) {
        return ctx.last_year;
    }
    let offset = ["this year", "last year", "next year"].iter().find(|p| rest.get(..p.len()).is_some_and(|r| r.eq_ignore_ascii_case(p)))?;
    let year = ctx.reference_year()?;
    Some(year + relative_offset(offset.split(' ').next()?))
}

/// The end of a range of days across two months and its year: "to March 2, 2001", "- 2 March 2001".
static RANGE_END_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = super::patterns::expand(
        r"^[,\s]*(?:to|until|through|till|-|\u{2013})\s*(?:(?P<m1>{MONTH})\.?\s*{DAY}|{DAY}\s+(?:of\s+)?(?P<m2>{MONTH})),?\s+(?P<year>[12]\d{3})\b",
    );
    Regex::new(&format!("(?i){pattern}")).expect("valid")
});

/// The end of a range of months and its year: "to March 2019", "- June 2020".
static MONTH_RANGE_END_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = super::patterns::expand(r"^\s*(?:to|until|through|till|-|\u{2013})\s*(?P<month>{MONTH_FULL}),?\s+(?P<year>[12]\d{3})\b");
    Regex::new(&format!("(?i){pattern}")).expect("valid")
});

/// "January to March 2019": the year closing a range of months, or the one before for a start
/// in a later month ("November to February 2020").
fn year_closing_month_range(month: u32, end: usize, ctx: &Context<'_>) -> Option<i32> {
    let closing = MONTH_RANGE_END_YEAR.captures(ctx.text.get(end..)?)?;
    let year: i32 = closing["year"].parse().ok()?;
    let end_month = lexicon::month_number(&closing["month"])?;
    Some(if month > end_month { year - 1 } else { year })
}

/// "from February 28 to March 2, 2001", "28 February - 2 March 2001": the year closing the
/// range, or the one before for a start in a later month ("Dec. 30 to Jan. 2, 2002").
fn year_closing_range(caps: &Captures<'_>, ctx: &Context<'_>, end: usize) -> Option<i32> {
    let closing = RANGE_END_YEAR.captures(ctx.text.get(end..)?)?;
    let year: i32 = closing["year"].parse().ok()?;
    let end_month = closing.name("m1").or_else(|| closing.name("m2")).and_then(|m| lexicon::month_number(m.as_str()))?;
    let start_month = group(caps, "month").and_then(lexicon::month_number)?;
    Some(if start_month > end_month { year - 1 } else { year })
}

fn relative_offset(rel: &str) -> i32 {
    match lexicon::normalize_spaces(rel).as_str() {
        "last" | "past" | "previous" | "prior" | "this past" => -1,
        "next" | "coming" | "following" | "this coming" => 1,
        _ => 0,
    }
}

/// The week, month, quarter, year, decade or century `offset` units from the reference.
fn this_unit(unit: &str, offset: i32, ctx: &Context<'_>) -> Option<Resolved> {
    let unit = lexicon::normalize_spaces(unit);
    let value = match unit.as_str() {
        "year" | "fiscal year" => match ctx.reference_year() {
            Some(y) => Resolved::year(y + offset)?,
            None => Resolved::new(TimexType::Date, "XXXX"),
        },
        "month" => match ctx.reference_month() {
            Some(r) => {
                let d = first_of_month_shifted(r, i64::from(offset))?;
                Resolved::month(d.year(), d.month())?
            }
            None => Resolved::new(TimexType::Date, "XXXX-XX"),
        },
        "week" | "weekend" => match ctx.reference_day() {
            Some(r) => {
                let mut v = Resolved::week(r.checked_add_signed(Duration::days(7 * i64::from(offset)))?);
                if unit == "weekend" {
                    v.value.push_str("-WE");
                }
                v
            }
            None => Resolved::new(TimexType::Date, "XXXX-WXX"),
        },
        "quarter" => match ctx.reference_month() {
            Some(r) => {
                let index = r.year() * 4 + quarter_of(r) as i32 - 1 + offset;
                Resolved::quarter(index.div_euclid(4), index.rem_euclid(4) as u32 + 1)
            }
            None => Resolved::new(TimexType::Date, "XXXX-QX"),
        },
        "decade" => match ctx.reference_year() {
            Some(y) => Resolved::new(TimexType::Date, format!("{:03}", (y / 10 + offset))),
            None => Resolved::new(TimexType::Date, "XXXX"),
        },
        "century" => match ctx.reference_year() {
            Some(y) => Resolved::new(TimexType::Date, format!("{:02}", y / 100 + offset)),
            None => Resolved::new(TimexType::Date, "XXXX"),
        },
        _ => return None,
    };
    Some(value.relative())
}

fn relative_unit(caps: &Captures<'_>, _start: usize, _end: usize, ctx: &Context<'_>) -> Option<Resolved> {
    let rel = group(caps, "rel")?;
    let unit = lexicon::normalize_spaces(group(caps, "unit")?);
    let rel_words = lexicon::normalize_spaces(rel);
    // "the next month": a stretch of time ahead; "the past year" is the last calendar year, as
    // "last year" is (the TimeBank reading).
    if group(caps, "the").is_some() && group(caps, "mod").is_none() && matches!(rel_words.as_str(), "next" | "coming") {
        let letter = lexicon::unit_of(&unit).map_or("Y", |u| u.letter);
        return Some(match unit.as_str() {
            "decade" => Resolved::new(TimexType::Duration, "P10Y"),
            "century" => Resolved::new(TimexType::Duration, "P100Y"),
            "fiscal year" => Resolved::new(TimexType::Duration, "P1Y"),
            _ => Resolved::new(TimexType::Duration, format!("P1{letter}")),
        });
    }
    // "the following year", "the same year": counted from the year the text last named.
    if unit == "year" && matches!(rel_words.as_str(), "following" | "previous" | "prior" | "same") {
        if let Some(year) = ctx.last_year {
            return Resolved::year(year + relative_offset(&rel_words)).map(Resolved::relative);
        }
    }
    // "found guilty on April 26. The following week, ...": a week from the day last told.
    if unit == "week" && matches!(rel_words.as_str(), "following" | "previous" | "prior" | "same") {
        if let Some(day) = ctx.last_day {
            return Some(Resolved::week(day.checked_add_signed(Duration::days(7 * i64::from(relative_offset(&rel_words))))?).relative());
        }
    }
    // "in September 2014, and the following month": so is a month, from the month last told.
    if unit == "month" && matches!(rel_words.as_str(), "following" | "previous" | "prior" | "same") {
        if let Some(month) = month_from_told(ctx, i64::from(relative_offset(&rel_words))) {
            return Some(month);
        }
    }
    this_unit(&unit, relative_offset(rel), ctx)
}

/// Whether a word after `end` names something a "before"/"after" counts from ("ten days before
/// the shooting", "the month before the war"), rather than a conjunction or clause.
fn object_follows(text: &str, end: usize) -> bool {
    text[end..].trim_start_matches(' ').split(|c: char| !c.is_alphanumeric()).next().is_some_and(|w| {
        !w.is_empty() && !matches!(w.to_ascii_lowercase().as_str(), "and" | "or" | "but" | "when" | "that" | "which" | "as" | "while")
    })
}

/// The month `step` months from the one the story last told (a month, else a day).
fn month_from_told(ctx: &Context<'_>, step: i64) -> Option<Resolved> {
    let told = ctx.last_month.map(|(d, _)| d).or(ctx.last_day)?;
    let month = first_of_month_shifted(told, step)?;
    Resolved::month(month.year(), month.month()).map(Resolved::relative)
}

/// "the month before", "the week after": the unit next to the one the story last told. Not
/// when something follows that it counts from ("the month before the war").
fn unit_before_or_after(caps: &Captures<'_>, end: usize, ctx: &Context<'_>) -> Option<Resolved> {
    if object_follows(ctx.text, end) {
        return None;
    }
    let step: i64 = if group(caps, "dir")?.eq_ignore_ascii_case("before") { -1 } else { 1 };
    if group(caps, "unit")?.eq_ignore_ascii_case("week") {
        let told_day = ctx.last_day.or_else(|| ctx.reference_day());
        return told_day.and_then(|d| d.checked_add_signed(Duration::days(7 * step))).map(|d| Resolved::week(d).relative());
    }
    month_from_told(ctx, step).or_else(|| this_unit("month", i32::try_from(step).ok()?, ctx))
}

fn units_ago(caps: &Captures<'_>, start: usize, end: usize, ctx: &Context<'_>) -> Option<Resolved> {
    let unit = lexicon::unit_of(group(caps, "unit")?)?;
    let dir = lexicon::normalize_spaces(group(caps, "dir")?);
    let backward = matches!(dir.as_str(), "ago" | "earlier" | "before" | "back");
    // "a year before the 75th anniversary", "ten days before the shooting": a stretch counted
    // from something the text names next, not from a date; the span is the stretch.
    if matches!(dir.as_str(), "before" | "after") && object_follows(ctx.text, end) {
        let quantity = lexicon::parse_quantity(group(caps, "num")?)?;
        let mut value = duration_value(quantity, unit)?;
        value.end = caps.name("unit").map(|u| start + u.end());
        return Some(value);
    }
    let Some(quantity) = lexicon::parse_quantity(group(caps, "num")?)? else {
        // "a few days later": an unknown stretch from a point the text names, not a date;
        // "a few years ago" is only somewhere in the past.
        if dir == "ago" || dir == "back" {
            return Some(Resolved::new(TimexType::Date, "PAST_REF"));
        }
        let mut value = duration_value(None, unit)?;
        value.end = caps.name("unit").map(|u| start + u.end());
        return Some(value);
    };
    let n = quantity.floor() as i64;
    if !(0..=10_000).contains(&n) {
        return None;
    }
    let signed = if backward { -n } else { n };
    // "two days later" counts from the date just mentioned, "two days ago" from the reference.
    let anchored_on_text = matches!(dir.as_str(), "earlier" | "later" | "before" | "after");
    let day = if anchored_on_text { ctx.last_day.or_else(|| ctx.reference_day()) } else { ctx.reference_day() };
    let value = match unit.letter {
        // "one week from today": a day, counted from the writing day.
        "W" | "FN" if dir == "from today" => {
            let days = if unit.letter == "W" { 7 } else { 14 };
            day.and_then(|d| d.checked_add_signed(Duration::days(days * signed))).map(Resolved::day)
        }
        "D" => day.and_then(|d| d.checked_add_signed(Duration::days(signed))).map(Resolved::day),
        "W" => day.and_then(|d| d.checked_add_signed(Duration::days(7 * signed))).map(Resolved::week),
        "FN" => day.and_then(|d| d.checked_add_signed(Duration::days(14 * signed))).map(Resolved::week),
        "M" if !unit.is_time => day.and_then(|d| first_of_month_shifted(d, signed)).and_then(|d| Resolved::month(d.year(), d.month())),
        "Q" => day.map(|d| {
            let index = d.year() * 4 + quarter_of(d) as i32 - 1 + signed as i32;
            Resolved::quarter(index.div_euclid(4), index.rem_euclid(4) as u32 + 1)
        }),
        "Y" => {
            // "a year earlier" beside a quarter or period means that quarter a year before.
            let (s, e) = sentence_bounds(ctx.text, start, end);
            let sentence = ctx.text[s..e].to_ascii_lowercase();
            if n == 1 && compares_quarters(ctx, &sentence, true) {
                compared_quarter(ctx, s, start).map(|(y, q)| Resolved::quarter(y + signed as i32, q))
            } else if dir == "later" {
                // "He took office in 2016 ... Two years later, ...": after the year last named.
                ctx.last_year.or_else(|| ctx.reference_year()).and_then(|y| Resolved::year(y + signed as i32))
            } else {
                ctx.reference_year().and_then(|y| Resolved::year(y + signed as i32))
            }
        }
        "DE" => ctx.reference_year().and_then(|y| Resolved::year(y + 10 * signed as i32)),
        "CE" => ctx.reference_year().and_then(|y| Resolved::year(y + 100 * signed as i32)),
        // "just over an hour later": the clock time is unknown; the stretch is the timex.
        _ if unit.is_time && anchored_on_text => {
            let mut value = duration_value(Some(quantity), unit)?;
            value.end = caps.name("unit").map(|u| start + u.end());
            return Some(value);
        }
        _ => return None,
    };
    Some(value.unwrap_or_else(|| Resolved::new(TimexType::Date, if backward { "PAST_REF" } else { "FUTURE_REF" })).relative())
}

/// Whether "a year earlier" / "year-ago" in this (lower-cased) sentence means the quarter a
/// year before: yes beside a quarter (or, with `period`, a "period"), or in a quarterly report;
/// not in a sentence about a year-to-date stretch ("in the first nine months, net rose from a
/// year earlier"), which is compared with the year before.
fn compares_quarters(ctx: &Context<'_>, sentence: &str, period: bool) -> bool {
    let names_quarter = sentence.contains("quarter") || (period && sentence.contains("period"));
    if names_quarter {
        return true;
    }
    ctx.last_quarter.is_some() && !names_year_to_date(sentence)
}

/// A quarter named by its number earlier in the sentence ("America West reported third-quarter
/// profit rose from a year earlier").
static QUARTER_BY_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?-u:\b)(first|second|third|fourth)[- ](?:fiscal[- ])?quarter(?-u:\b)(?:\s+of\s+[0-9]{4})?").expect("valid"));

/// The quarter a "year ago" in the sentence from `sentence_start` to `start` compares with: the
/// first one the sentence names by number before it (with no year written), else the one the
/// report is about, else the last completed.
fn compared_quarter(ctx: &Context<'_>, sentence_start: usize, start: usize) -> Option<(i32, u32)> {
    let in_sentence = QUARTER_BY_NUMBER.captures(&ctx.text[sentence_start..start]).filter(|c| !c[0].ends_with(|ch: char| ch.is_ascii_digit()));
    if let (Some(caps), Some(reference)) = (in_sentence, ctx.reference_day()) {
        let q = lexicon::ordinal_number(&caps[1].to_ascii_lowercase())?;
        let year = if q > quarter_of(reference) { reference.year() - 1 } else { reference.year() };
        return Some((year, q));
    }
    ctx.last_quarter.or_else(|| ctx.reference_month().map(last_completed_quarter))
}

/// Whether a lower-cased sentence names a stretch from the year's start ("the first nine
/// months", "the first half", "year to date").
fn names_year_to_date(sentence: &str) -> bool {
    ["nine months", "six months", "first half", "year to date", "year-to-date"].iter().any(|w| sentence.contains(w))
}

/// The day told last, if it was told earlier in the sentence around `start..end`.
fn day_told_in_sentence(ctx: &Context<'_>, start: usize, end: usize) -> Option<NaiveDate> {
    ctx.last_day.filter(|_| ctx.last_day_end <= start && ctx.last_day_end > sentence_bounds(ctx.text, start, end).0)
}

/// Where the sentence around `start..end` starts, and where the sentence before it starts.
fn sentence_and_previous_start(text: &str, start: usize, end: usize) -> (usize, usize) {
    let (sentence_start, _) = sentence_bounds(text, start, end);
    let (previous_start, _) = sentence_bounds(text, sentence_start.saturating_sub(2), sentence_start.saturating_sub(2));
    (sentence_start, previous_start)
}

/// The decade of a "1980s" or "'80s" match.
fn decade_named(caps: &Captures<'_>) -> Option<i32> {
    match (group(caps, "decade"), group(caps, "short")) {
        (Some(d), _) => d.parse().ok(),
        (None, Some(s)) => Some(1900 + s.parse::<i32>().ok()?),
        _ => None,
    }
}

/// Whether "it's", "it is" or "today is" stands right before `start`.
fn names_the_present(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end();
    let tail = before.get(before.len().saturating_sub(8)..).unwrap_or(before).to_ascii_lowercase();
    ["it's", "it is", "today is"].iter().any(|c| tail.ends_with(c) && (tail.len() == c.len() || !tail.as_bytes()[tail.len() - c.len() - 1].is_ascii_alphanumeric()))
}

/// "one day" between a subject or modal and its verb ("will one day be", "he one day
/// returns"): the idiom for some future day, not a stretch of one day.
fn is_someday(text: &str, start: usize, end: usize) -> bool {
    let before = word_before(text, start).to_ascii_lowercase();
    let next_word = text[end..].trim_start().split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
    matches!(before.as_str(), "will" | "would" | "may" | "might" | "could" | "can" | "shall" | "should" | "he" | "she" | "they" | "we" | "i" | "you" | "it")
        && next_word.starts_with(|c: char| c.is_ascii_lowercase())
        && !matches!(next_word, "and" | "or" | "of" | "after" | "before" | "later" | "earlier" | "ago" | "in" | "on" | "at")
}

/// A capitalised "This Week" or "Today" inside a name, not at a sentence start: ABC's "This
/// Week" (quoted), "USA Today", "VOA Today" (after initials) are programmes and papers, not dates.
fn is_title_in_name(text: &str, start: usize, end: usize) -> bool {
    let span = &text[start..end];
    let all_capitalised = span.split_whitespace().all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()));
    if !all_capitalised || !span.contains(|c: char| c.is_ascii_lowercase()) {
        return false;
    }
    let before = text[..start].trim_end();
    let Some(last) = before.chars().last() else { return false };
    if matches!(last, '.' | '!' | '?' | ':') {
        return false;
    }
    let quoted = matches!(last, '"' | '`' | '\u{201c}') && span.contains(' ');
    // After an outlet's initials ("USA", "VOA", "BBC"), not after a headline word or a dateline.
    let initials = word_before(text, start);
    let after_name = (2..=4).contains(&initials.len()) && initials.bytes().all(|b| b.is_ascii_uppercase()) && before.ends_with(|c: char| c.is_ascii_alphabetic());
    quoted || after_name
}

/// Whether the sentence goes on in lower case just before byte `start` ("said on CBS's ''60"),
/// so that a capital after it is a name's, not the sentence's or a headline's.
fn in_running_text(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end_matches(|c: char| !c.is_alphanumeric() && !matches!(c, '.' | '!' | '?' | '\n'));
    before.ends_with(|c: char| c.is_lowercase())
}

/// The word just before byte `start` (letters only; "" at the start of the text).
fn word_before(text: &str, start: usize) -> &str {
    text[..start].trim_end().rsplit(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("")
}

/// Verbs that report speech: a day named before one dates the speaking, and "tomorrow" or
/// "yesterday" in what was said count from that day.
static REPORTING_VERB: LazyLock<Regex> = LazyLock::new(|| {
    word_regex(r"(?i)\b(?:said|says|told|confirmed|announced|stated|added|declared|noted|wrote|predicted|promised)\b").expect("reporting verbs")
});

/// "Misri said on Tuesday that the leaders would meet tomorrow": the day of the report, when a
/// day-precise date in the same sentence precedes a reporting verb that precedes `start`.
fn speech_day(ctx: &Context, start: usize) -> Option<NaiveDate> {
    let day = ctx.last_day?;
    let (sentence_start, _) = sentence_bounds(ctx.text, start, start);
    if ctx.last_day_end < sentence_start || ctx.last_day_end > start {
        return None;
    }
    let between = &ctx.text[ctx.last_day_end..start];
    // "Yesterday the minister said so; today he denied it": a new clause speaks for itself.
    (!between.contains(';') && REPORTING_VERB.is_match(between)).then_some(day)
}

/// "today's youth", "today's world", "many of today's computers": "today" as the present age.
fn speaks_of_nowadays(text: &str, start: usize, end: usize) -> bool {
    let rest = &text[end..];
    let Some(after) = rest.strip_prefix("'s").or_else(|| rest.strip_prefix("\u{2019}s")) else {
        return false;
    };
    let next_word = after.trim_start().split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("").to_ascii_lowercase();
    let before = text[..start].trim_end();
    let before = before.get(before.len().saturating_sub(8)..).unwrap_or("").to_ascii_lowercase();
    matches!(
        next_word.as_str(),
        "world" | "youth" | "society" | "generation" | "young" | "children" | "kids" | "teenagers" | "students" | "families" | "technology" | "standards" | "economy" | "culture"
    ) || ["many of", "most of", "some of", "all of", "much of"].iter().any(|w| before.ends_with(w))
}

fn last_completed_quarter(reference: NaiveDate) -> (i32, u32) {
    let index = reference.year() * 4 + quarter_of(reference) as i32 - 2;
    (index.div_euclid(4), index.rem_euclid(4) as u32 + 1)
}

fn quarter(caps: &Captures<'_>, start: usize, end: usize, ctx: &Context<'_>) -> Option<Resolved> {
    let q = match group(caps, "code") {
        Some(code) => code.parse().ok()?,
        None => match group(caps, "ord")?.to_ascii_lowercase().as_str() {
            "final" => 4,
            other => lexicon::ordinal_number(other)?,
        },
    };
    if !(1..=4).contains(&q) {
        return None;
    }
    let rel = group(caps, "rel").map(str::to_ascii_lowercase);
    let year = if let Some(y) = group(caps, "year").or_else(|| group(caps, "year0")) {
        Some(full_year(y)?)
    } else {
        ctx.reference_month().map(|r| {
            let mut year = r.year();
            if q > quarter_of(r) && direction_of(ctx, start, end) != Direction::Forward {
                year -= 1;
            }
            match rel.as_deref() {
                Some("year-ago" | "year-earlier") => year - 1,
                Some("last" | "previous") if q >= quarter_of(r) => year - 1,
                Some("next") if q <= quarter_of(r) => year + 1,
                _ => year,
            }
        })
    };
    Some(match year {
        Some(y) => Resolved::quarter(y, q).relative(),
        None => Resolved::new(TimexType::Date, format!("XXXX-Q{q}")),
    })
}

/// A quarter by ordinal, or the quarter the text is about, in a stated year ("the 1988 second
/// quarter", "the 1988 period", "this year's third quarter").
fn year_quarter(caps: &Captures<'_>, start: usize, end: usize, ctx: &Context<'_>) -> Option<Resolved> {
    let year = match (group(caps, "year"), group(caps, "rel")) {
        (Some(year), _) => full_year(year)?,
        (None, Some(rel)) => ctx.reference_year()? + relative_offset(rel),
        (None, None) => return None,
    };
    // "In the first nine months, net rose from the 1988 period": that year's stretch of the
    // same months, told by its year.
    let bare_period = group(caps, "unit").is_some_and(|u| u.eq_ignore_ascii_case("period")) && group(caps, "ord").is_none();
    if bare_period {
        let (s, e) = sentence_bounds(ctx.text, start, end);
        if names_year_to_date(&ctx.text[s..e].to_ascii_lowercase()) {
            return Resolved::year(year).map(Resolved::relative);
        }
    }
    let quarter = match group(caps, "ord").or_else(|| group(caps, "ord2")) {
        Some(ord) if ord.eq_ignore_ascii_case("final") => 4,
        Some(ord) => lexicon::ordinal_number(ord)?,
        None => ctx.last_quarter.or_else(|| ctx.reference_month().map(last_completed_quarter)).map(|(_, q)| q)?,
    };
    (1..=4).contains(&quarter).then(|| Resolved::quarter(year, quarter).relative())
}

fn named_period(caps: &Captures<'_>, end: usize, ctx: &Context<'_>) -> Option<Resolved> {
    let rel = group(caps, "rel").map(lexicon::normalize_spaces);
    let unit = group(caps, "unit")?.to_ascii_lowercase();
    // "the quarter-to-quarter comparison", "its quarter-century low": not a quarter.
    if ctx.text[end..].starts_with('-') {
        return None;
    }
    if unit == "period" && rel.is_none() && group(caps, "year_ago").is_none() {
        return None; // "the period" alone is too vague
    }
    let latest = ctx.reference_month().map(last_completed_quarter);
    // "the quarter" and "the latest period" are the one just named (a fiscal fourth quarter
    // reported in October); "the current quarter" is the last one completed.
    let base = match rel.as_deref() {
        Some("current") => latest,
        _ => ctx.last_quarter.or(latest),
    };
    let Some((year, q)) = base else {
        return Some(Resolved::new(TimexType::Date, "XXXX-QX"));
    };
    let (year, q) = match rel.as_deref() {
        Some("year ago" | "year earlier" | "comparable" | "comparable year ago" | "comparable year earlier" | "year before") => (year - 1, q),
        Some("previous" | "prior") => {
            let index = year * 4 + q as i32 - 2;
            (index.div_euclid(4), index.rem_euclid(4) as u32 + 1)
        }
        _ => (year, q),
    };
    // "the quarter a year ago", "the corresponding period last year": one expression.
    let year = if group(caps, "year_ago").is_some() { year - 1 } else { year };
    Some(Resolved::quarter(year, q).relative())
}

fn duration_value(quantity: Option<f64>, unit: &lexicon::Unit) -> Option<Resolved> {
    let prefix = if unit.is_time { "PT" } else { "P" };
    let Some(n) = quantity else {
        let letter = match unit.letter {
            "DE" | "CE" => "Y",
            "FN" => "W",
            l => l,
        };
        return Some(Resolved::new(TimexType::Duration, format!("{prefix}X{letter}")));
    };
    if !(0.0..1e7).contains(&n) {
        return None;
    }
    let whole = n.trunc() as u64;
    let fraction = n - n.trunc();
    let value = match unit.letter {
        "DE" => format!("P{}Y", (n * 10.0).round() as u64),
        "CE" => format!("P{}Y", (n * 100.0).round() as u64),
        "FN" => format!("P{}W", (n * 2.0).round() as u64),
        "WE" => format!("P{whole}WE"),
        letter if fraction > 0.0 => {
            // "2 1/2 years" = P2Y6M: the fraction in the next smaller unit.
            let (smaller, per) = match (letter, unit.is_time) {
                ("Y", false) => ("M", 12.0),
                ("M", false) => ("D", 30.0),
                ("W", false) => ("D", 7.0),
                ("D", false) => ("TH", 24.0),
                ("H", true) => ("M", 60.0),
                ("M", true) => ("S", 60.0),
                _ => ("", 0.0),
            };
            let part = (fraction * per).round() as u64;
            if smaller.is_empty() || part == 0 {
                format!("{prefix}{whole}{letter}")
            } else if whole == 0 {
                format!("{prefix}{part}{}", smaller.trim_start_matches('T'))
            } else {
                format!("{prefix}{whole}{letter}{part}{smaller}")
            }
        }
        letter => format!("{prefix}{whole}{letter}"),
    };
    Some(Resolved::new(TimexType::Duration, value))
}

/// "$500 million a year", "700 seats a week": "a <unit>" after an amount is how often, a set.
fn is_rate(caps: &Captures<'_>, start: usize, ctx: &Context<'_>) -> bool {
    let whole = caps.get(0).map_or("", |m| m.as_str());
    let lone_article = group(caps, "num").is_some_and(|n| n.eq_ignore_ascii_case("a") || n.eq_ignore_ascii_case("an"));
    // "a month-long tour" is no rate; nor is an amount ending the sentence before ("in 2000. A
    // month later").
    let adjective = whole.ends_with("-long") || whole.ends_with("-old");
    if !lone_article || adjective || whole.len() > 12 || group(caps, "the").is_some() || group(caps, "dir").is_some() || group(caps, "approx").is_some() {
        return false;
    }
    let is_amount = |w: &str| {
        !w.ends_with('.') && w.starts_with(|c: char| c.is_ascii_digit() || c == '$')
            || ["thousand", "million", "billion", "hundred", "dozen"].iter().any(|m| w.eq_ignore_ascii_case(m))
            || lexicon::parse_number_words(&w.to_ascii_lowercase()).is_some_and(|n| n > 1)
    };
    let mut words_before = ctx.text[..start].split_ascii_whitespace().rev();
    match (words_before.next(), words_before.next()) {
        (Some(last), _) if is_amount(last.trim_end_matches(',')) => true,
        // "seats a week": a plural noun counted just before.
        (Some(noun), Some(count)) => noun.ends_with('s') && noun.chars().all(|c| c.is_ascii_alphabetic()) && is_amount(count),
        _ => false,
    }
}

fn duration(caps: &Captures<'_>, end: usize, ctx: &Context<'_>) -> Option<Resolved> {
    let unit_word = group(caps, "unit")?;
    let unit = lexicon::unit_of(unit_word)?;
    // "a 6-year-old boy", "52 years old": an age, not a stretch of time.
    let after = ctx.text[end..].trim_start_matches([' ', '-']);
    let is_age = caps.get(0).is_some_and(|w| w.as_str().to_ascii_lowercase().ends_with("-old"))
        || (after.len() >= 3 && after.is_char_boundary(3) && after[..3].eq_ignore_ascii_case("old") && !after[3..].starts_with(|c: char| c.is_ascii_alphanumeric()));
    if is_age {
        return None;
    }
    // "a year-earlier loss", "at year-end": another expression holds the unit.
    if ctx.text[end..].starts_with(['-']) && ctx.text[end + 1..].starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let num_text = group(caps, "num")?;
    let num_words = lexicon::normalize_spaces(num_text);
    // "three-quarters of the vote" is a fraction; "several quarters of losses" is not.
    let vague = lexicon::VAGUE_QUANTITIES.iter().any(|v| lexicon::normalize_spaces(v) == num_words);
    if unit.letter == "Q" && !vague && ctx.text[end..].trim_start().starts_with("of ") {
        return None;
    }
    // "a second round", "one second": ordinal "second" is more common than the time unit.
    if unit.word == "second" && matches!(num_words.as_str(), "a" | "the" | "one") {
        return None;
    }
    let mut quantity = lexicon::parse_quantity(num_text)?;
    if group(caps, "half").is_some() {
        quantity = quantity.map(|q| q + 0.5);
    }
    duration_value(quantity, unit)
}

fn season(caps: &Captures<'_>, ctx: &Context<'_>) -> Option<Resolved> {
    let (code, index) = lexicon::season(group(caps, "season")?)?;
    let rel = group(caps, "rel").map(lexicon::normalize_spaces);
    let explicit_year = group(caps, "year").or_else(|| group(caps, "year2")).and_then(full_year);
    if explicit_year.is_none() && rel.is_none() && group(caps, "the").is_none() && group(caps, "mod").is_none() {
        return None; // "spring", "fall" alone are too often other words
    }
    let year = explicit_year.or_else(|| {
        let r = ctx.reference_month()?;
        // Winter spans New Year: January and February belong to the previous year's winter.
        let (season_year, current) = match r.month() {
            3..=5 => (r.year(), 1),
            6..=8 => (r.year(), 2),
            9..=11 => (r.year(), 3),
            12 => (r.year(), 4),
            _ => (r.year() - 1, 4),
        };
        Some(match rel.as_deref().map(relative_offset) {
            Some(-1) if index >= current => season_year - 1,
            Some(-1) => season_year,
            Some(1) if index <= current => season_year + 1,
            Some(1) => season_year,
            _ => r.year(),
        })
    });
    Some(match year {
        Some(y) => Resolved::new(TimexType::Date, format!("{y:04}-{code}")).relative(),
        None => Resolved::new(TimexType::Date, format!("XXXX-{code}")),
    })
}

/// A decade as `TimeML` writes it: its first three digits (`199` for the 1990s).
fn decade_value(decade: i32) -> Option<Resolved> {
    if decade % 10 != 0 {
        return None;
    }
    Some(Resolved::new(TimexType::Date, format!("{:03}", decade / 10)))
}

fn year(caps: &Captures<'_>, start: usize, end: usize, ctx: &Context<'_>) -> Option<Resolved> {
    if let Some(spoken) = group(caps, "spoken").or_else(|| group(caps, "spoken2")) {
        return Resolved::year(lexicon::spoken_year(spoken)?);
    }
    let year: i32 = group(caps, "year")?.parse().ok()?;
    let year_start = caps.name("year").map_or(start, |m| start + m.start());
    // Money, percentages, counts and decimals are not years.
    let before = ctx.text[..year_start].trim_end_matches(' ');
    // "31/31/2024": part of a broken numeric date.
    if before.ends_with(['/', '-']) && before[..before.len() - 1].ends_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // "1,995" and "3.1995" are numbers; "1994, 1995 and 1997" is a list of years.
    let unspaced = &ctx.text[..year_start];
    if before.ends_with(['$', '€', '£', '#', '¥']) || before.ends_with("No.") || unspaced.ends_with([',', '.']) && unspaced[..unspaced.len() - 1].ends_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let after = &ctx.text[end..];
    if after.starts_with(['%', '.', ',']) && after[1..].starts_with(|c: char| c.is_ascii_digit()) || after.trim_start().starts_with('%') || after.starts_with(['-', '/', ':']) && after[1..].starts_with(|c: char| c.is_ascii_digit()) && !after[1..].starts_with(['0', '1', '2', '9']) {
        return None;
    }
    let next_word: String = after.trim_start().chars().take_while(char::is_ascii_alphabetic).collect::<String>().to_ascii_lowercase();
    if matches!(next_word.as_str(), "percent" | "people" | "shares" | "troops" | "tons" | "tonnes" | "km" | "kilometers" | "miles" | "meters" | "feet" | "units" | "points" | "employees" | "workers" | "jobs" | "students" | "cars" | "members" | "dollars" | "yuan" | "rubles" | "won" | "yen") {
        return None;
    }
    if let Some(reference_year) = ctx.reference_year() {
        if year > reference_year + 50 {
            return None;
        }
    }
    Resolved::year(year)
}

fn month_value(month: u32, rel: Option<&str>, start: usize, end: usize, ctx: &Context<'_>) -> Option<Resolved> {
    let rel = rel.map(lexicon::normalize_spaces);
    if let (None, Some(year)) = (&rel, ctx.timeline_year(start)) {
        return Some(Resolved::month(year, month)?.relative());
    }
    let year = match ctx.reference {
        None => return Some(Resolved::new(TimexType::Date, format!("XXXX-{month:02}")).relative()),
        Some(r) if r.precision == Precision::Year => r.date.year(),
        Some(r) => {
            let current = r.date.month();
            match rel.as_deref() {
                // "last February" in March is a year ago: the month just gone is "last month".
                Some("last" | "past" | "this past") => if month + 1 < current { r.date.year() } else { r.date.year() - 1 },
                Some("next" | "coming") => if month > current { r.date.year() } else { r.date.year() + 1 },
                Some("this") => r.date.year(),
                _ => resolve_month(month, r.date, direction_of(ctx, start, end))?,
            }
        }
    };
    Some(Resolved::month(year, month)?.relative())
}

fn set(caps: &Captures<'_>) -> Option<Resolved> {
    if let Some(word) = group(caps, "word") {
        let word = word.to_ascii_lowercase();
        let value = lexicon::FREQUENCY_WORDS.iter().find(|(w, _)| *w == word).map(|&(_, v)| v)?;
        return Some(Resolved::new(TimexType::Set, value));
    }
    if let Some(unit) = group(caps, "unit").and_then(lexicon::unit_of) {
        return Some(Resolved::new(TimexType::Set, format!("P1{}", unit.letter)));
    }
    if let Some(weekday) = group(caps, "weekday").and_then(lexicon::weekday_number) {
        return Some(Resolved::new(TimexType::Set, format!("XXXX-WXX-{weekday}")));
    }
    // "on Mondays", "Friday nights" (plural): every such day.
    if let Some(days) = group(caps, "weekdays") {
        let weekday = lexicon::weekday_number(days)?;
        let part = group(caps, "pods").and_then(|p| lexicon::part_of_day_code(p.trim_end_matches(['s', 'S'])));
        return Some(Resolved::new(TimexType::Set, format!("XXXX-WXX-{weekday}{}", part.map(|c| format!("T{c}")).unwrap_or_default())));
    }
    // "every night", "each morning": that part of every day.
    if let Some(code) = group(caps, "pod").and_then(lexicon::part_of_day_code) {
        return Some(Resolved::new(TimexType::Set, format!("XXXX-XX-XXT{code}")));
    }
    // "every January 25": that day of every year.
    let month = lexicon::month_number(group(caps, "month")?)?;
    Some(Resolved::new(TimexType::Set, match number(caps, "day") {
        Some(day) if NaiveDate::from_ymd_opt(2000, month, day).is_some() => format!("XXXX-{month:02}-{day:02}"),
        Some(_) => return None,
        None => format!("XXXX-{month:02}"),
    }))
}
