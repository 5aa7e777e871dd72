//! The writing date of a text that states no publication date, inferred from evidence in the
//! text, strongest first:
//! 1. a full date in a photo caption ("in Hanoi, June 20, 2024. Photo: ...") or confirmed by its
//!    weekday ("Wednesday (15/6/2022)"): day precision;
//! 2. an anniversary celebrated "this year" whose base year is known ("the 30th anniversary of
//!    the 1994 treaty this year", "signed in 2001, turns twenty this year"): year precision;
//! 3. an anniversary with a known base year and no stated year;
//! 4. an anniversary whose year is stated ("the 75th anniversary ... in 2025");
//! 5. the most recent explicit year mentioned, capped by future statements ("In 2018, X will
//!    assume ..." was written before 2018), or the year of a numbered gathering the text names
//!    ("the third Belt and Road Forum", 2023) when that is later.

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use regex::Regex;

use super::resolve::sentence_bounds;
use super::{find_timexes_with, lexicon, Anchor, YearKnowledge, Timex};
use crate::model::Precision;
use crate::text::{floor_boundary, last_word};

/// How long a line that opens with "Photo:" may run before its date.
const CAPTION_LINE: usize = 300;

/// Words after a caption date that mark a photo caption.
const CAPTION_MARKERS: &[&str] = &["photo", "(photo", "photo:", "vna", "reuters", "afp", "ap", "xinhua", "tass", "sputnik", "(vna)", "(photo:", "photos", "image"];

/// Words before an anniversary that say it lies ahead of the writing date.
const AHEAD_MARKERS: &[&str] = &["leadup", "lead-up", "run-up", "threshold", "ahead", "toward", "towards", "approaching", "upcoming", "prepare", "preparing", "preparation", "will", "coming"];

static ANNIVERSARY: LazyLock<Regex> = LazyLock::new(|| {
    let ordinals: Vec<&str> = lexicon::ORDINAL_WORDS.iter().map(|o| o.0).collect();
    Regex::new(&format!(
        r"(?i)(?-u:\b)(?:(?P<ord>[0-9]{{1,3}}(?:st|nd|rd|th)|{})\s+anniversary|(?P<hundredth>centenary|centennial))\s+of\s+(?P<phrase>[^.;!?\n]{{0,220}})",
        ordinals.join("|")
    ))
    .expect("valid")
});

/// Where the name in "the Nth anniversary of NAME ..." ends.
static ANNIVERSARY_TAIL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"this year| in (?:1[6-9]|20)[0-9]{2}(?-u:\b)| next year| last year|,").expect("valid"));

/// "in 2017, seven years ago", "seven years ago, in 2017", and in the present of the news "the
/// upgrade comes eleven years after Putin's first visit, in March 2001", "their first meeting in
/// four years, since his trip in October 2019".
static YEARS_AGO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:(?P<y1>(?:1[6-9]|20)[0-9]{2}),?\s+(?P<n1>[0-9]{1,3}|[a-z]+(?:[ -][a-z]+)?)\s+years\s+ago|(?P<n2>[0-9]{1,3}|[a-z]+(?:[ -][a-z]+)?)\s+years\s+ago,?\s+in\s+(?P<y2>(?:1[6-9]|20)[0-9]{2})|(?:comes|falls|arrives)\s+(?:just\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?(?P<n3>[0-9]{1,3}|[a-z]+(?:[ -][a-z]+)?)\s+years\s+after\s+[^.;!?\n]{0,120}?(?-u:\b)in\s+(?:[a-z]+\s+)?(?P<y3>(?:1[6-9]|20)[0-9]{2})|first\s+[^.;!?\n]{0,60}?(?-u:\b)in\s+(?P<n4>[0-9]{1,3}|[a-z]+(?:[ -][a-z]+)?)\s+years,?\s+since\s+[^.;!?\n]{0,80}?(?-u:\b)in\s+(?:[a-z]+\s+)?(?P<y4>(?:1[6-9]|20)[0-9]{2}))(?-u:\b)")
        .expect("valid")
});

/// "The declaration, signed in 2001, turns twenty this year"; "... is 30 years old this year".
static TURNS_THIS_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?P<year>(?:1[6-9]|20)[0-9]{2})(?-u:\b)[^.;!?\n]{0,120}?(?-u:\b)(?:(?:turns|becomes)\s+(?P<n1>[0-9]{1,3}|[a-z]+(?:[ -][a-z]+)?)(?:\s+years(?:\s+old)?)?|is\s+(?P<n2>[0-9]{1,3}|[a-z]+(?:[ -][a-z]+)?)\s+years\s+old)\s+this\s+year(?-u:\b)")
        .expect("valid")
});

