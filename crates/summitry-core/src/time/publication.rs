//! Publication dates from the header region: a date line (`Sep 02, 2016 10:40 PM IST`,
//! `Posted May. 03, 2023 08:01`, `date 2023-10-17 ...`) or a dateline with a year
//! (`HANOI, Oct. 5, 2023 (Reuters)`). A date deeper in the text is never a publication date.

use chrono::Datelike;

use super::{find_timexes_with, lexicon, PublicationDate, Timex, TimexType};
use crate::model::{DateSource, Precision};

/// How far into the text the header region reaches (bytes and lines).
const HEADER_BYTES: usize = 600;
const HEADER_LINES: usize = 12;
/// A line this short that holds a full date is a date line whatever else it says.
const SHORT_LINE: usize = 60;

/// Words that may precede the date on a header line.
const HEADER_WORDS: &[&str] = &["date", "posted", "published", "updated", "on", "last", "modified", "dated", "at", "time"];

pub(crate) fn publication_date(text: &str) -> Option<PublicationDate> {
    let region = header_region(text);
    let timexes = find_timexes_with(region, None);
    for timex in &timexes {
        let (Some(date), Some(Precision::Day)) = (timex.date, timex.precision) else { continue };
        if timex.relative || !matches!(timex.kind, TimexType::Date | TimexType::Time) || !(1900..=2200).contains(&date.year()) {
            continue;
        }
        let line_start = region[..timex.start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = region[timex.end..].find('\n').map_or(region.len(), |i| timex.end + i);
        let prefix = &region[line_start..timex.start];
        let line = region[line_start..line_end].trim();
        let source = if is_dateline_prefix(prefix) {
            DateSource::Dateline
        } else if prefix_is_header_words(prefix) || line.chars().count() <= SHORT_LINE {
            DateSource::Header
        } else {
            continue;
        };
        return Some(PublicationDate { date, source, start: timex.start, end: timex.end });
    }
    None
}

/// The month and day of a dateline that states no year ("MOSCOW, May 10. /TASS/."): the
/// writing day once the year is known from elsewhere. `timexes`: those of the whole text,
/// found without a reference.
pub(crate) fn yearless_dateline(text: &str, timexes: &[Timex]) -> Option<(u32, u32)> {
    let region = header_region(text);
    timexes.iter().take_while(|t| t.end <= region.len()).find_map(|timex| {
        let line_start = region[..timex.start].rfind('\n').map_or(0, |i| i + 1);
        if !is_dateline_prefix(&region[line_start..timex.start]) {
            return None;
        }
        timex.year_less_month_day()
    })
}

/// The first [`HEADER_LINES`] lines, at most [`HEADER_BYTES`] bytes (cut at a char boundary).
fn header_region(text: &str) -> &str {
    let mut end = text.len().min(HEADER_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let region = &text[..end];
    match region.match_indices('\n').nth(HEADER_LINES - 1) {
        Some((i, _)) => &region[..i],
        None => region,
    }
}

/// Only header words, weekday names, bullets and punctuation before the date.
fn prefix_is_header_words(prefix: &str) -> bool {
    prefix
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .all(|w| {
            let lower = w.to_lowercase();
            HEADER_WORDS.contains(&lower.as_str()) || lexicon::weekday_number(&lower).is_some()
        })
}

/// `HANOI, ` or `WASHINGTON (Reuters) - `: a place name in capitals and a comma or dash.
fn is_dateline_prefix(prefix: &str) -> bool {
    let trimmed = prefix.trim_end();
    let Some(place) = trimmed.strip_suffix(',').or_else(|| trimmed.strip_suffix('-')).or_else(|| trimmed.strip_suffix('—')) else {
        return false;
    };
    // "DA NANG, Vietnam, Nov 10, 2017": the city may be followed by its country or state.
    let mut parts = place.split(',');
    let city = parts.next().unwrap_or_default().trim();
    let title_cased = |words: &str| {
        (1..=3).contains(&words.split_whitespace().count())
            && words.split_whitespace().all(|w| w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.'))
    };
    // "Moscow, 10 May 2025 —": a title-cased place of a few words opening the line does too.
    city.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && (title_cased(city) || city.chars().all(|c| !c.is_lowercase() || c == 'x'))
        && city.chars().any(char::is_uppercase)
        && parts.all(|region| title_cased(region.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Option<String> {
        publication_date(text).map(|p| p.date.to_string())
    }

    #[test]
    fn header_shapes() {
        assert_eq!(date(" date 2023-10-17 VIETNAM, October 17 -\n\nBody"), Some("2023-10-17".into()));
        assert_eq!(date("Fri, 25th Oct 2024 10:26 (GMT +7)\n\nTitle"), Some("2024-10-25".into()));
        assert_eq!(date("Title\nFriday, 25/10/2024 | 08:08:16 [GMT +7] A  A\n"), Some("2024-10-25".into()));
        assert_eq!(date("Mon, 11/19/2018 - 10:51\n"), Some("2018-11-19".into()));
        assert_eq!(date("Posted December 11, 2023 3:56 am.\n"), Some("2023-12-11".into()));
        assert_eq!(date("ByPTI, Hanoi\nSep 02, 2016 10:40 PM IST\n"), Some("2016-09-02".into()));
        assert_eq!(date("Posted May. 03, 2023 08:01,   \n"), Some("2023-05-03".into()));
        assert_eq!(date("Title\n\nApril 05, 2025\n\nBody"), Some("2025-04-05".into()));
        assert_eq!(date("Other Countries\n  • 24 February, 2025\n  • 14:06\n"), Some("2025-02-24".into()));
        assert_eq!(date("26 july 2012\n\nPrime Minister"), Some("2012-07-26".into()));
        assert_eq!(date("HANOI, November 19. /TASS/. The talks"), None);
        assert_eq!(publication_date("WASHINGTON, Oct. 5, 2023 (Reuters) - The talks").map(|p| p.source), Some(DateSource::Dateline));
        assert_eq!(publication_date("DA NANG, Vietnam, Nov 10, 2017 (Wire) - Putin arrived in the central Vietnamese city on Friday morning for the summit and its many sessions.").map(|p| (p.date.to_string(), p.source)), Some(("2017-11-10".into(), DateSource::Dateline)));
        assert_eq!(publication_date("Title\n\nMoscow, 10 May 2025 \u{2014} Russian President Vladimir Putin and To Lam promised on Saturday to take ties further, the Kremlin said in a long statement.").map(|p| (p.date.to_string(), p.source)), Some(("2025-05-10".into(), DateSource::Dateline)));
    }

    #[test]
    fn body_dates_are_not_publication_dates() {
        let long = "The leaders met in a long sentence about many things that happened in Samarkand, Uzbekistan, September 16, 2022. File photo";
        assert_eq!(date(long), None);
        let deep = format!("{}\nApril 05, 2025\n", "word ".repeat(200));
        assert_eq!(date(&deep), None);
    }
}
