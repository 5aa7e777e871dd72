//! The date engine: data-driven cases (`testdata/time/cases.txt`), the seed articles (read from
//! `../shared/corpus/seeds` when present) and property tests ("can date anything").

use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};
use proptest::prelude::*;
use summitry_core::time::{
    find_timexes, find_timexes_with, infer_anchor, publication_date, YearKnowledge, Reference,
    Timex, TimexType,
};
use summitry_core::{DateSource, Precision};

fn ymd(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("a YYYY-MM-DD date")
}

/// `span => value` and the range when there is one.
fn describe(text: &str, timex: &Timex) -> String {
    let span = &text[timex.start..timex.end];
    match (timex.date, timex.date_end) {
        (Some(first), Some(last)) => format!("{span} => {} [{first}..{last}]", timex.value),
        _ => format!("{span} => {}", timex.value),
    }
}

#[test]
fn cases_from_data_file() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/time/cases.txt");
    let cases = std::fs::read_to_string(&path).expect("testdata/time/cases.txt");
    let mut failures = Vec::new();
    let mut count = 0;
    for (number, line) in cases.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        // The text itself may contain " | ": the last two fields are reference and expected.
        let mut fields = line.rsplitn(3, " | ");
        let (expected, reference, text) = (fields.next().unwrap().trim(), fields.next().unwrap().trim(), fields.next().expect("three fields"));
        let reference = match reference {
            "-" => None,
            year if year.len() == 4 => Reference::year(year.parse().expect("a year")),
            day => Some(Reference::day(ymd(day))),
        };
        let found: Vec<String> = find_timexes_with(text, reference).iter().map(|t| describe(text, t)).collect();
        let found = if found.is_empty() { "(none)".to_string() } else { found.join(" ; ") };
        count += 1;
        if found != expected {
            failures.push(format!("line {}: {text}\n   expected: {expected}\n   found:    {found}", number + 1));
        }
    }
    assert!(count > 50, "the case file was read");
    assert!(failures.is_empty(), "{} of {count} cases fail:\n{}", failures.len(), failures.join("\n"));
}

/// Base years a knowledge base would know.
struct TestAnniversaries;

impl YearKnowledge for TestAnniversaries {
    fn base_year(&self, phrase: &str) -> Option<i32> {
        let phrase = phrase.to_lowercase();
        if phrase.contains("treaty on principles of friendly relations") {
            Some(1994)
        } else if phrase.contains("diplomatic") {
            Some(1950)
        } else {
            None
        }
    }

    fn edition_year(&self, phrase: &str, edition: u32) -> Option<i32> {
        (phrase.starts_with("Belt and Road Forum") && edition == 3).then_some(2023)
    }
}

fn seeds_dir() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/seeds");
    dir.is_dir().then_some(dir)
}

fn seed_text(dir: &Path, prefix: &str) -> String {
    let entry = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(Result::ok)
        .find(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.starts_with(prefix) && Path::new(&name).extension().is_some_and(|e| e == "txt")
        })
        .expect("seed file");
    std::fs::read_to_string(entry.path()).unwrap()
}

fn first_value_of(text: &str, reference: Option<Reference>, needle: &str) -> Timex {
    find_timexes_with(text, reference)
        .into_iter()
        .find(|t| &text[t.start..t.end] == needle)
        .unwrap_or_else(|| panic!("no timex `{needle}`"))
}

#[test]
fn seed_publication_dates_and_anchors() {
    let Some(dir) = seeds_dir() else {
        eprintln!("seeds not found: skipped");
        return;
    };
    let published: Vec<Option<String>> = ["000", "001", "002", "003", "004"]
        .iter()
        .map(|p| publication_date(&seed_text(&dir, p)).map(|d| d.date.to_string()))
        .collect();
    assert_eq!(published, vec![Some("2023-10-17".into()), Some("2024-10-25".into()), None, None, None]);
    assert_eq!(publication_date(&seed_text(&dir, "000")).unwrap().source, DateSource::Header);

    // 000: "on Tuesday" in an article of Tuesday 2023-10-17.
    let text = seed_text(&dir, "000");
    let reference = publication_date(&text).map(|p| Reference::day(p.date));
    assert_eq!(first_value_of(&text, reference, "Tuesday").value, "2023-10-17");

    // 002: the photo caption dates the text; "on Thursday" is that day.
    let text = seed_text(&dir, "002");
    let anchor = infer_anchor(&text, &TestAnniversaries).expect("an anchor");
    assert_eq!((anchor.date, anchor.precision), (ymd("2024-06-20"), Precision::Day), "{}", anchor.reason);
    assert_eq!(first_value_of(&text, Some((&anchor).into()), "Thursday").value, "2024-06-20");

    // 003: "in the leadup to the 75th anniversary ... in 2025".
    let text = seed_text(&dir, "003");
    let anchor = infer_anchor(&text, &TestAnniversaries).expect("an anchor");
    assert_eq!((anchor.date, anchor.precision), (ymd("2025-01-01"), Precision::Year), "{}", anchor.reason);
    assert_eq!(first_value_of(&text, Some((&anchor).into()), "January 14").value, "2025-01-14");

    // 004: "the 30th anniversary of the Treaty ... this year" (treaty of 1994).
    let text = seed_text(&dir, "004");
    let anchor = infer_anchor(&text, &TestAnniversaries).expect("an anchor");
    assert_eq!((anchor.date, anchor.precision), (ymd("2024-01-01"), Precision::Year), "{}", anchor.reason);
    let range = first_value_of(&text, Some((&anchor).into()), "June 19 and 20");
    assert_eq!((range.date, range.date_end), (Some(ymd("2024-06-19")), Some(ymd("2024-06-20"))));
}

