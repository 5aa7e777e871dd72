//! The pattern table: one regex per kind of temporal expression, written with placeholders
//! (`{MONTH}`, `{NUM}`, ...) that expand to the word lists of [`super::lexicon`].
//!
//! All rules are compiled into ONE multi-pattern regex that is scanned once over the text
//! (linear time, a lazy DFA without captures) and says which rule matched; that rule's own regex
//! then reads its named groups on the span alone. Matching is leftmost-first: at one start
//! position the first rule listed wins, so longer, more specific rules come first.

use std::sync::LazyLock;

use regex::{Regex, RegexBuilder};
use regex_automata::meta;
use regex_automata::util::syntax;

use super::lexicon;

/// The kinds of temporal expression; each has one pattern in [`RULES`] and one normaliser
/// branch in [`super::normalize`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RuleKind {
    IsoDate,
    NumericDate,
    MonthDayRange,
    DayRangeMonth,
    WeekOfDay,
    MonthDayYear,
    DayMonthYear,
    MonthYear,
    MonthRelativeYear,
    ClockTime,
    WordTime,
    WeekdayMonthDay,
    PartOfWeekday,
    Weekday,
    RelativeDay,
    PartOfThisDay,
    MidPartOfDay,
    Holiday,
    YearQuarter,
    YearEnded,
    LatestYear,
    RelativeUnit,
    TheWeekend,
    EarlierInTheUnit,
    SameUnit,
    PartOfToldDay,
    DayOfStay,
    AdjacentDay,
    TheUnitBefore,
    DayBesideDay,
    UnitsAgo,
    Quarter,
    QuarterCode,
    NamedPeriod,
    Half,
    VagueDuration,
    Duration,
    Season,
    Decade,
    DecadeWords,
    Century,
    Year,
    Month,
    Set,
    YearAgoAdjective,
    ReferenceWord,
    BarePluralDuration,
    TheYear,
    EndOfTheUnit,
    YearEnd,
}

