//! Word lists of the date engine: month, weekday, number, unit, part-of-day and season words.
//!
//! Every list is a plain table so that a newcomer can extend it; [`super::patterns`] turns the
//! tables into regex alternations, and the lookup functions here turn matched words into values.

/// Month names and abbreviations with their month number. Longer forms first, because regex
/// alternation is leftmost-first.
pub(crate) const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    // Misspellings common enough in wire copy to be worth reading.
    ("janurary", 1),
    ("febuary", 2),
    ("feburary", 2),
    ("septmber", 9),
    ("novmeber", 11),
    ("novemeber", 11),
    ("decmber", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sept", 9),
    ("sep", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// Weekday names and abbreviations; the number is the ISO weekday (Monday = 1).
pub(crate) const WEEKDAYS: &[(&str, u32)] = &[
    ("monday", 1),
    ("tuesday", 2),
    ("wednesday", 3),
    ("thursday", 4),
    ("friday", 5),
    ("saturday", 6),
    ("sunday", 7),
    ("mon", 1),
    ("tues", 2),
    ("tue", 2),
    ("wed", 3),
    ("thurs", 4),
    ("thu", 4),
    ("fri", 5),
];

/// Cardinal number words and their values; "hundred", "thousand" and "million" multiply.
pub(crate) const NUMBER_WORDS: &[(&str, u64)] = &[
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
    ("hundred", 100),
    ("thousand", 1_000),
    ("million", 1_000_000),
    ("dozen", 12),
];

/// Ordinal words and suffixed forms, for days ("the 25th"), quarters ("third quarter") and
/// anniversaries ("the 75th anniversary").
pub(crate) const ORDINAL_WORDS: &[(&str, u32)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("thirtieth", 30),
    ("fortieth", 40),
    ("fiftieth", 50),
    ("sixtieth", 60),
    ("seventieth", 70),
    ("eightieth", 80),
    ("ninetieth", 90),
    ("hundredth", 100),
];

/// Vague quantities: the number is unknown (`X` in TIMEX3 values).
pub(crate) const VAGUE_QUANTITIES: &[&str] = &[
    "a few", "few", "several", "many", "some", "a couple of", "a couple", "couple of", "a number of",
];

/// Calendar units with their TIMEX3 duration letter; `T` marks time units (`PT3H`).
pub(crate) struct Unit {
    pub(crate) word: &'static str,
    pub(crate) letter: &'static str,
    pub(crate) is_time: bool,
}

pub(crate) const UNITS: &[Unit] = &[
    Unit { word: "second", letter: "S", is_time: true },
    Unit { word: "minute", letter: "M", is_time: true },
    Unit { word: "hour", letter: "H", is_time: true },
    Unit { word: "day", letter: "D", is_time: false },
    Unit { word: "weekend", letter: "WE", is_time: false },
    Unit { word: "week", letter: "W", is_time: false },
    // Two weeks: written out as weeks in values.
    Unit { word: "fortnight", letter: "FN", is_time: false },
    Unit { word: "month", letter: "M", is_time: false },
    Unit { word: "quarter", letter: "Q", is_time: false },
    Unit { word: "year", letter: "Y", is_time: false },
    Unit { word: "decade", letter: "DE", is_time: false },
    Unit { word: "century", letter: "CE", is_time: false },
    Unit { word: "centurie", letter: "CE", is_time: false },
    Unit { word: "millennium", letter: "ML", is_time: false },
];

/// Parts of the day and their TIMEX3 codes (`2024-06-20TEV`).
pub(crate) const PARTS_OF_DAY: &[(&str, &str)] = &[
    ("morning", "MO"),
    ("afternoon", "AF"),
    ("evening", "EV"),
    ("night", "NI"),
    ("overnight", "NI"),
    ("small hours", "NI"),
    ("early hours", "NI"),
];

/// Seasons and their TIMEX3 codes (`2024-SU`); the number orders them within a year.
pub(crate) const SEASONS: &[(&str, &str, u32)] = &[
    ("spring", "SP", 1),
    ("summer", "SU", 2),
    ("autumn", "FA", 3),
    ("fall", "FA", 3),
    ("winter", "WI", 4),
];

/// How a holiday falls in a year.
#[derive(Debug, Clone, Copy)]
pub(crate) enum HolidayRule {
    /// The same month and day every year.
    Fixed(u32, u32),
    /// The `n`th given ISO weekday of a month (`n` = -1: the last one).
    NthWeekday { month: u32, weekday: u32, n: i32 },
    /// The Tuesday after the first Monday of November (US election day).
    ElectionDay,
}

/// Holidays of the English-language calendar, by their usual names (US dates where they
/// differ).
pub(crate) const HOLIDAYS: &[(&str, HolidayRule)] = &[
    ("christmas day", HolidayRule::Fixed(12, 25)),
    ("christmas eve", HolidayRule::Fixed(12, 24)),
    ("christmas", HolidayRule::Fixed(12, 25)),
    ("new year's day", HolidayRule::Fixed(1, 1)),
    ("new year's eve", HolidayRule::Fixed(12, 31)),
    ("independence day", HolidayRule::Fixed(7, 4)),
    ("halloween", HolidayRule::Fixed(10, 31)),
    ("valentine's day", HolidayRule::Fixed(2, 14)),
    ("thanksgiving day", HolidayRule::NthWeekday { month: 11, weekday: 4, n: 4 }),
    ("thanksgiving", HolidayRule::NthWeekday { month: 11, weekday: 4, n: 4 }),
    ("labor day", HolidayRule::NthWeekday { month: 9, weekday: 1, n: 1 }),
    ("memorial day", HolidayRule::NthWeekday { month: 5, weekday: 1, n: -1 }),
    ("election day", HolidayRule::ElectionDay),
];

pub(crate) fn holiday_rule(name: &str) -> Option<HolidayRule> {
    let name = normalize_spaces(name);
    HOLIDAYS.iter().find(|(n, _)| *n == name).map(|&(_, rule)| rule)
}

/// Words that mark the present, past or future without a date.
pub(crate) const REFERENCE_WORDS: &[(&str, &str)] = &[
    ("right now", "PRESENT_REF"),
    ("now", "PRESENT_REF"),
    ("currently", "PRESENT_REF"),
    ("current", "PRESENT_REF"),
    ("current", "PRESENT_REF"),
    ("nowadays", "PRESENT_REF"),
    ("these days", "PRESENT_REF"),
    ("at present", "PRESENT_REF"),
    ("at the moment", "PRESENT_REF"),
    ("recently", "PAST_REF"),
    ("recent", "PAST_REF"),
    ("previously", "PAST_REF"),
    ("formerly", "PAST_REF"),
    ("the past", "PAST_REF"),
    ("in the past", "PAST_REF"),
    ("the future", "FUTURE_REF"),
    ("the near future", "FUTURE_REF"),
    ("the near term", "FUTURE_REF"),
    ("the short term", "FUTURE_REF"),
    ("future", "FUTURE_REF"),
    ("soon", "FUTURE_REF"),
    ("a later date", "FUTURE_REF"),
];

/// Sets: how often something happens ("daily" = `P1D`).
pub(crate) const FREQUENCY_WORDS: &[(&str, &str)] = &[
    ("daily", "P1D"),
    ("nightly", "P1D"),
    ("weekly", "P1W"),
    ("monthly", "P1M"),
    ("yearly", "P1Y"),
    ("annually", "P1Y"),
    ("hourly", "PT1H"),
];

pub(crate) fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    MONTHS.iter().find(|(name, _)| *name == w).map(|&(_, n)| n)
}

/// A month or weekday name ("May", "FRIDAY", "Sept."), any case.
pub(crate) fn is_month_or_weekday(word: &str) -> bool {
    month_number(word).is_some() || weekday_number(word).is_some()
}

pub(crate) fn weekday_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    WEEKDAYS.iter().find(|(name, _)| *name == w).map(|&(_, n)| n)
}