/// "to mark twenty years of dialogue partnership, which began in 1996"; "prepare to celebrate,
/// in January next year, 75 years since they established relations in 1950".
static YEARS_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:mark(?:s|ed|ing)?|celebrat(?:e|es|ed|ing)|commemorat(?:e|es|ed|ing))(?:\s*,[^,.;]{1,40},)?\s+(?:the\s+)?(?:(?P<n>[0-9]{1,3}|[a-z]+(?:[ -][a-z]+)?)\s+years|(?P<span>a quarter of a century|three quarters of a century|half a century|a century|a decade|two decades|three decades))\s+(?:of|since)\s+(?P<phrase>[^.;!?\n]{0,200})")
        .expect("valid")
});

/// "the third Belt and Road Forum", "the 16th BRICS summit": an ordinal before a capitalised
/// name; "the 24th session of the intergovernmental committee on ...": before the session of a
/// body.
static EDITION: LazyLock<Regex> = LazyLock::new(|| {
    let ordinals: Vec<&str> = lexicon::ORDINAL_WORDS.iter().map(|o| o.0).collect();
    Regex::new(&format!(
        r"(?i:(?-u:\b)(?P<ord>[0-9]{{1,3}}(?:st|nd|rd|th)|{}))\s+(?:(?P<name>[A-Z][\w.-]*(?:\s+(?:[A-Z0-9][\w.'\u{{2019}}-]*|and|of|for|the|on|summit|forum|conference)){{0,8}})|(?i:session|meeting)\s+of\s+(?:the\s+)?(?P<body>[\w.-]+(?:,?\s+[\w.'\u{{2019}}-]+){{0,10}}))",
        ordinals.join("|")
    ))
    .expect("valid")
});

/// ", established on October 7, 1960": when the thing an anniversary counts from began; ",
/// where Soviet and Mongolian troops defeated Japanese forces in the summer of 1939": when it
/// happened.
static ESTABLISHED_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^,\s+(?:(?:which\s+(?:was|were)\s+)?(?:established|signed|founded|set up|formed|launched|opened|concluded)\b[^,;]{0,30}?(?:,\s*)?|(?:where|when|in which)\s+[^,;]{0,90}?(?-u:\b)(?:in|of)\s+)(?-u:\b)(1[6-9][0-9]{2}|20[0-9]{2})(?-u:\b)").expect("valid")
});

static YEAR_IN_PHRASE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?-u:\b)(1[6-9][0-9]{2}|20[0-9]{2})(?-u:\b)").expect("valid"));

static FUTURE_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:in|by|from|around|after|until|before|about|circa)\s+(?P<year>1[6-9][0-9]{2}|20[0-9]{2})(?-u:\b)").expect("valid")
});

pub(crate) fn infer_anchor(text: &str, anniversaries: &dyn YearKnowledge) -> Option<Anchor> {
    let timexes = find_timexes_with(text, None);
    caption_date(text, &timexes)
        .or_else(|| years_ago(text))
        .or_else(|| turns_this_year(text))
        .or_else(|| anniversary_anchor(text, anniversaries))
        .or_else(|| later_of(latest_year(text, &timexes), edition_anchor(text, anniversaries)))
        .map(|anchor| dateline_day(text, &timexes, anchor))
        .map(|anchor| weekday_confirmed_day(text, &timexes, anchor))
}

fn year_anchor(year: i32, confidence: f32, reason: String) -> Option<Anchor> {
    Some(Anchor { date: NaiveDate::from_ymd_opt(year, 1, 1)?, precision: Precision::Year, confidence, reason })
}

