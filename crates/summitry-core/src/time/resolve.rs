//! Calendar arithmetic against a reference date, and the tense of the sentence around an
//! expression (which decides whether "Tuesday" or "October" is the last or the next one).

use chrono::{Datelike, Duration, NaiveDate};

/// Which way a bare weekday or month points from the reference date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Backward,
    Forward,
    /// No tense evidence: take the nearest.
    Nearest,
}

/// The day with ISO weekday `weekday` (Monday = 1) nearest to `reference` in `direction`;
/// the reference day itself when it is that weekday.
pub fn resolve_weekday(reference: NaiveDate, weekday: u32, direction: Direction) -> Option<NaiveDate> {
    let today = i64::from(reference.weekday().number_from_monday());
    let target = i64::from(weekday);
    if !(1..=7).contains(&target) {
        return None;
    }
    let back = (today - target).rem_euclid(7);
    let forward = (target - today).rem_euclid(7);
    let offset = match direction {
        Direction::Backward => -back,
        Direction::Forward => forward,
        Direction::Nearest => {
            if forward < back {
                forward
            } else {
                -back
            }
        }
    };
    reference.checked_add_signed(Duration::days(offset))
}

/// A year-less month-day ("January 14") placed in the year the tense points to: backward,
/// the latest such day on or before `anchor`; forward, the first on or after it; nearest, the
/// closer of the two. Invalid days give `None`.
pub fn resolve_month_day(month: u32, day: u32, anchor: NaiveDate, direction: Direction) -> Option<NaiveDate> {
    let this_year = NaiveDate::from_ymd_opt(anchor.year(), month, day);
    let before = match this_year {
        Some(d) if d <= anchor => Some(d),
        _ => (1..=8).find_map(|back| NaiveDate::from_ymd_opt(anchor.year() - back, month, day)),
    };
    let after = match this_year {
        Some(d) if d >= anchor => Some(d),
        _ => (1..=8).find_map(|ahead| NaiveDate::from_ymd_opt(anchor.year() + ahead, month, day)),
    };
    match direction {
        Direction::Backward => before,
        Direction::Forward => after,
        Direction::Nearest => match (before, after) {
            // News mostly looks back: the past wins unless the future is a month closer.
            (Some(b), Some(a)) => Some(if (anchor - b).num_days() <= (a - anchor).num_days() + 30 { b } else { a }),
            (b, a) => b.or(a),
        },
    }
}

/// The year of a year-less month, like [`resolve_month_day`] with the month's first day.
/// The current month counts as both the last and the next one; without tense, the same year
/// unless the month is half a year or more away (the past wins a tie).
pub fn resolve_month(month: u32, reference: NaiveDate, direction: Direction) -> Option<i32> {
    if !(1..=12).contains(&month) {
        return None;
    }
    let current = reference.month();
    Some(match direction {
        Direction::Backward if month > current => reference.year() - 1,
        Direction::Forward if month < current => reference.year() + 1,
        Direction::Nearest if month + 6 < current => reference.year() + 1,
        Direction::Nearest if month > current + 5 => reference.year() - 1,
        _ => reference.year(),
    })
}

/// `date` moved by `months` calendar months, clamped to the first of the month.
pub(crate) fn first_of_month_shifted(date: NaiveDate, months: i64) -> Option<NaiveDate> {
    let index = i64::from(date.year()) * 12 + i64::from(date.month0()) + months;
    let year = i32::try_from(index.div_euclid(12)).ok()?;
    NaiveDate::from_ymd_opt(year, (index.rem_euclid(12) + 1) as u32, 1)
}

/// `2024-W25`.
pub(crate) fn iso_week_value(date: NaiveDate) -> String {
    let week = date.iso_week();
    format!("{:04}-W{:02}", week.year(), week.week())
}

pub(crate) fn quarter_of(date: NaiveDate) -> u32 {
    date.month0() / 3 + 1
}

pub(crate) fn first_day_of_quarter(year: i32, quarter: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, (quarter.clamp(1, 4) - 1) * 3 + 1, 1)
}


/// Words that put a sentence in the future.
const FUTURE_MARKERS: &[&str] = &[
    "will", "'ll", "shall", "scheduled", "due to", "expected to", "plans to", "planning to",
    "set to", "going to", "upcoming", "to be held", "is to", "are to", "intends to", "slated",
    "tomorrow", "will be", "would", "could", "might", "as soon as", "as early as",
];

/// Past-tense verbs that do not end in -ed.
const IRREGULAR_PAST: &[&str] = &[
    "said", "met", "held", "was", "were", "had", "told", "made", "took", "came", "went", "began",
    "fell", "rose", "spoke", "left", "gave", "won", "lost", "saw", "sent", "paid", "sold",
    "bought", "flew", "became", "found", "got", "hit", "led", "put", "set off", "shot", "stood",
    "struck", "thought", "wrote", "did", "ran", "brought", "grew", "knew", "broke", "chose",
    "drew", "drove", "ate", "forgot", "heard", "kept", "laid", "meant", "read", "sat", "slid",
    "sought", "spent", "swore", "taught", "threw", "understood", "woke", "wore", "arrived",
    "quit", "cut", "shut", "let", "ago", "last", "earlier", "yesterday",
];

