//! The date engine: temporal expressions (TIMEX3) found in text and resolved against a
//! reference date, publication dates from headers and datelines, and anchor dates inferred
//! from texts that carry none.
//!
//! Contract used by the rest of the crate (keep these signatures):
//! - [`find_timexes`]: every temporal expression in `text`, resolved against `reference`.
//! - [`publication_date`]: the document's own publication date, from a header or dateline.
//! - [`infer_anchor`]: for texts with no publication date, the writing date the text implies.
//!
//! Offsets in this module are **byte** offsets into the text; conversion to code points happens
//! at the output boundary.

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;
use serde::{Deserialize, Serialize};

use crate::model::{DateSource, Precision};

mod anchor;
mod jsonl;
mod lexicon;
mod normalize;
mod patterns;
mod publication;
mod resolve;

pub use jsonl::{byte_to_char_offsets, timex_jsonl_line, TimexJsonError};
pub(crate) use lexicon::{is_month_or_weekday, month_number, weekday_number, NUMBER_WORDS};
pub(crate) use resolve::{first_of_month_shifted, is_past_word};
pub(crate) use lexicon::parse_quantity;
pub use resolve::{resolve_month, resolve_month_day, resolve_weekday, tense_direction, Direction};

/// TIMEX3 types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

impl TimexType {
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// One temporal expression.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Timex {
    /// Byte span in the text.
    pub start: usize,
    pub end: usize,
    pub kind: TimexType,
    /// The TIMEX3 value: `2024-06-20`, `2024-06`, `2024-W25`, `XXXX-01-14`, `P3D`, `PRESENT_REF`, ...
    pub value: String,
    /// The calendar date the expression denotes (first day at coarser precision), when it
    /// denotes a calendar date, week, month, quarter or year at all.
    pub date: Option<NaiveDate>,
    /// The last day of a stated range ("June 19 and 20", "from 19 to 21 June").
    pub date_end: Option<NaiveDate>,
    pub precision: Option<Precision>,
    /// True when the value depends on the reference date (weekdays, "yesterday", "January 14").
    pub relative: bool,
}

impl Timex {
    /// The month and day of a year-less date found without a reference ("on April 30":
    /// `XXXX-04-30`).
    pub(crate) fn year_less_month_day(&self) -> Option<(u32, u32)> {
        if !self.relative || self.date.is_some() {
            return None;
        }
        let (m, d) = self.value.strip_prefix("XXXX-")?.split_once('-')?;
        Some((m.parse().ok()?, d.get(..2)?.parse().ok()?))
    }
}

/// A document's publication date and where it was found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PublicationDate {
    pub date: NaiveDate,
    pub source: DateSource,
    /// Byte span of the header or dateline expression.
    pub start: usize,
    pub end: usize,
}

/// A writing date inferred from a text that has no publication date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Anchor {
    pub date: NaiveDate,
    /// `Day` for a full caption date, `Year` when only the year is known
    /// (then `date` is January 1 and month-day expressions take that year).
    pub precision: Precision,
    /// From 0 to 1.
    pub confidence: f32,
    /// Human-readable reason ("photo caption date June 20, 2024").
    pub reason: String,
}

/// Years the world knows that date a text: the base years of named anniversaries ("the 75th
/// anniversary of diplomatic relations") and the years of numbered gatherings ("the third Belt
/// and Road Forum"). Implemented by the knowledge base.
pub trait YearKnowledge {
    /// The base year of the thing whose anniversary `phrase` names (the words after
    /// "anniversary of"), if known.
    fn base_year(&self, phrase: &str) -> Option<i32>;

    /// The year of the `edition`-th gathering that `phrase` begins by naming (the words after
    /// the ordinal), if known.
    fn edition_year(&self, _phrase: &str, _edition: u32) -> Option<i32> {
        None
    }
}

/// No knowledge of years.
impl YearKnowledge for () {
    fn base_year(&self, _phrase: &str) -> Option<i32> {
        None
    }
}

/// Every temporal expression in `text`, in text order, resolved against `reference` when given.
pub fn find_timexes(text: &str, reference: Option<NaiveDate>) -> Vec<Timex> {
    find_timexes_with(text, reference.map(Reference::day))
}