/// The latest explicit full date that a photo caption or a matching weekday vouches for.
fn caption_date(text: &str, timexes: &[Timex]) -> Option<Anchor> {
    let mut best: Option<(NaiveDate, String)> = None;
    for timex in timexes {
        let (Some(date), Some(Precision::Day), false) = (timex.date, timex.precision, timex.relative) else { continue };
        let after: String = text[timex.end..].chars().take(40).collect::<String>().to_lowercase();
        let after_words: Vec<&str> = after.split(|c: char| c.is_whitespace() || c == '.' || c == ',' || c == '-' || c == '—').filter(|w| !w.is_empty()).take(3).collect();
        // Archive pictures carry old dates.
        if after.contains("file photo") || after.contains("archive") {
            continue;
        }
        // ("Photo: Presidents Quang and Putin before their talks in Da Nang, November 10, 2017.")
        let line = &text[text[..timex.start].rfind('\n').map_or(0, |i| i + 1)..timex.start];
        let caption_line = line.len() <= CAPTION_LINE && ["photo:", "photo -", "(photo", "caption:"].iter().any(|m| line.trim_start().to_ascii_lowercase().starts_with(m));
        let captioned = caption_line || after_words.iter().any(|w| CAPTION_MARKERS.contains(w));
        let before: String = text[..timex.start].chars().rev().take(14).collect::<String>().chars().rev().collect();
        let weekday_confirmed = before
            .split(|c: char| !c.is_alphabetic())
            .rfind(|w| !w.is_empty())
            .and_then(lexicon::weekday_number)
            .is_some_and(|w| w == date.weekday().number_from_monday());
        if !(captioned || weekday_confirmed) {
            continue;
        }
        let why = if captioned { "photo caption date" } else { "date confirmed by its weekday" };
        if best.as_ref().is_none_or(|(d, _)| date > *d) {
            best = Some((date, format!("{why} {}", &text[timex.start..timex.end])));
        }
    }
    best.map(|(date, reason)| Anchor { date, precision: Precision::Day, confidence: 0.9, reason })
}

/// Evidence from "the Nth anniversary of ..." phrases.
fn anniversary_anchor(text: &str, anniversaries: &dyn YearKnowledge) -> Option<Anchor> {
    let mut this_year: Option<(i32, String)> = None;
    let mut known_base: Option<(i32, String)> = None;
    let mut stated: Option<(i32, String)> = None;
    for caps in ANNIVERSARY.captures_iter(text) {
        let whole = caps.get(0).expect("group 0");
        // "the centenary of the October Revolution": its hundredth anniversary.
        let ord = caps.name("ord").or_else(|| caps.name("hundredth")).map_or("", |m| m.as_str());
        let hundredth = caps.name("hundredth").is_some();
        let Some(n) = (if hundredth { Some(100) } else { lexicon::ordinal_number(ord).map(|n| n as i32) }) else { continue };
        let raw_phrase = &caps["phrase"];
        // The phrase ends where the next anniversary begins.
        let phrase = match raw_phrase.to_ascii_lowercase().find(" anniversary") {
            Some(i) => &raw_phrase[..i],
            None => raw_phrase,
        };
        let lower = phrase.to_ascii_lowercase();
        // "of victory in the Great Patriotic War" names the thing; "... in 2025" dates it.
        let (name, tail) = match ANNIVERSARY_TAIL.find(&lower).map(|m| m.start()) {
            Some(i) => (&phrase[..i], &lower[i..]),
            None => (phrase, ""),
        };
        let name = name.trim();
        // "... of diplomatic relations, established on October 7, 1960": the base year told
        // after the name.
        let base = YEAR_IN_PHRASE
            .captures(name)
            .and_then(|c| c[1].parse::<i32>().ok())
            .or_else(|| ESTABLISHED_IN.captures(tail).and_then(|c| c[1].parse::<i32>().ok()))
            .or_else(|| anniversaries.base_year(name));
        let celebrated_year = base.map(|b| b + n);
        if tail.starts_with("this year") {
            if let Some(year) = celebrated_year {
                this_year.get_or_insert((year, format!("the {ord} anniversary of {name} is this year")));
            }
            continue;
        }
        let stated_year = tail
            .strip_prefix(" in ")
            .and_then(|rest| YEAR_IN_PHRASE.captures(rest.get(..4).unwrap_or(rest)))
            .and_then(|c| c[1].parse::<i32>().ok());
        if let Some(year) = stated_year {
            let (s, _) = sentence_bounds(text, whole.start(), whole.end());
            let before = text[s..whole.start()].to_ascii_lowercase();
            let ahead = AHEAD_MARKERS.iter().any(|m| before.contains(m));
            let why = if ahead { "lies ahead in" } else { "is in" };
            stated.get_or_insert((year, format!("the {ord} anniversary {why} {year}")));
        } else if let Some(year) = celebrated_year {
            // "celebrations in Moscow next year marking the 70th anniversary": written the year
            // before the one celebrated.
            let (s, _) = sentence_bounds(text, whole.start(), whole.end());
            let before = text[s..whole.start()].to_ascii_lowercase();
            let base = year - n;
            let (year, when) = if before.contains("next year") {
                (year - 1, ", next year")
            } else if before.contains("last year") {
                (year + 1, ", last year")
            } else {
                (year, "")
            };
            known_base.get_or_insert((year, format!("the {ord} anniversary of {name} ({base}){when}")));
        }
    }
    if let Some((year, reason)) = this_year {
        return year_anchor(year, 0.85, reason);
    }
    if let Some((year, reason)) = years_marked(text, anniversaries) {
        return year_anchor(year, 0.6, reason);
    }
    if let Some((year, reason)) = known_base {
        return year_anchor(year, 0.6, reason);
    }
    stated.and_then(|(year, reason)| year_anchor(year, 0.5, reason))
}