#[test]
fn anchors_from_phrases() {
    let text = "Celebrating the 30th anniversary of the 1994 treaty this year, the leaders met on June 19.";
    let anchor = infer_anchor(text, &()).unwrap();
    assert_eq!((anchor.date, anchor.precision), (ymd("2024-01-01"), Precision::Year));
    let text = "In 2018, Papua New Guinea will assume the chairmanship. Trade grew in 2016.";
    let anchor = infer_anchor(text, &()).unwrap();
    assert_eq!(anchor.date, ymd("2016-01-01"));
    assert!(anchor.confidence < 0.5);
    let text = "Leaders pose in Hanoi, July 6, 2022. Photo: VNA. They met on Wednesday.";
    let anchor = infer_anchor(text, &()).unwrap();
    assert_eq!((anchor.date, anchor.precision), (ymd("2022-07-06"), Precision::Day));
    assert!(infer_anchor("No dates here at all.", &()).is_none());
    // Years counted "since" lie well before the writing: they anchor nothing.
    let text = "The leaders held talks on October 18. They have met 40 times since 2013.";
    assert!(infer_anchor(text, &()).is_none());
    let text = "Trade has doubled since 2015. The ministers met on May 4, 2019 in Hanoi.";
    assert_eq!(infer_anchor(text, &()).unwrap().date, ymd("2019-01-01"));
    // A "will" past a full stop with no space after it is another sentence's.
    let text = "The trade pact took effect in 2016 and trade reached 4 billion USD in 2018.The two sides will \
                meet again.";
    assert_eq!(infer_anchor(text, &()).unwrap().date, ymd("2018-01-01"));
    // What began in a stated year "turns twenty this year".
    let text = "The friendship treaty, signed in 1998, turns twenty this year. Trade grew in 2012.";
    assert_eq!(infer_anchor(text, &()).unwrap().date, ymd("2018-01-01"));
    let text = "The bridge, opened in 1990, is 30 years old this year.";
    assert_eq!(infer_anchor(text, &()).unwrap().date, ymd("2020-01-01"));
}

/// A weekday written before a year-less date picks, among the years the text names before it,
/// the one in which the date falls on that weekday; the next days of the story stay in it.
#[test]
fn a_weekday_chooses_the_year_of_a_retold_visit() {
    let text = "The treaty was signed in 2001. Putin arrived for a state visit on Wednesday, 28 February. \
                The following day, 1st March, he held talks in Hanoi.";
    let reference = Reference { date: ymd("2021-01-01"), precision: Precision::Year, lower_bound: false };
    assert_eq!(first_value_of(text, Some(reference), "28 February").value, "2001-02-28");
    assert_eq!(first_value_of(text, Some(reference), "1st March").value, "2001-03-01");
    // When the reference year fits the weekday, it stays.
    let text = "Trade grew in 2001. The president arrived on Sunday, 28 February.";
    assert_eq!(first_value_of(text, Some(reference), "28 February").value, "2021-02-28");
}