/// The publication date the text states in a header or dateline, if any.
pub fn publication_date(text: &str) -> Option<PublicationDate> {
    publication::publication_date(text)
}

/// The writing date implied by a text without a publication date.
pub fn infer_anchor(text: &str, anniversaries: &dyn YearKnowledge) -> Option<Anchor> {
    anchor::infer_anchor(text, anniversaries)
}

/// A reference date and how precisely it is known. With `Year` precision ("written in 2025"),
/// "January 14" and "this year" resolve but "Tuesday" and "yesterday" stay underspecified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reference {
    pub date: NaiveDate,
    pub precision: Precision,
    /// The text was written on this day or later (an anchor inferred from a caption or the
    /// latest date told): a weekday told in the past may then fall after it.
    #[serde(default)]
    pub lower_bound: bool,
}

impl Reference {
    /// A reference known to the day (a publication date).
    pub fn day(date: NaiveDate) -> Self {
        Reference { date, precision: Precision::Day, lower_bound: false }
    }

    /// A reference known only to its year.
    pub fn year(year: i32) -> Option<Self> {
        Some(Reference { date: NaiveDate::from_ymd_opt(year, 1, 1)?, precision: Precision::Year, lower_bound: false })
    }
}

impl From<&Anchor> for Reference {
    fn from(anchor: &Anchor) -> Self {
        Reference { date: anchor.date, precision: anchor.precision, lower_bound: anchor.precision == Precision::Day }
    }
}

/// [`find_timexes`] with a reference of any precision (an inferred [`Anchor`] of year
/// precision, say).
pub fn find_timexes_with(text: &str, reference: Option<Reference>) -> Vec<Timex> {
    let rules = &*patterns::RULE_SET;
    let mut context = normalize::Context {
        text,
        reference,
        day_first: std::cell::OnceCell::new(),
        last_day: None,
        last_day_end: 0,
        last_quarter: None,
        last_range: std::cell::Cell::new(None),
        last_year: None,
        last_dated_year: None,
        last_bare_year: None,
        last_month: None,
        paragraph_year: None,
        last_point_day: None,
        last_day_is_bound: false,
    };
    let mut timexes = Vec::new();
    let mut position = 0;
    let mut point_before_range = None;
    while position < text.len() {
        let Some(found) = rules.combined.search(&regex_automata::Input::new(text).range(position..)) else { break };
        let span = found.range();
        let timex = match found.pattern().as_usize() {
            index if !span.is_empty() => rules.single[index]
                .captures(&text[span.clone()])
                .and_then(|rule_captures| normalize::normalize(patterns::RULES[index].0, &rule_captures, span.start, span.end, &context))
                .map(|timex| (patterns::RULES[index].0, timex)),
            _ => None,
        };
        match timex {
            Some((kind, timex)) => {
                // "The two presidents last spoke by phone on September 16": an earlier contact
                // recalled; the story's days go on from the day told before it.
                if timex.precision == Some(Precision::Day) && !recalls_last_contact(&text[crate::text::floor_boundary(text, timex.start.saturating_sub(LAST_CONTACT_REACH))..timex.start]) {
                    // "from 29 November to 2 December": the end of a stay is no day of an event
                    // that "the previous day" could count from.
                    let gap = text.get(context.last_day_end..timex.start).unwrap_or("").trim();
                    let closes_range = context.last_day.is_some() && matches!(gap, "to" | "until" | "till" | "-" | "\u{2013}" | "and" | "through");
                    // ("a visit that lasted until Sunday": so is a day something lasts until.)
                    let bound = matches!(crate::text::last_word(&text[..timex.start]), "until" | "till");
                    context.last_day_is_bound = bound;
                    if closes_range {
                        // Its first day was no single day either.
                        context.last_point_day = point_before_range;
                    } else if timex.date_end.is_none() && !bound {
                        point_before_range = context.last_point_day;
                        context.last_point_day = timex.date;
                    }
                    context.last_day = timex.date;
                    context.last_day_end = timex.end;
                    if let (Some(first), Some(last)) = (timex.date, timex.date_end) {
                        context.last_range.set(Some((first, last)));
                    }
                }
                if let (Some(Precision::Month), Some(date)) = (timex.precision, timex.date) {
                    context.last_month = Some((date, timex.end));
                }
                // "2001 - President Luong visits Seoul in August.": a year opening a line of a
                // timeline dates the months and days of its paragraph.
                if let (Some(Precision::Year), Some(date), false) = (timex.precision, timex.date, timex.relative) {
                    let line_start = text[..timex.start].rfind('\n').map_or(0, |i| i + 1);
                    let opens_line = text[line_start..timex.start].trim().is_empty();
                    let labels = text[timex.end..].trim_start_matches(' ').starts_with(['-', '\u{2013}', '\u{2014}', ':']);
                    if opens_line && labels {
                        context.paragraph_year = Some((chrono::Datelike::year(&date), timex.end));
                    }
                }
                // "in May last year ... in October of the same year": a relative year or month
                // names a year too.
                let names_year = !timex.relative || matches!(timex.precision, Some(Precision::Year | Precision::Month));
                if names_year {
                    if let Some(date) = timex.date {
                        context.last_year = Some(chrono::Datelike::year(&date));
                        if matches!(timex.precision, Some(Precision::Day | Precision::Month)) {
                            context.last_dated_year = context.last_year;
                        }
                        if !timex.relative && timex.precision == Some(Precision::Year) {
                            context.last_bare_year = context.last_year.map(|y| (y, timex.end));
                        }
                    }
                }
                // Only a quarter named by its number is one that "the quarter" can refer back to,
                // and it is the first one: a results report names the quarter it is about first,
                // and "the quarter", "the latest period", "a year ago" keep meaning that one
                // after other quarters are mentioned in passing ("a fourth-quarter charge"). A
                // quarter with its year written out ("the third quarter of 1984") is history.
                let by_number = matches!(kind, patterns::RuleKind::Quarter | patterns::RuleKind::QuarterCode);
                if let (true, Some(quarter), None) = (by_number, quarter_of_value(&timex.value), context.last_quarter) {
                    let names_year = text.as_bytes()[timex.start..timex.end].windows(4).any(|w| w.iter().all(u8::is_ascii_digit));
                    if !names_year {
                        context.last_quarter = Some(quarter);
                    }
                }
                position = timex.end;
                timexes.push(timex);
            }
            None => {
                // Rejected: go on from the next character, where another rule may match.
                position = span.start + text[span.start..].chars().next().map_or(1, char::len_utf8);
            }
        }
    }
    timexes
}