/// The year of the first numbered gathering the text names that the knowledge base dates; a
/// text reports a gathering in its year (it may be written later, which a later explicit year
/// then shows).
fn edition_anchor(text: &str, known: &dyn YearKnowledge) -> Option<Anchor> {
    EDITION.captures_iter(text).find_map(|caps| {
        let edition = lexicon::ordinal_number(&caps["ord"])?;
        let name = caps.name("name").or_else(|| caps.name("body"))?.as_str();
        let year = known.edition_year(name, edition)?;
        year_anchor(year, 0.5, format!("the {} {} was held in {year}", &caps["ord"], name.trim()))
    })
}

/// Of two year anchors, the later year (a text is written after everything it reports).
fn later_of(a: Option<Anchor>, b: Option<Anchor>) -> Option<Anchor> {
    match (a, b) {
        (Some(a), Some(b)) => Some(if b.date.year() > a.date.year() { b } else { a }),
        (a, b) => a.or(b),
    }
}

/// The most recent explicit year, but before any year a future-tense sentence looks ahead to.
fn latest_year(text: &str, timexes: &[Timex]) -> Option<Anchor> {
    let future_bound = future_bound(text);
    let latest = timexes
        .iter()
        .filter(|t| !t.relative && t.precision.is_some())
        // Targets ("goals up to 2030", "by 2030") lie ahead of the writing date, and "since
        // 2013" counts years gone by from a start well before it: neither is the writing year.
        .filter(|t| {
            let word = last_word(&text[..t.start]);
            !["by", "until", "till", "to", "through", "before", "since"].iter().any(|w| word.eq_ignore_ascii_case(w))
        })
        .filter_map(|t| Some((t.date?, t.precision?)))
        .filter(|(d, _)| future_bound.is_none_or(|b| d.year() <= b))
        .max_by_key(|(d, precision)| (*d, std::cmp::Reverse(*precision)));
    match (latest, future_bound) {
        (Some((date, precision)), _) => {
            let year = date.year();
            // The text was written after the latest date it mentions: when every year-less
            // month-day falls earlier in the year than that date ("visited Japan in November
            // 2021" ... "landed on April 30"), they belong to the following year.
            let month_days = year_less_month_days(timexes);
            let next_year = precision < Precision::Year
                && !month_days.is_empty()
                // Months strictly earlier: "April 6, 2015 ... from April 5 to 7" is one trip.
                && month_days.iter().all(|&(m, _)| m < date.month());
            if next_year {
                year_anchor(year + 1, 0.3, format!("year-less dates fall after the latest one mentioned, {date}"))
            } else {
                year_anchor(year, 0.3, format!("most recent year mentioned: {year}"))
            }
        }
        (None, Some(bound)) => year_anchor(bound, 0.3, format!("a future-tense sentence looks ahead to {}", bound + 1)),
        (None, None) => None,
    }
}