pub(crate) fn ordinal_number(word: &str) -> Option<u32> {
    let w = word.to_ascii_lowercase();
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    if !digits.is_empty() {
        return digits.parse().ok();
    }
    ORDINAL_WORDS.iter().find(|(name, _)| *name == w).map(|&(_, n)| n)
}

pub(crate) fn unit_of(word: &str) -> Option<&'static Unit> {
    let w = word.to_ascii_lowercase();
    let stem = w.trim_end_matches('s');
    UNITS
        .iter()
        .find(|u| u.word == w || u.word == stem || (u.word == "century" && stem == "centurie"))
}

pub(crate) fn part_of_day_code(word: &str) -> Option<&'static str> {
    let w = normalize_spaces(word);
    PARTS_OF_DAY.iter().find(|(name, _)| *name == w).map(|&(_, c)| c)
}

pub(crate) fn season(word: &str) -> Option<(&'static str, u32)> {
    let w = word.to_ascii_lowercase();
    SEASONS.iter().find(|(name, _, _)| *name == w).map(|&(_, c, n)| (c, n))
}

/// Lower case with runs of whitespace and hyphens collapsed to one space.
pub(crate) fn normalize_spaces(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split(|c: char| c.is_whitespace() || c == '-').filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&word.to_ascii_lowercase());
    }
    out
}