/// The rules in priority order. Groups must be named (`(?P<name>...)`) or non-capturing.
/// `\b` is an ASCII word boundary and `\d` an ASCII digit after expansion.
pub(crate) const RULES: &[(RuleKind, &str)] = &[
    (RuleKind::IsoDate, r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)(?:T(?P<hour>\d\d):(?P<minute>\d\d)(?::\d\d)?)?\b"),
    (RuleKind::NumericDate, r"(?P<a>\d{1,2})(?P<sep1>[/.-])(?P<b>\d{1,2})(?P<sep2>[/.-])(?P<year>\d{4}|\d\d)\b"),
    (RuleKind::MonthDayRange, r"(?P<month>{MONTH})\s*(?P<day>{DAY})\s*(?:-|–|and|to|through|till|until)\s*(?P<day2>{DAY})(?:,?\s+(?P<year>{YEAR}))?"),
    (RuleKind::DayRangeMonth, r"(?P<day>{DAY})\s*(?:-|–|and|to|through|till|until)\s*(?P<day2>{DAY})\s+(?:of\s+)?(?P<month>{MONTH})(?:,?\s+(?P<year>{YEAR}))?"),
    // "the week of March 6": the week that holds the day.
    (RuleKind::WeekOfDay, r"the\s+week\s+of\s+(?:(?P<month>{MONTH})\.?\s*(?P<day>{DAY})|(?P<day2>{DAY})\s+(?P<month2>{MONTH}))(?:,?\s+(?P<year>{YEAR}))?"),
    (RuleKind::MonthDayYear, r"(?:(?P<mod>early|late|mid)[- ]?\s*)?(?P<month>{MONTH})\.?\s*(?P<day>{DAY})(?:,?\s+(?P<year>{YEAR}))?(?:\s+(?P<pod>morning|afternoon|evening|night)\b)?"),
    (RuleKind::DayMonthYear, r"(?:the\s+)?(?P<day>{DAY})\s+(?:of\s+)?(?P<month>{MONTH})(?:,?\s+(?P<year>{YEAR}))?"),
    (RuleKind::MonthYear, r"(?:(?P<mod>early|late|mid|the end of|the beginning of|the start of|the middle of)[- ]?\s*)?(?P<month>{MONTH})(?:\s+of)?,?\s+(?P<year>{YEAR})"),
    (RuleKind::MonthRelativeYear, r"(?:(?P<mod>early|late|mid|the end of|the beginning of|the start of|the middle of)[- ]?\s*)?(?P<month>{MONTH})\s+(?:of\s+)?(?P<rel>this|last|next|the following|the previous|that|the same)\s+year\b"),
    (RuleKind::ClockTime, r"(?:(?:around|approximately)\s+)?(?P<hour>\d{1,2})(?:[:.](?P<minute>\d\d))?\s*(?:(?P<ampm>[ap]\.?m\b\.?)|(?P<morning>in the morning|in the evening|in the afternoon|at night)\b)(?:\s+(?P<zone>[ECMP][SD]T|GMT|UTC)\b)?(?:,?\s+(?:(?:(?P<rel>last|next)\s+)?(?P<weekday>{WEEKDAY})|(?P<dayword>today|yesterday|tomorrow|tonight|this\s+(?:morning|afternoon|evening))\b|(?P<month>{MONTH})\s*(?P<day>{DAY})))?|(?P<hour24>[01]?\d|2[0-3]):(?P<minute24>[0-5]\d)(?::[0-5]\d)?\b"),
    (RuleKind::WordTime, r"(?:(?:around|about|shortly\s+before|shortly\s+after|just\s+before|just\s+after)\s+)?(?P<word>noon|midnight|midday)\b(?:\s+(?:(?P<weekday>{WEEKDAY})|(?P<dayword>today|yesterday|tomorrow)\b))?"),
    // "Saturday, April 25": one date, the weekday only confirms it.
    (RuleKind::WeekdayMonthDay, r"(?P<weekday>{WEEKDAY}),?\s+(?P<month>{MONTH})\s*(?P<day>{DAY})(?:,?\s+(?P<year>{YEAR}))?"),
    (RuleKind::PartOfWeekday, r"(?:the\s+)?(?P<pod>small hours|early hours|morning|afternoon|evening|night)\s+of\s+(?P<weekday>{WEEKDAY})"),
    (RuleKind::Weekday, r"(?:(?P<rel>last|next|this|this past|this coming|coming|early|late|earlier|later|the previous|the preceding|the following|the next)\s+)?(?P<weekday>{WEEKDAY})(?:\s+(?P<pod>morning|afternoon|evening|night)s?\b)?"),
    (RuleKind::RelativeDay, r"(?:(?P<mod>early|earlier|late|later)\s+|(?P<midpod>mid-?\s?(?:morning|afternoon))\s+)?(?P<word>today|tonight|yesterday|tomorrow)\b(?:\s+(?P<pod>morning|afternoon|evening|night)\b)?"),
    (RuleKind::PartOfThisDay, r"(?:(?P<mod>early|earlier|late|later)\s+)?(?P<rel>this|last)\s+(?P<pod>morning|afternoon|evening|night)\b"),
    // "the 1988 second quarter", "the 1988 period", "this year's third quarter", "last year's
    // quarter": before RelativeUnit, which would take "last year" alone.
    (RuleKind::YearQuarter, r"(?:(?:the|its|their)\s+)?(?P<year>{YEAR})\s+(?:(?P<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?)?(?P<unit>quarter|period)\b|(?P<rel>this|last|next)\s+year's\s+(?:(?P<ord2>first|second|third|fourth|final|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?)?(?P<unit2>quarter|period)\b"),
    // "the year ended March 31": a fiscal year, a stretch of time; the span stops at "year".
    (RuleKind::YearEnded, r"(?:the|its)\s+(?:fiscal\s+)?year\s+(?:ended|ending)\b"),
    // "by mid-afternoon": a part of the reference day.
    (RuleKind::MidPartOfDay, r"(?P<pod>(?:mid-?\s?|late\s+|early\s+)(?:morning|afternoon))\b"),
    (RuleKind::Holiday, r"(?:(?P<rel>last|this|next)\s+)?(?P<holiday>{HOLIDAY})\b"),
    // "sales in the latest fiscal year": the last one completed.
    (RuleKind::LatestYear, r"the\s+latest\s+(?P<unit>(?:fiscal\s+)?year)\b"),
    (RuleKind::RelativeUnit, r"(?:(?P<mod>early|earlier|late|later|mid|the end of|the beginning of|the start of|the middle of|the rest of)[- ]?\s*)?(?:(?P<the>the)\s+)?(?P<rel>this past|this coming|this|last|next|past|previous|coming|following|current|prior|same)\s+(?P<unit>week|weekend|month|quarter|year|decade|century|fiscal year)\b"),
    (RuleKind::TheWeekend, r"(?:over\s+)?the\s+weekend\b"),
    (RuleKind::EarlierInTheUnit, r"(?P<mod>earlier|later|early|late)\s+in\s+the\s+(?P<unit>week|month|year)\b"),
    (RuleKind::SameUnit, r"(?:the|that)\s+(?:very\s+)?same\s+(?P<unit>day|week|month|year)\b|that\s+(?P<unit2>day|month|year)\b|(?:that|the same)\s+(?P<pod>morning|afternoon|evening|night)\b"),
    // "Dealers placed orders in the morning": a part of the day just told.
    (RuleKind::PartOfToldDay, r"(?:in|during)\s+the\s+(?P<pod>morning|afternoon|evening)\b"),
    // "On the final day, the president received him": a day of the stretch of days named before.
    // "on October 18, the second and final day of the forum": the stretch ends on that date.
    (RuleKind::DayOfStay, r"(?:the|its|their)\s+(?P<which>first|opening|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|last|closing)(?:\s+and\s+(?P<last>final|last|closing))?\s+day\b"),
    // "his talks with the prime minister the previous day": next to the day named before.
    (RuleKind::AdjacentDay, r"the\s+(?P<dir>previous|following|next)\s+(?:day|morning|afternoon|evening|night)\b"),
    // "paid a visit to Russia the month before": counted from the time the story last told.
    // ("The year before" is left out: TimeBank leaves it unmarked.)
    (RuleKind::TheUnitBefore, r"the\s+(?P<unit>week|month)\s+(?P<dir>before|after)\b"),
    // "the day before yesterday", "two days after last Tuesday": counted from the day named.
    (RuleKind::DayBesideDay, r"(?:the|(?P<num>\d|one|two|three|four|five|six|seven|eight|nine|ten))\s+days?\s+(?P<dir>before|after)\s+(?:(?P<dayword>yesterday|tomorrow)\b|(?:(?P<rel>last|next|this past|this coming|coming)\s+)?(?P<weekday>{WEEKDAY}))"),
    (RuleKind::UnitsAgo, r"(?:(?:about|nearly|almost|some|more than|less than|over|roughly|approximately|just|only)\s+)?(?P<num>{NUM})\s+(?P<unit>{UNIT})\s+(?:or\s+so\s+)?(?P<dir>ago|earlier|before|later|from now|from today|hence|back)\b"),
    (RuleKind::Quarter, r"(?:(?:the|its|their)\s+)?(?:(?P<rel>last|this|next|latest|current|previous|year-ago|year-earlier|same)\s+)?(?P<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?quarters?\b(?:\s+of\s+(?:fiscal\s+)?(?P<year>{YEAR}))?"),
    // "Q4 2010", "2011 Q3", "in Q2": a quarter by its code.
    (RuleKind::QuarterCode, r"(?:(?P<year0>{YEAR})\s+)?Q(?P<code>[1-4])(?:\s+(?:of\s+)?(?P<year>{YEAR}))?\b"),
    (RuleKind::NamedPeriod, r"(?:the|that|this|its)\s+(?:(?P<rel>latest|current|recent|most recent|year-ago|year-earlier|same|previous|prior|comparable|corresponding|comparable year-ago|comparable year-earlier|year-before)\s+)?(?P<unit>quarter|period)\b(?:\s+(?P<year_ago>last\s+year|a\s+year\s+(?:ago|earlier)))?"),
    (RuleKind::Half, r"(?:the\s+)?(?:(?P<ord>first|second|last)\s+half|(?P<ord2>first|last)\s+two\s+quarters)(?:\s+of\s+(?:(?P<this>this|last|next)\s+year|(?P<year>{YEAR})|the\s+year\b|the\s+(?:(?P<decade>1\d\d0|20\d0)|'(?P<short>\d0))'?s\b))?\b"),
    (RuleKind::VagueDuration, r"(?:(?P<the>the)\s+)?(?P<dir>recent|coming|past|last|next|following|previous)\s+(?:(?:few|several|many)\s+)?(?P<unit>{UNIT_PLURAL})\b|the\s+(?P<unit2>{UNIT_PLURAL})\s+ahead\b|over\s+(?P<over>the\s+(?P<unit3>years|decades|centuries))\b"),
    (RuleKind::Duration, r"(?:(?P<approx>nearly|almost|more than|less than|no more than|at least|at most|up to|roughly|approximately|another|an additional|a full|the full)\s+)?(?:(?P<the>the|its|their)\s+)?(?:(?P<dir>past|last|next|first|previous|coming|following|final|remaining|initial|latest|recent|prior|entire)\s+)?(?P<num>{NUM})(?:\s+(?:more|additional|full))?(?:-|\s+)(?:(?:trading|business|working|calendar|consecutive|straight|successive)\s+)?(?P<unit>{UNIT})(?:-(?:long|old))?\b(?P<half>\s+and\s+a\s+half)?"),
    (RuleKind::Season, r"(?:(?P<mod>early|late|mid)[- ]?\s*)?(?:(?P<the>the)\s+)?(?:(?P<rel>this past|this coming|this|last|next|past|coming)\s+)?(?P<season>spring|summer|autumn|fall|winter)\b(?:\s+of\s+(?P<year>{YEAR})|\s+(?P<year2>{YEAR}))?"),
    (RuleKind::Decade, r"(?:the\s+)?(?:(?P<mod>early|mid|late)[- ]?\s*)?(?:(?P<decade>1\d\d0|20\d0)|'(?P<short>\d0))'?s\b"),
    (RuleKind::DecadeWords, r"(?:the\s+)?(?:(?P<mod>early|mid|late)[- ]?\s*)?(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b"),
    (RuleKind::Century, r"(?:the\s+)?(?:(?P<mod>early|mid|late)[- ]?\s*)?(?P<ord>{ORD})[- ]century\b"),
    (RuleKind::Year, r"(?:(?P<fiscal>fiscal(?:\s+year)?)\s+)?(?:(?P<mod>early|mid|late|the end of|the beginning of|the start of|the middle of)[- ]?\s*)?(?P<year>1[6-9]\d\d|20\d\d)\b|(?:the\s+year\s+)?(?P<spoken>{SPOKEN_YEAR})|the\s+year\s+(?P<spoken2>two\s+thousand)\b"),
    (RuleKind::Month, r"(?:(?P<mod>early|mid|late|the end of|the beginning of|the start of|the middle of)[- ]?\s*)?(?:(?P<rel>this past|last|this|next|past|coming)\s+)?(?P<month>{MONTH_FULL})\b"),
    (RuleKind::Set, r"(?P<word>daily|nightly|weekly|monthly|yearly|annually|hourly)\b|(?:every|each|per)\s+(?:(?P<unit>day|week|month|quarter|year)|(?P<pod>morning|afternoon|evening|night)\b|(?P<weekday>{WEEKDAY})|(?P<month>{MONTH_FULL})(?:\s+(?P<day>{DAY}))?\b)|(?P<weekdays>monday|tuesday|wednesday|thursday|friday|saturday|sunday)s\b(?:\s+(?P<pods>mornings|afternoons|evenings|nights)\b)?"),
    // "year-earlier results"; "the year-ago nine months" is a stretch (of the year before).
    (RuleKind::YearAgoAdjective, r"year-(?:earlier|ago)\b(?:\s+(?P<num>{NUM})\s+(?P<unit>months|weeks))?"),
    (RuleKind::ReferenceWord, r"(?P<word>now|currently|current|nowadays|these days|at present|recently|the future|the near future|the near term|the short term|a later date)\b|(?P<in_the>in\s+)?(?P<past>the\s+past)\b"),
    // "for years", "within weeks", "could take months": a stretch of unknown length; the span is
    // the noun alone.
    // "decades-long": the same, as an adjective; "day-long": one unit.
    (RuleKind::BarePluralDuration, r"(?:for|within|in|take|takes|took|taken)\s+(?P<unit>{UNIT_PLURAL})\b|(?P<long>{UNIT_PLURAL})-long\b|(?P<one_long>{UNIT})-long\b"),
    // "sales for the year", "by the end of the year", "the full year": the year being written
    // in, named as a whole; last, so that "the year-ago quarter" and "the year ended" win.
    // "by year-end", "by year's end": the end of the year written in (of the last one after "since").
    (RuleKind::YearEnd, r"year[- ]end\b|year's\s+end\b"),
    // "by the end of the month": a part of the month written in.
    (RuleKind::EndOfTheUnit, r"(?:the end|the beginning|the start|the middle|the rest)\s+of\s+the\s+(?P<unit>month|week)\b"),
    (RuleKind::TheYear, r"(?:(?:the end|the beginning|the start|the middle|the rest)\s+of\s+)?the\s+(?:(?:full|current)\s+)?(?:fiscal\s+)?year\b"),
];