/// `(1998, 3)` for `1998-Q3`.
fn quarter_of_value(value: &str) -> Option<(i32, u32)> {
    let (year, quarter) = value.split_once("-Q")?;
    Some((year.parse().ok()?, quarter.parse().ok()?))
}

/// Whether `a/b/yyyy` dates in this text are day first: yes if any has a first number above 12,
/// no if any has a second number above 12, else day first (the common order outside the US).
pub(crate) fn numeric_dates_read_day_first(text: &str) -> bool {
    static NUMERIC_DATE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?-u:\b)([0-9]{1,2})[/.-]([0-9]{1,2})[/.-](?:[0-9]{4}|[0-9]{2})(?-u:\b)").expect("valid")
    });
    if !text.contains('/') && !text.contains('.') && !text.contains('-') {
        return true;
    }
    for caps in NUMERIC_DATE.captures_iter(text) {
        let a: u32 = caps[1].parse().unwrap_or(0);
        let b: u32 = caps[2].parse().unwrap_or(0);
        if a > 12 && b <= 12 {
            return true;
        }
        if b > 12 && a <= 12 {
            return false;
        }
    }
    true
}

/// How far before a date "last spoke"/"last met" may stand to make it a recalled contact.
const LAST_CONTACT_REACH: usize = 60;

/// Whether the clause before a date recalls the last contact ("last spoke by phone on", "last
/// met in Moscow on").
fn recalls_last_contact(before: &str) -> bool {
    static LAST_CONTACT: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::word_regex(r"\blast (?:spoke|met|talked|saw|visited|held|had|called)\b[^.;,]*$").expect("last-contact pattern")
    });
    before.contains("last ") && LAST_CONTACT.is_match(before)
}