/// A quantity in digits or words: `Some(Some(n))` for a number ("twenty four", "a hundred
/// thirty", "2.5"), `Some(None)` for a vague quantity ("several"), `None` if not a quantity.
#[allow(clippy::option_option)] // "not a quantity" and "an unknown quantity" differ here
pub(crate) fn parse_quantity(text: &str) -> Option<Option<f64>> {
    let words = normalize_spaces(text);
    if words.is_empty() {
        return None;
    }
    if matches!(words.as_str(), "a couple of" | "a couple" | "couple of") {
        return Some(Some(2.0));
    }
    if VAGUE_QUANTITIES.contains(&words.as_str()) {
        return Some(None);
    }
    if let Ok(n) = words.replace(',', "").parse::<f64>() {
        return n.is_finite().then_some(Some(n));
    }
    if let Some((whole, frac)) = words.split_once(' ') {
        if let (Ok(w), Some(f)) = (whole.parse::<f64>(), parse_fraction(frac)) {
            return Some(Some(w + f));
        }
    }
    parse_number_words(&words).map(|n| Some(n as f64))
}

/// A year in words: "nineteen ninety-six" = 1996, "two thousand and one" = 2001.
pub(crate) fn spoken_year(text: &str) -> Option<i32> {
    let words = normalize_spaces(text);
    let year = match words.strip_prefix("nineteen ") {
        Some(rest) => 1900 + parse_number_words(rest)?,
        None => parse_number_words(&words)?,
    };
    let year = i32::try_from(year).ok()?;
    (1900..2100).contains(&year).then_some(year)
}

fn parse_fraction(text: &str) -> Option<f64> {
    match text {
        "1/2" | "and a half" => Some(0.5),
        "1/4" => Some(0.25),
        "3/4" => Some(0.75),
        _ => None,
    }
}

/// "twenty four" = 24, "a hundred thirty" = 130, "two thousand and five" = 2005.
pub(crate) fn parse_number_words(words: &str) -> Option<u64> {
    let mut total: u64 = 0;
    let mut current: u64 = 0;
    let mut seen_number = false;
    for word in words.split(' ') {
        match word {
            "a" | "an" if !seen_number => current = 1,
            "and" if seen_number => {}
            _ => {
                let value = NUMBER_WORDS.iter().find(|(w, _)| *w == word).map(|&(_, v)| v)?;
                seen_number = true;
                match value {
                    100 => current = current.max(1).checked_mul(100)?,
                    1_000 | 1_000_000 => {
                        total = total.checked_add(current.max(1).checked_mul(value)?)?;
                        current = 0;
                    }
                    _ => current = current.checked_add(value)?,
                }
            }
        }
    }
    if !seen_number && current == 1 {
        return Some(1); // "a" / "an" alone
    }
    seen_number.then(|| total.saturating_add(current))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_words() {
        assert_eq!(parse_number_words("twenty four"), Some(24));
        assert_eq!(parse_number_words("a hundred thirty"), Some(130));
        assert_eq!(parse_number_words("two thousand and five"), Some(2005));
        assert_eq!(parse_number_words("a"), Some(1));
        assert_eq!(parse_number_words("forty"), Some(40));
        assert_eq!(parse_number_words("banana"), None);
        assert_eq!(parse_quantity("several"), Some(None));
        assert_eq!(parse_quantity("2 1/2"), Some(Some(2.5)));
        assert_eq!(spoken_year("nineteen ninety-six"), Some(1996));
        assert_eq!(spoken_year("two thousand and one"), Some(2001));
        assert_eq!(spoken_year("two thousand"), Some(2000));
    }

    #[test]
    fn words_to_numbers() {
        assert_eq!(month_number("Sept."), Some(9));
        assert_eq!(weekday_number("Thursday"), Some(4));
        assert_eq!(ordinal_number("75th"), Some(75));
        assert_eq!(ordinal_number("third"), Some(3));
        assert_eq!(unit_of("years").map(|u| u.letter), Some("Y"));
        assert_eq!(unit_of("centuries").map(|u| u.letter), Some("CE"));
        assert_eq!(part_of_day_code("small  hours"), Some("NI"));
    }
}