#[test]
fn a_numbered_gathering_dates_a_text_unless_a_later_year_is_named() {
    let text = "Xi held talks with Putin in Beijing on October 18, the second and final day of the third \
                Belt and Road Forum. On its opening day, Putin met Thuong. They have met 40 times since 2013.";
    let anchor = infer_anchor(text, &TestAnniversaries).expect("an anchor");
    assert_eq!((anchor.date, anchor.precision), (ymd("2023-01-01"), Precision::Year), "{}", anchor.reason);
    assert_eq!(first_value_of(text, Some((&anchor).into()), "October 18").value, "2023-10-18");
    // The forum's first day is the day before its second and final one.
    assert_eq!(first_value_of(text, Some((&anchor).into()), "its opening day").value, "2023-10-17");
    // Unknown editions, and unknown gatherings, say nothing.
    assert!(infer_anchor("They met at the fourth Belt and Road Forum on May 2.", &TestAnniversaries).is_none());
    assert!(infer_anchor("They met at the third Hanoi Forum on May 2.", &TestAnniversaries).is_none());
    // A text that names a later year was written after the gathering.
    let text = "At the third Belt and Road Forum the two agreed to meet again, and they met in March 2025.";
    assert_eq!(infer_anchor(text, &TestAnniversaries).unwrap().date, ymd("2025-01-01"));
}

/// Types the case table does not show: a rate is a set, a fiscal "year ended" a duration,
/// "Friday night" a date.
#[test]
fn types_of_rates_fiscal_years_and_weekday_nights() {
    let kinds = |text: &str, reference: Option<NaiveDate>| -> Vec<(String, TimexType)> {
        find_timexes(text, reference).iter().map(|t| (text[t.start..t.end].to_string(), t.kind)).collect()
    };
    assert_eq!(kinds("It earns $2 million a year, up from a year ago.", Some(ymd("1989-10-26")))[0], ("a year".to_string(), TimexType::Set));
    assert_eq!(kinds("He stayed a year in Hanoi.", None), vec![("a year".to_string(), TimexType::Duration)]);
    assert_eq!(kinds("Net rose in the year ended June 30.", Some(ymd("1989-10-26")))[0], ("the year".to_string(), TimexType::Duration));
    assert_eq!(kinds("Protesters rallied Friday night.", Some(ymd("2000-01-08"))), vec![("Friday night".to_string(), TimexType::Date)]);
    // A number ending the sentence before, or an adjective in "-long", makes no rate.
    assert_eq!(kinds("Talks ended in 2016. A month later they resumed.", None)[1], ("A month later".to_string(), TimexType::Date));
    assert_eq!(kinds("It cost 5,000 a month-long stay.", None), vec![("a month-long".to_string(), TimexType::Duration)]);
}

fn check_spans(text: &str, timexes: &[Timex]) {
    for t in timexes {
        assert!(t.start < t.end && t.end <= text.len(), "{t:?}");
        assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end), "{t:?}");
    }
}

fn date_words() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "February 30", "year 99999", "31/31/2024", "on", "Tuesday", "June 19 and 20", "last",
        "week", "99999999999999999999", "the", "20th century", "1990s", "Việt Nam", "ago", "two",
        "thousand", "years", "Q3", "third-quarter", "12:99", "25:00", "a.m.", "-", "/", "May.", "0",
        "00/00/0000", "the small hours of", "早上", "🙂", "\u{200b}", "Dec.", "31st", "of",
        // Words session 11's rules read.
        "fortnight", "Q4", "Q9", "the week of", "the day before", "yesterday", "from today", "every night",
        "each", "pencilled in for", "through", "followed by", "flies to", "it's the", "eighth day", "Now,",
        "that same day", "in the morning", "the end of the month", "4 a.m.", "(", ")", "GMT", "1,995",
        "'80s", "half of", "the corresponding period last year", "ended", "are bracing",
    ]);
    let words = words.prop_map(str::to_string);
    prop::collection::vec(words, 0..24).prop_map(|w| w.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn any_text_any_reference(text in any::<String>(), days in -300_000i32..300_000) {
        let reference = NaiveDate::from_num_days_from_ce_opt(days);
        check_spans(&text, &find_timexes(&text, reference));
        let _ = publication_date(&text);
        let _ = infer_anchor(&text, &());
    }

    #[test]
    fn date_like_text_any_reference(text in date_words(), days in prop::sample::select(vec![
        NaiveDate::MIN.num_days_from_ce(), NaiveDate::MAX.num_days_from_ce(), 1, 738_000,
    ])) {
        let reference = NaiveDate::from_num_days_from_ce_opt(days);
        check_spans(&text, &find_timexes(&text, reference));
        check_spans(&text, &find_timexes_with(&text, reference.and_then(|date| Reference::year(date.year()))));
        let _ = publication_date(&text);
        let _ = infer_anchor(&text, &TestAnniversaries);
    }

    #[test]
    fn huge_digit_strings(digits in "[0-9/.\\- ]{0,400}") {
        check_spans(&digits, &find_timexes(&digits, NaiveDate::from_ymd_opt(2024, 6, 20)));
    }
}