/// The year before the earliest year a future-tense sentence looks ahead to ("is scheduled to
/// visit Russia in 2010": written in 2009 at the latest).
fn future_bound(text: &str) -> Option<i32> {
    FUTURE_YEAR
        .captures_iter(text)
        .filter_map(|caps| {
            let m = caps.get(0)?;
            let (s, e) = sentence_bounds(text, m.start(), m.end());
            // The words near the year, not across a full stop (run-on sentences of scraped text,
            // "Russia.Both leaders"): a "will" elsewhere in a long sentence is about another thing.
            let lo = floor_boundary(text, m.start().saturating_sub(80)).max(s);
            let hi = floor_boundary(text, (m.end() + 80).min(e)).max(m.end());
            let lo = text[lo..m.start()].rfind('.').map_or(lo, |i| lo + i + 1);
            let hi = text[m.end()..hi].find('.').map_or(hi, |i| m.end() + i);
            let near = format!(" {} ", text[lo..hi].to_ascii_lowercase());
            // "how important it is to hold": an infinitive after "it is", not a plan.
            let future = [" will ", " is to ", " are to ", " would ", " plans to ", " is expected to ", " shall ", " scheduled to ", " due to ", " looked ahead to ", " looks ahead to ", " look ahead to "]
                .iter()
                .any(|w| near.match_indices(w).any(|(i, _)| !(*w == " is to " && near[..i].ends_with(" it"))));
            if future { caps["year"].parse::<i32>().ok().map(|y| y - 1) } else { None }
        })
        .min()
}

/// The (month, day) of every year-less month-day ("on April 30") in the text.
fn year_less_month_days(timexes: &[Timex]) -> Vec<(u32, u32)> {
    timexes.iter().filter_map(Timex::year_less_month_day).collect()
}

/// A year anchor sharpened to the day when the text names a weekday and a year-less month-day
/// that falls on that weekday in the anchor year ("flew in on Friday" ... "meetings on November
/// 10", a Friday in 2017): the text was written around that day.
fn weekday_confirmed_day(text: &str, timexes: &[Timex], anchor: Anchor) -> Anchor {
    if anchor.precision != Precision::Year {
        return anchor;
    }
    let weekdays: Vec<u32> = WEEKDAY_WORD
        .find_iter(text)
        .filter_map(|m| lexicon::weekday_number(&m.as_str().to_ascii_lowercase()))
        .collect();
    let month_days: Vec<NaiveDate> = year_less_month_days(timexes).into_iter().filter_map(|(m, d)| NaiveDate::from_ymd_opt(anchor.date.year(), m, d)).collect();
    let confirmed = month_days.iter().copied().filter(|date| weekdays.contains(&date.weekday().number_from_monday())).max();
    if let Some(date) = confirmed {
        return Anchor {
            date,
            precision: Precision::Day,
            confidence: anchor.confidence.min(0.5),
            reason: format!("{}; a weekday named in the text falls on {date}", anchor.reason),
        };
    }
    // "flew in on the evening of September 2 ... held talks on Tuesday": the story's weekday
    // within the days after its one month-day.
    let lead_end = text.match_indices("\n\n").nth(2).map_or(text.len(), |(i, _)| i);
    let lead_weekday = WEEKDAY_WORD.find(&text[..lead_end]).and_then(|m| lexicon::weekday_number(m.as_str()));
    let after_day = match (month_days.as_slice(), lead_weekday) {
        ([day], Some(weekday)) => (0..3).map(|n| *day + chrono::Duration::days(n)).find(|d| d.weekday().number_from_monday() == weekday),
        _ => None,
    };
    match after_day {
        Some(date) => Anchor {
            date,
            precision: Precision::Day,
            confidence: anchor.confidence.min(0.4),
            reason: format!("{}; the lead's weekday follows the day named, {date}", anchor.reason),
        },
        None => anchor,
    }
}

static WEEKDAY_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?-u:\b)").expect("valid"));

/// "held to mark twenty years of dialogue partnership ..., which began in 1996": the text was
/// written in the year it marks.
fn years_marked(text: &str, anniversaries: &dyn YearKnowledge) -> Option<(i32, String)> {
    YEARS_OF.captures_iter(text).find_map(|caps| {
        let n = if let Some(span) = caps.name("span") {
            years_in_span(span.as_str())?
        } else {
            let raw = caps["n"].to_ascii_lowercase().replace('-', " ");
            let n = raw.parse::<u64>().ok().or_else(|| lexicon::parse_number_words(&raw))?;
            i32::try_from(n).ok().filter(|n| (1..=500).contains(n))?
        };
        let phrase = &caps["phrase"];
        let base = YEAR_IN_PHRASE
            .captures(phrase)
            .and_then(|c| c[1].parse::<i32>().ok())
            .or_else(|| anniversaries.base_year(phrase))?;
        // "in May last year, when the two sides marked 30 years of ...": marked the year before.
        let whole = caps.get(0)?;
        let (s, _) = sentence_bounds(text, whole.start(), whole.end());
        let count_start = caps.name("n").or_else(|| caps.name("span")).map_or(whole.start(), |m| m.start());
        let before = text[s..count_start].to_ascii_lowercase();
        let shift = if before.contains("last year") { 1 } else if before.contains("next year") { -1 } else { 0 };
        Some((base + n + shift, format!("{n} years of {} ({base})", phrase.split(',').next().unwrap_or(phrase).trim())))
    })
}