/// Expands placeholders, `\b` and `\d` of a rule pattern.
pub(super) fn expand(pattern: &str) -> String {
    let alternation = |words: &mut dyn Iterator<Item = &str>| -> String {
        let mut words: Vec<&str> = words.collect();
        // Longest first, so that leftmost-first alternation prefers "sept" over "sep".
        words.sort_by_key(|w| std::cmp::Reverse(w.len()));
        words.iter().map(|w| regex::escape(w).replace(' ', r"\s+")).collect::<Vec<_>>().join("|")
    };
    // Abbreviations may carry a dot ("Dec."); full names may not, so that a sentence-final
    // "in May." does not take the full stop.
    let month = format!(
        r"(?:{})\b|(?:{})\b\.?",
        alternation(&mut lexicon::MONTHS.iter().filter(|m| m.0.len() > 4 || m.0 == "may" || m.0 == "june" || m.0 == "july").map(|m| m.0)),
        alternation(&mut lexicon::MONTHS.iter().filter(|m| !(m.0.len() > 4 || m.0 == "may" || m.0 == "june" || m.0 == "july")).map(|m| m.0))
    );
    let month_full = alternation(&mut lexicon::MONTHS.iter().filter(|m| m.0.len() > 4 || m.0 == "may" || m.0 == "june" || m.0 == "july").map(|m| m.0));
    let weekday = format!(
        r"(?:{})\b|(?:{})\b\.?",
        alternation(&mut lexicon::WEEKDAYS.iter().filter(|w| w.0.ends_with("day")).map(|w| w.0)),
        alternation(&mut lexicon::WEEKDAYS.iter().filter(|w| !w.0.ends_with("day")).map(|w| w.0))
    );
    let number_word = alternation(&mut lexicon::NUMBER_WORDS.iter().map(|n| n.0));
    let vague = alternation(&mut lexicon::VAGUE_QUANTITIES.iter().copied());
    let units = alternation(&mut lexicon::UNITS.iter().map(|u| u.word));
    let holiday = alternation(&mut lexicon::HOLIDAYS.iter().map(|h| h.0));
    let ordinal = alternation(&mut lexicon::ORDINAL_WORDS.iter().map(|o| o.0));
    // Years as they are spoken in broadcast transcripts: "nineteen ninety-six", "two thousand
    // and one" ("two thousand" alone is a number; only "the year two thousand" is a year).
    let units_word = "one|two|three|four|five|six|seven|eight|nine";
    let spoken_year = format!(
        r"(?:nineteen[- ](?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:{units_word}))?)|two\s+thousand\s+(?:and\s+)?(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ](?:{units_word}))?|{units_word}))\b"
    );
    pattern
        .replace("{MONTH_FULL}", &format!("(?:{month_full})"))
        .replace("{MONTH}", &format!(r"(?:{month})"))
        .replace("{WEEKDAY}", &format!(r"(?:{weekday})"))
        .replace("{DAY}", r"(?:[0-3]?\d)(?:st|nd|rd|th)?\b")
        .replace("{SPOKEN_YEAR}", &spoken_year)
        .replace("{YEAR}", &format!(r"(?:[12]\d{{3}}\b|{spoken_year})"))
        .replace(
            "{NUM}",
            &format!(
                r"(?:\d+(?:\.\d+)?(?:\s+[13]/[24])?|(?:(?:a|an)\s+(?:hundred|thousand|million|dozen)|{number_word})(?:(?:-|\s+|\s+and\s+)(?:{number_word}))*|{vague}|a|an)"
            ),
        )
        .replace("{HOLIDAY}", &format!("(?:{holiday})"))
        .replace("{UNIT_PLURAL}", &format!("(?:{units})s"))
        .replace("{UNIT}", &format!("(?:{units}|centuries)s?"))
        .replace("{ORD}", &format!(r"(?:\d{{1,2}}(?:st|nd|rd|th)|{ordinal})"))
        .replace(r"\b", r"(?-u:\b)")
        .replace(r"\d", "[0-9]")
}