/// The direction the sentence around `start..end` points to: a future auxiliary or a past-tense
/// verb just before the expression wins; otherwise any future marker in the sentence;
/// otherwise `Nearest` (callers choose their own default: a bare weekday in news is usually
/// the last one, a month-day the nearest one).
pub fn tense_direction(text: &str, start: usize, end: usize) -> Direction {
    let (sentence_start, sentence_end) = sentence_bounds(text, start, end);
    let before = &text[sentence_start..start];
    let mut near_words = before
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .take(5);
    let near: [&str; 5] = std::array::from_fn(|_| near_words.next().unwrap_or(""));
    let is_future_word = |w: &str| ["will", "shall", "would", "'ll"].iter().any(|f| w.eq_ignore_ascii_case(f));
    if near[..4].iter().any(|w| is_future_word(w)) {
        return Direction::Forward;
    }
    // A past form counts unless it is a passive or infinitive participle ("will be held").
    let is_auxiliary = |w: &str| ["be", "is", "are", "being", "been", "to"].iter().any(|a| w.eq_ignore_ascii_case(a));
    if (0..3).any(|i| is_past_word(near[i]) && !is_auxiliary(near[i + 1])) {
        return Direction::Backward;
    }
    if contains_future_marker(&text[sentence_start..start]) || contains_future_marker(&text[end..sentence_end]) {
        Direction::Forward
    } else {
        Direction::Nearest
    }
}

/// One pass over a sentence part for all [`FUTURE_MARKERS`] (whole words, any case).
fn contains_future_marker(part: &str) -> bool {
    static MARKERS: std::sync::LazyLock<aho_corasick::AhoCorasick> = std::sync::LazyLock::new(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(FUTURE_MARKERS)
            .expect("valid markers")
    });
    let bytes = part.as_bytes();
    MARKERS.find_iter(part).any(|m| {
        let left_ok = m.start() == 0 || !bytes[m.start() - 1].is_ascii_alphanumeric();
        let right_ok = m.end() == bytes.len() || !bytes[m.end()].is_ascii_alphanumeric();
        left_ok && right_ok
    })
}

fn is_past_word(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    (lower.len() > 4 && lower.ends_with("ed") && !matches!(lower.as_str(), "speed" | "indeed" | "proceed" | "succeed" | "exceed"))
        || IRREGULAR_PAST.contains(&lower.as_str())
}

/// Byte bounds of the sentence around a span: up to the previous and next sentence end
/// (". ", "!", "?", line break), at most 300 bytes each way.
pub(crate) fn sentence_bounds(text: &str, start: usize, end: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    let mut s = start;
    let lower_limit = start.saturating_sub(300);
    while s > lower_limit {
        let c = bytes[s - 1];
        if c == b'\n' || c == b'!' || c == b'?' || (c == b'.' && bytes.get(s).is_some_and(|n| *n == b' ') && s >= 3 && !bytes[s - 3..s - 1].iter().all(u8::is_ascii_alphabetic) ) {
            break;
        }
        if c == b'.' && bytes.get(s).is_some_and(|n| *n == b' ') && s >= 4 && bytes[s - 4].is_ascii_lowercase() {
            break;
        }
        s -= 1;
    }
    while !text.is_char_boundary(s) {
        s += 1;
    }
    let mut e = end;
    let upper_limit = (end + 300).min(bytes.len());
    while e < upper_limit {
        let c = bytes[e];
        if c == b'\n' || c == b'!' || c == b'?' || (c == b'.' && bytes.get(e + 1).is_none_or(|n| *n == b' ' || *n == b'\n')) {
            break;
        }
        e += 1;
    }
    while e < bytes.len() && !text.is_char_boundary(e) {
        e += 1;
    }
    (s.min(start), e.max(end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn weekday_equal_to_reference_is_the_reference() {
        assert_eq!(resolve_weekday(d(2023, 10, 17), 2, Direction::Backward), Some(d(2023, 10, 17)));
        assert_eq!(resolve_weekday(d(2023, 10, 17), 2, Direction::Forward), Some(d(2023, 10, 17)));
        assert_eq!(resolve_weekday(d(2023, 10, 17), 1, Direction::Backward), Some(d(2023, 10, 16)));
        assert_eq!(resolve_weekday(d(2023, 10, 17), 1, Direction::Forward), Some(d(2023, 10, 23)));
    }

    #[test]
    fn month_day_takes_the_nearest_year() {
        assert_eq!(resolve_month_day(1, 14, d(2025, 1, 1), Direction::Nearest), Some(d(2025, 1, 14)));
        assert_eq!(resolve_month_day(12, 7, d(2000, 1, 7), Direction::Backward), Some(d(1999, 12, 7)));
        assert_eq!(resolve_month_day(12, 7, d(2000, 1, 7), Direction::Forward), Some(d(2000, 12, 7)));
        assert_eq!(resolve_month_day(2, 29, d(2001, 3, 1), Direction::Backward), Some(d(2000, 2, 29)));
        assert_eq!(resolve_month_day(2, 30, d(2000, 1, 7), Direction::Backward), None);
    }

    #[test]
    fn tense() {
        let t = "Putin is scheduled to arrive on Tuesday.";
        let s = t.find("Tuesday").unwrap();
        assert_eq!(tense_direction(t, s, s + 7), Direction::Forward);
        let t = "Prices rose on Tuesday.";
        let s = t.find("Tuesday").unwrap();
        assert_eq!(tense_direction(t, s, s + 7), Direction::Backward);
        let t = "The company said Tuesday it will cut jobs.";
        let s = t.find("Tuesday").unwrap();
        assert_eq!(tense_direction(t, s, s + 7), Direction::Backward);
    }
}