/// The years in "a quarter of a century", "half a century", "two decades".
fn years_in_span(span: &str) -> Option<i32> {
    match span.to_ascii_lowercase().as_str() {
        "a quarter of a century" => Some(25),
        "three quarters of a century" => Some(75),
        "half a century" => Some(50),
        "a century" => Some(100),
        "a decade" => Some(10),
        "two decades" => Some(20),
        "three decades" => Some(30),
        _ => None,
    }
}

/// How many years after the year inferred a year-less dateline's weekday may place the text.
const LATER_YEARS: i32 = 6;

/// A year anchor sharpened by a year-less dateline ("MOSCOW, May 10. /TASS/.").
fn dateline_day(text: &str, timexes: &[Timex], anchor: Anchor) -> Anchor {
    if anchor.precision != Precision::Year {
        return anchor;
    }
    // "MOSCOW, Dec 16 - ... met Medvedev on Wednesday": of the years from the one inferred up
    // to a year the text looks ahead to, the first in which the dateline's day is the lead's
    // weekday.
    let dateline = super::publication::yearless_dateline(text, timexes);
    let lead_end = text.match_indices("\n\n").nth(2).map_or(text.len(), |(i, _)| i);
    let lead_weekday = WEEKDAY_WORD.find(&text[..lead_end]).and_then(|m| lexicon::weekday_number(m.as_str()));
    let year = match (dateline, lead_weekday) {
        (Some((m, d)), Some(weekday)) => {
            let last_year = future_bound(text).filter(|&b| b >= anchor.date.year()).unwrap_or(anchor.date.year());
            let fits = |y: &i32| NaiveDate::from_ymd_opt(*y, m, d).is_some_and(|date| date.weekday().number_from_monday() == weekday);
            // (The year inferred is only the earliest the text can be: when the weekday rules
            // it out and nothing bounds the text, the next years in which it fits.)
            (anchor.date.year()..=last_year.min(anchor.date.year() + 5))
                .find(fits)
                .or_else(|| (last_year == anchor.date.year()).then(|| (anchor.date.year()..=anchor.date.year() + LATER_YEARS).find(fits)).flatten())
                .unwrap_or(anchor.date.year())
        }
        _ => anchor.date.year(),
    };
    match dateline.and_then(|(m, d)| NaiveDate::from_ymd_opt(year, m, d)) {
        Some(date) => Anchor {
            date,
            precision: Precision::Day,
            confidence: anchor.confidence,
            reason: format!("{}; the dateline gives the day, {date}", anchor.reason),
        },
        None => anchor,
    }
}

/// "The declaration, signed in 2001, turns twenty this year": written in 2021.
fn turns_this_year(text: &str) -> Option<Anchor> {
    TURNS_THIS_YEAR.captures_iter(text).find_map(|caps| {
        let year: i32 = caps["year"].parse().ok()?;
        let raw = caps.name("n1").or_else(|| caps.name("n2"))?.as_str().to_ascii_lowercase().replace('-', " ");
        let n = raw.parse::<u64>().ok().or_else(|| lexicon::parse_number_words(&raw))?;
        let n = i32::try_from(n).ok().filter(|n| (1..=500).contains(n))?;
        year_anchor(year + n, 0.85, format!("what began in {year} turns {n} this year"))
    })
}

/// "his first since the APEC summit in Da Nang in 2017, seven years ago": written in 2024.
fn years_ago(text: &str) -> Option<Anchor> {
    YEARS_AGO.captures_iter(text).find_map(|caps| {
        let year: i32 = ["y1", "y2", "y3", "y4"].iter().find_map(|g| caps.name(g))?.as_str().parse().ok()?;
        let raw = ["n1", "n2", "n3", "n4"].iter().find_map(|g| caps.name(g))?.as_str().to_ascii_lowercase().replace('-', " ");
        let n = raw.parse::<u64>().ok().or_else(|| lexicon::parse_number_words(&raw))?;
        let n = i32::try_from(n).ok().filter(|n| (1..=200).contains(n))?;
        year_anchor(year + n, 0.7, format!("{year} was {n} years ago"))
    })
}