/// The compiled rule set.
pub(crate) struct RuleSet {
    /// All rules as one multi-pattern regex: finds the spans (a DFA scan, no captures) and tells
    /// which rule each belongs to (its pattern number is its index in [`RULES`]).
    pub(crate) combined: meta::Regex,
    /// Each rule alone, anchored, with its named groups: read only on matched spans.
    pub(crate) single: Vec<Regex>,
}

pub(crate) static RULE_SET: LazyLock<RuleSet> = LazyLock::new(|| {
    let expanded: Vec<String> = RULES.iter().map(|(_, p)| expand(p)).collect();
    let strip_names = Regex::new(r"\(\?P<[a-z0-9_]+>").expect("valid");
    let scanning: Vec<String> = expanded.iter().map(|p| format!(r"(?-u:\b)(?:{})", strip_names.replace_all(p, "(?:"))).collect();
    // ASCII classes and case folding: the words are English and the DFA stays small and fast
    // (non-ASCII text is still scanned correctly, it just never matches a word character).
    let combined = meta::Builder::new()
        .syntax(syntax::Config::new().case_insensitive(true).unicode(false))
        .configure(meta::Config::new().nfa_size_limit(Some(64 << 20)).hybrid_cache_capacity(64 << 20))
        .build_many(&scanning)
        .expect("the rule table compiles");
    let single = expanded
        .iter()
        .map(|p| {
            RegexBuilder::new(&format!("^(?:{p})$"))
                .case_insensitive(true)
                .unicode(false)
                .size_limit(16 << 20)
                .build()
                .expect("each rule compiles")
        })
        .collect();
    RuleSet { combined, single }
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_compiles_and_has_no_unnamed_groups() {
        let set = &*RULE_SET;
        assert_eq!(set.single.len(), RULES.len());
        assert_eq!(set.combined.pattern_len(), RULES.len());
        // No capture groups in the scanning regex: only each rule's implicit whole-match group.
        assert_eq!(set.combined.group_info().all_group_len(), RULES.len());
    }
}
