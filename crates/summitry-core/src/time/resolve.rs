//! Calendar arithmetic against a reference date, and the tense of the sentence around an
//! expression (which decides whether "Tuesday" or "October" is the last or the next one).

use chrono::{Datelike, Duration, NaiveDate};

use super::lexicon::HolidayRule;

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

/// How far a month-day may lie on the wrong side of the anchor for the tense and still be
/// taken in the anchor's year.
pub(crate) const TENSE_SLACK_DAYS: i64 = 10;

/// A year-less month-day ("January 14") placed in the year the tense points to: backward,
/// the latest such day on or before `anchor`; forward, the first on or after it; nearest, the
/// closer of the two. A day of the anchor's own year up to [`TENSE_SLACK_DAYS`] on the other
/// side of the anchor still counts: a past-tense report of a deadline set a few days ahead
/// ("had been set to expire Nov. 6") or a future one of a day just gone is not a year away.
/// Invalid days give `None`.
pub fn resolve_month_day(month: u32, day: u32, anchor: NaiveDate, direction: Direction) -> Option<NaiveDate> {
    let this_year = NaiveDate::from_ymd_opt(anchor.year(), month, day);
    let within_slack = |d: NaiveDate| (d - anchor).num_days().abs() <= TENSE_SLACK_DAYS;
    let before = match this_year {
        Some(d) if d <= anchor || within_slack(d) => Some(d),
        _ => (1..=8).find_map(|back| NaiveDate::from_ymd_opt(anchor.year() - back, month, day)),
    };
    let after = match this_year {
        Some(d) if d >= anchor || within_slack(d) => Some(d),
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

/// The day a holiday falls on in `year`.
pub(crate) fn holiday_in_year(rule: HolidayRule, year: i32) -> Option<NaiveDate> {
    match rule {
        HolidayRule::Fixed(month, day) => NaiveDate::from_ymd_opt(year, month, day),
        HolidayRule::NthWeekday { month, weekday, n } => {
            let weekday = chrono::Weekday::try_from(u8::try_from(weekday.checked_sub(1)?).ok()?).ok()?;
            if n > 0 {
                NaiveDate::from_weekday_of_month_opt(year, month, weekday, u8::try_from(n).ok()?)
            } else {
                (1..=5).rev().find_map(|k| NaiveDate::from_weekday_of_month_opt(year, month, weekday, k))
            }
        }
        HolidayRule::ElectionDay => {
            NaiveDate::from_weekday_of_month_opt(year, 11, chrono::Weekday::Mon, 1)?.succ_opt()
        }
    }
}

/// A holiday without a year, placed like [`resolve_month_day`]: the one the tense points to.
pub(crate) fn resolve_holiday(rule: HolidayRule, anchor: NaiveDate, direction: Direction) -> Option<NaiveDate> {
    let this_year = holiday_in_year(rule, anchor.year())?;
    let within_slack = (this_year - anchor).num_days().abs() <= TENSE_SLACK_DAYS;
    let before = if this_year <= anchor || within_slack { Some(this_year) } else { holiday_in_year(rule, anchor.year() - 1) };
    let after = if this_year >= anchor || within_slack { Some(this_year) } else { holiday_in_year(rule, anchor.year() + 1) };
    match direction {
        Direction::Backward => before,
        Direction::Forward => after,
        Direction::Nearest => match (before, after) {
            (Some(b), Some(a)) => Some(if (anchor - b).num_days() <= (a - anchor).num_days() + 30 { b } else { a }),
            (b, a) => b.or(a),
        },
    }
}

/// The year of a year-less month, like [`resolve_month_day`] with the month's first day.
/// The current month counts as both the last and the next one. Without tense, news looks back:
/// a later month is last year's unless it is at most four months ahead, and an earlier one this
/// year's unless it is eight or more months back (then it is more likely the coming one).
pub fn resolve_month(month: u32, reference: NaiveDate, direction: Direction) -> Option<i32> {
    if !(1..=12).contains(&month) {
        return None;
    }
    let current = reference.month();
    Some(match direction {
        Direction::Backward if month > current => reference.year() - 1,
        Direction::Forward if month < current => reference.year() + 1,
        Direction::Nearest if month + 7 < current => reference.year() + 1,
        Direction::Nearest if month > current + 4 => reference.year() - 1,
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


/// Words that put a sentence in the future. "would", "could" and "might" are left out: in news
/// they mostly report past speech or conditions ("she said she would ...").
const FUTURE_MARKERS: &[&str] = &[
    "will", "'ll", "shall", "scheduled", "due to", "expected to", "plans to", "planning to",
    "set to", "going to", "upcoming", "to be held", "is to", "are to", "intends to",
    "slated", "tomorrow", "as soon as", "as early as", "looking forward to", "look forward to",
    "looks forward to", "is expected in", "are expected in", "is expected back", "is due in", "are due in", "is due back",
];

/// Past-tense verbs that do not end in -ed.
const IRREGULAR_PAST: &[&str] = &[
    "said", "met", "held", "was", "were", "had", "told", "made", "took", "came", "went", "began", "rang",
    "fell", "rose", "spoke", "left", "gave", "won", "lost", "saw", "sent", "paid", "sold",
    "bought", "flew", "became", "found", "got", "hit", "led", "put", "set off", "shot", "stood",
    "struck", "thought", "wrote", "did", "ran", "brought", "grew", "knew", "broke", "chose",
    "drew", "drove", "ate", "forgot", "heard", "kept", "laid", "meant", "read", "sat", "slid",
    "sought", "spent", "swore", "taught", "threw", "understood", "woke", "wore", "arrived",
    "quit", "cut", "shut", "let", "sank", "fought", "caught", "ago", "last", "earlier", "yesterday", "since",
];

/// Words ending in -ed that are not past verbs, or whose past sense does not date what follows
/// ("scheduled for", "expected on", "preferred shares").
const NOT_PAST_ED: &[&str] = &[
    "speed", "indeed", "proceed", "succeed", "exceed", "need", "feed", "seed", "breed", "bleed",
    "scheduled", "expected", "planned", "preferred", "proposed", "slated", "pencilled", "penciled", "limited", "united",
    "red", "bed", "shed", "hundred", "based", "related", "advanced", "detailed", "renewed",
];

fn is_future_auxiliary(word: &str) -> bool {
    ["will", "shall", "'ll", "won't"].iter().any(|f| word.eq_ignore_ascii_case(f))
}

fn is_modal_or_present(word: &str) -> bool {
    ["should", "would", "could", "might", "may", "must", "can", "is", "are", "am"].iter().any(|m| word.eq_ignore_ascii_case(m))
}

/// A form of "be" or the infinitive marker: a past participle after it is passive or
/// infinitive ("will be held", "to be signed"), not a past tense.
fn is_auxiliary(word: &str) -> bool {
    ["be", "is", "are", "being", "been", "to", "am"].iter().any(|a| word.eq_ignore_ascii_case(a))
}

/// An article or possessive: an -ed word right after it is an adjective ("on a unspecified
/// date", "the troubled region"), not a past tense.
fn is_determiner(word: &str) -> bool {
    ["a", "an", "the", "its", "his", "her", "their", "our", "this", "that", "these", "those"].iter().any(|d| word.eq_ignore_ascii_case(d))
}

/// Verbs of travel and meeting: after "would" they tell a plan ("said he would visit in May").
fn is_verb_of_travel_or_meeting(word: &str) -> bool {
    ["come", "visit", "travel", "meet", "attend", "hold", "go", "fly", "sign", "arrive", "leave", "depart", "host", "return", "receive", "head", "join"].iter().any(|v| word.eq_ignore_ascii_case(v))
}

/// "expect", "forecasts", "predict": a present verb whose object lies ahead.
fn is_verb_of_expectation(word: &str) -> bool {
    ["expect", "expects", "predict", "predicts", "forecast", "forecasts", "anticipate", "anticipates"].iter().any(|e| word.eq_ignore_ascii_case(e))
}

/// Verbs that move a date later ("extended to", "postponed to"; "pushed back to" is read apart,
/// since "dating back to" is no move).
fn is_postponing(word: &str) -> bool {
    ["extended", "postponed", "delayed", "deferred", "rescheduled", "adjourned", "moved"].iter().any(|v| word.eq_ignore_ascii_case(v))
}

/// Whether the word after a "to" reads as the verb of an infinitive: a lower-case word that is
/// not an article, pronoun, number or the noun of a set phrase ("to release", "to be"; not "to
/// the", "to him", "to 5%", "shot to death", "came to power").
fn is_infinitive_verb(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_lowercase())
        && !is_determiner(word)
        && !["him", "them", "us", "me", "it", "you", "whom", "which", "what", "and", "or", "death", "power", "date", "office", "court"].iter().any(|w| word.eq_ignore_ascii_case(w))
}

/// A present verb of travel or meeting right after its subject and right before the expression
/// tells a schedule ("they meet separately Monday", "Putin leaves on Friday"); "did meet" is
/// no present.
/// `words_before` runs from the nearest word back.
fn is_scheduled_present(words_before: &[&str]) -> bool {
    let mut words = words_before.iter().copied().skip_while(|w| w.eq_ignore_ascii_case("on")).peekable();
    // "Putin flies to Hanoi on Tuesday": past the place the verb goes to.
    if words.peek().is_some_and(|w| w.starts_with(|c: char| c.is_uppercase())) {
        let mut ahead = words.clone();
        ahead.next();
        if ahead.peek().is_some_and(|w| ["to", "in", "for"].contains(w)) {
            ahead.next();
            words = ahead;
        }
    }
    let mut verb = words.next().unwrap_or("");
    if verb.len() > 4 && verb.ends_with("ly") {
        verb = words.next().unwrap_or("");
    }
    let lower = verb.to_ascii_lowercase();
    let flies = lower.strip_suffix("ies").map(|stem| format!("{stem}y"));
    let base = flies.as_deref().or_else(|| lower.strip_suffix("es").filter(|b| b.ends_with(['o', 's', 'h']))).or_else(|| lower.strip_suffix('s')).unwrap_or(&lower);
    // The subject stands right before the verb: a name, a pronoun or a plural ("Arafat meet",
    // "they meet", "the envoys meet"); after "his working" the word is a noun ("began his
    // working visit on Friday").
    let plural_noun = |w: &str| w.len() > 3 && w.ends_with('s') && !["this", "was", "has", "does", "thus"].contains(&w);
    // ("Putin's visit to Hanoi on June 19": a possessive makes the word a noun.)
    let subject = words.next().is_some_and(|w| !w.ends_with("'s") && (w.starts_with(|c: char| c.is_uppercase()) || ["he", "she", "they", "we", "who"].contains(&w) || plural_noun(w)));
    is_verb_of_travel_or_meeting(base) && subject
}

/// "traveling", "coming", "meeting": a verb of travel or meeting in its -ing form.
fn is_travel_or_meeting_in_ing(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    let Some(stem) = lower.strip_suffix("ing") else { return false };
    let undoubled = stem.strip_suffix('l').filter(|s| s.ends_with('l')).unwrap_or(stem);
    [stem.to_string(), format!("{stem}e"), undoubled.to_string()].iter().any(|s| is_verb_of_travel_or_meeting(s))
}

/// "still", "newly", "much": stands between an article and an adjective.
fn is_adverb_of_degree(word: &str) -> bool {
    ["still", "yet", "as-yet", "much", "long", "widely", "newly", "recently", "highly", "so"].iter().any(|a| word.eq_ignore_ascii_case(a))
}

/// How many words before an expression, in its clause, are read for its tense.
const LOOKBACK_WORDS: usize = 10;

/// Whether a comma is followed by one word and "and"/"or": the comma of a list ("chairman,
/// president and chief executive"), which ends no clause.
fn opens_last_list_item(after_comma: &str) -> bool {
    let mut words = after_comma.split_ascii_whitespace();
    words.next().is_some_and(|w| w.bytes().all(|b| b.is_ascii_alphabetic()))
        && words.next().is_some_and(|w| w == "and" || w == "or")
}

/// Where the clause that ends at the end of `before` starts: after the last comma (not a
/// digit group), semicolon, colon, bracket or quotation mark.
fn clause_start(before: &str) -> usize {
    let bytes = before.as_bytes();
    (0..bytes.len())
        .rev()
        .find(|&i| match bytes[i] {
            b',' => !bytes.get(i + 1).is_some_and(u8::is_ascii_digit) && !opens_last_list_item(&before[i + 1..]),
            b';' | b':' | b'(' | b')' | b'"' => true,
            b'\'' | b'`' => bytes.get(i + 1) == Some(&bytes[i]) || (i > 0 && bytes[i - 1] == bytes[i]),
            _ => false,
        })
        .map_or(0, |i| i + 1)
}

/// The direction the sentence around `start..end` points to: the nearest future auxiliary or
/// past-tense verb before the expression in its clause wins; a fronted expression ("In
/// January, the company announced") takes the verb that follows it; a deadline ("until
/// Tuesday") points forward; otherwise any future marker in the sentence; otherwise `Nearest`
/// (callers choose their own default: a bare weekday in news is usually the last one, a
/// month-day the nearest one).
pub fn tense_direction(text: &str, start: usize, end: usize) -> Direction {
    let (sentence_start, sentence_end) = sentence_bounds(text, start, end);
    let is_word_char = |c: char| c.is_alphanumeric() || c == '\'';
    let before = &text[sentence_start..start];
    let clause = &before[clause_start(before)..];
    // Nearest first; two more than are read, to see what stands before the last one read.
    // A name of several capitalised words counts as one ("talks with Prime Minister Mikhail
    // Mishustin in Hanoi in January": the verb is as near as in "talks with him").
    let capitalised = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    let mut words_before: Vec<&str> = Vec::with_capacity(LOOKBACK_WORDS + 2);
    for word in clause.rsplit(|c: char| !is_word_char(c)).filter(|w| !w.is_empty()) {
        if words_before.last().is_some_and(|newer| capitalised(newer) && capitalised(word)) {
            continue;
        }
        words_before.push(word);
        if words_before.len() == LOOKBACK_WORDS + 2 {
            break;
        }
    }
    let word_at = |i: usize| words_before.get(i).copied().unwrap_or("");
    // "until Tuesday": a deadline, which news mostly sets ahead ("gave them until Friday").
    // So is the new date of something put off: "was extended to Nov. 16", "postponed until".
    // (Not the end of something that has run its course: "a visit that lasted until Sunday".)
    let ran_its_course = ["lasted", "stayed", "remained", "continued", "ran"].iter().any(|v| word_at(1).eq_ignore_ascii_case(v));
    // ("continues through Wednesday": so is a weekday after "through"; a month after it is a
    // stretch that has often run, "sales rose 5% through September".)
    let through = words_before.first().is_some_and(|w| w.eq_ignore_ascii_case("through"))
        && text[start..end].split(|c: char| !c.is_ascii_alphabetic()).any(|w| w.len() > 5 && super::lexicon::weekday_number(w).is_some());
    let deadline = words_before.first().is_some_and(|w| (w.eq_ignore_ascii_case("until") || w.eq_ignore_ascii_case("till") || through) && !ran_its_course)
        || words_before.first().is_some_and(|w| w.eq_ignore_ascii_case("to"))
            && (is_postponing(word_at(1)) || word_at(1).eq_ignore_ascii_case("back") && ["pushed", "put", "set"].iter().any(|v| word_at(2).eq_ignore_ascii_case(v)));
    if is_scheduled_present(&words_before) {
        return Direction::Forward;
    }
    for (i, &word) in words_before.iter().enumerate().take(LOOKBACK_WORDS) {
        if deadline {
            break;
        }
        if is_future_auxiliary(word) {
            return Direction::Forward;
        }
        // "confirmed that he would come to Vietnam in November": a future seen from the past,
        // when a verb of travel or meeting follows.
        let newer = if i == 0 { "" } else { word_at(i - 1) };
        let newer_still = if i < 2 { "" } else { word_at(i - 2) };
        if word.eq_ignore_ascii_case("would")
            && (is_verb_of_travel_or_meeting(newer) || newer.eq_ignore_ascii_case("be") && is_travel_or_meeting_in_ing(newer_still))
        {
            return Direction::Forward;
        }
        // "expected Xi to travel to Kazan in October": a trip to be made lies ahead ("to meet
        // demand" is no meeting).
        let meets_a_need = newer.eq_ignore_ascii_case("meet") && ["demand", "needs", "targets", "expectations", "requirements", "goals", "deadlines", "standards", "obligations", "costs"].iter().any(|o| newer_still.eq_ignore_ascii_case(o));
        if word.eq_ignore_ascii_case("to") && is_verb_of_travel_or_meeting(newer) && !meets_a_need {
            return Direction::Forward;
        }
        // Any other infinitive has a time of its own: an older verb does not date it ("expects
        // to release results in mid-November", "were planning to drive around the airport on
        // Monday"). A past perfect before it still dates a plan that has lapsed ("had been due
        // to expire Friday evening").
        if word.eq_ignore_ascii_case("to") && is_infinitive_verb(newer) {
            if words_before[i + 1..].iter().take(3).any(|w| w.eq_ignore_ascii_case("had")) {
                return Direction::Backward;
            }
            // "a ban to take effect on Friday", "expect the winds to ease by Wednesday": what is
            // to take effect, or is expected, lies ahead.
            let takes_effect = newer.eq_ignore_ascii_case("take") && newer_still.eq_ignore_ascii_case("effect");
            let expected = words_before[i + 1..].iter().take(5).any(|w| is_verb_of_expectation(w) || w.eq_ignore_ascii_case("expected") || w.eq_ignore_ascii_case("expecting"));
            if takes_effect || expected {
                return Direction::Forward;
            }
            break;
        }
        // "was planned for early March", "were scheduled for": a plan, whose time the past
        // "was" does not make past.
        let plan_participle = ["planned", "scheduled", "set", "slated", "pencilled", "penciled", "expected", "due", "supposed"].iter().any(|p| newer.eq_ignore_ascii_case(p));
        if (word.eq_ignore_ascii_case("was") || word.eq_ignore_ascii_case("were")) && plan_participle {
            break;
        }
        // An invitation's time is the gathering's, which the invitation does not date ("invited
        // his host to the BRICS summit in Kazan in October").
        if word.eq_ignore_ascii_case("invited") {
            break;
        }
        // A modal or a present "is" governs the expression: an older past verb does not date it
        // ("decided the boy should go home by Jan. 14", "is payable Jan. 2").
        // "Economists expect a cut in August": what is expected lies ahead.
        if is_verb_of_expectation(word) {
            return Direction::Forward;
        }
        // "Traders are bracing for another session on Friday": a present progressive with a time
        // is an arrangement ahead.
        let progressive = ["is", "are", "am"].iter().any(|b| word.eq_ignore_ascii_case(b)) && newer.len() > 4 && newer.ends_with("ing") && i <= 7;
        if progressive {
            return Direction::Forward;
        }
        if is_modal_or_present(word) {
            break;
        }
        // A past form counts unless it is a passive or infinitive participle ("will be held"),
        // governs an infinitive whose time is its own ("planned to leave on Thursday"), or is
        // an adjective after an article ("on a still unspecified date").
        let older = word_at(i + 1);
        let adjective = is_determiner(older) || is_adverb_of_degree(older) && is_determiner(word_at(i + 2));
        // "..., followed by the semi-finals on July 6": opening its clause, a participle, not a
        // past tense ("he travelled by train" is one).
        let participle = newer.eq_ignore_ascii_case("by") && i + 1 == words_before.len() && word.len() > 4 && word.ends_with("ed");
        if is_past_word(word) && !is_auxiliary(older) && !adjective && !participle && !newer.eq_ignore_ascii_case("to") {
            return Direction::Backward;
        }
    }
    let after = &text[end..sentence_end];
    if is_fronted(before, after) {
        let after_clause = after.trim_start_matches([',', ' ']);
        // The main clause may come after asides: "In January, a week after the anniversary, a
        // bombing in Birmingham, Ala., killed a guard".
        let clause_end = after_clause.find([';', ':', '(', '"', '\'']).unwrap_or(after_clause.len());
        let mut previous = "";
        let words_after: Vec<&str> = after_clause[..clause_end].split(|c: char| !is_word_char(c)).filter(|w| !w.is_empty()).take(25).collect();
        for (j, &word) in words_after.iter().enumerate().take(24) {
            if is_future_auxiliary(word) {
                return Direction::Forward;
            }
            // "On Tuesday, the league plans to hold a news conference" (not "vacation plans").
            let infinitive_follows = words_after.get(j + 1).is_some_and(|w| w.eq_ignore_ascii_case("to"));
            if infinitive_follows && ["plans", "plan", "intends", "expects", "hopes", "aims"].iter().any(|p| word.eq_ignore_ascii_case(p)) {
                return Direction::Forward;
            }
            if is_modal_or_present(word) {
                break;
            }
            if is_past_word(word) && !is_auxiliary(previous) {
                return Direction::Backward;
            }
            previous = word;
        }
    }
    if deadline {
        return Direction::Forward;
    }
    // "Chinh recalled his meeting with Putin in Tianjin earlier this month and his talks with
    // Mishustin in Hanoi in January": what is recalled lies behind.
    if contains_recall(before) {
        return Direction::Backward;
    }
    // "The team planned to leave on Thursday": what was planned lies ahead; but "On Friday, the
    // government planned to pay" dates the planning, so only a plan before the expression counts.
    if contains_future_marker(before) || contains_future_marker(after) || contains_plan(before) || contains_travel_plan(before) {
        Direction::Forward
    } else {
        Direction::Nearest
    }
}

/// Prepositions that open a fronted phrase ("In a press release on Tuesday, the office said").
const FRONTING_PREPOSITIONS: &[&str] = &["in", "on", "at", "during", "after", "before", "by", "since", "until", "late", "early", "earlier", "later", "for"];

/// Whether the expression sits in a phrase before the main clause: at most three words open
/// the sentence, or a prepositional phrase of up to eight words without a verb break ends in a
/// comma right after it. The main clause's verb then gives the tense, not a later complement.
fn is_fronted(before: &str, after: &str) -> bool {
    let words: Vec<&str> = before.split(|c: char| !(c.is_alphanumeric() || c == '\'')).filter(|w| !w.is_empty()).collect();
    if words.len() <= 3 {
        return true;
    }
    let opens_with_preposition = FRONTING_PREPOSITIONS.iter().any(|p| words[0].eq_ignore_ascii_case(p));
    opens_with_preposition && words.len() <= 8 && !before.contains([',', ';', ':', '"']) && after.trim_start().starts_with(',') && !words.iter().any(|w| is_past_word(w) || is_future_auxiliary(w) || is_modal_or_present(w))
}

/// A matcher for phrases in any case, each ending in a space (so the phrase ends a word).
fn phrase_matcher(phrases: &[&str]) -> aho_corasick::AhoCorasick {
    aho_corasick::AhoCorasick::builder().ascii_case_insensitive(true).build(phrases).expect("valid phrases")
}

/// Whether one of the matcher's phrases starts a word of `part` (one scan, any case).
fn contains_phrase(matcher: &aho_corasick::AhoCorasick, part: &str) -> bool {
    let bytes = part.as_bytes();
    matcher.find_iter(part).any(|m| m.start() == 0 || !bytes[m.start() - 1].is_ascii_alphanumeric())
}

/// "would leave", "would be travelling": a trip seen ahead from the past, in an earlier clause
/// of the sentence ("flights would leave from March 30, with the third departing from August
/// 6").
fn contains_travel_plan(part: &str) -> bool {
    static WOULD: std::sync::LazyLock<aho_corasick::AhoCorasick> = std::sync::LazyLock::new(|| phrase_matcher(&["would "]));
    let bytes = part.as_bytes();
    WOULD.find_iter(part).filter(|m| m.start() == 0 || !bytes[m.start() - 1].is_ascii_alphanumeric()).any(|m| {
        let mut words = part[m.end()..].split(|c: char| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty());
        match words.next() {
            Some(be) if be.eq_ignore_ascii_case("be") => words.next().is_some_and(is_travel_or_meeting_in_ing),
            Some(verb) => is_verb_of_travel_or_meeting(verb),
            None => false,
        }
    })
}

/// "recalled", "recalling", "reminisced": a verb whose object is a memory.
fn contains_recall(part: &str) -> bool {
    static RECALL: std::sync::LazyLock<aho_corasick::AhoCorasick> =
        std::sync::LazyLock::new(|| phrase_matcher(&["recalled ", "recalling ", "recalls ", "reminisced ", "looked back on "]));
    contains_phrase(&RECALL, part)
}

/// "planned to", "intend to", ... in a sentence part (at most a sentence: bounded).
fn contains_plan(part: &str) -> bool {
    static PLAN: std::sync::LazyLock<aho_corasick::AhoCorasick> =
        std::sync::LazyLock::new(|| phrase_matcher(&["plan to ", "planned to ", "intend to ", "intended to "]));
    contains_phrase(&PLAN, part)
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
        // "faster than expected to ...": a comparison, not an expectation about the future.
        let compared = m.start() >= 5 && part.get(m.start() - 5..m.start()).is_some_and(|w| w.eq_ignore_ascii_case("than "));
        left_ok && right_ok && !compared
    })
}

pub(crate) fn is_past_word(word: &str) -> bool {
    let is_one_of = |list: &[&str]| list.iter().any(|w| w.eq_ignore_ascii_case(word));
    let ends_in_ed = word.len() > 4 && word.as_bytes()[word.len() - 2..].eq_ignore_ascii_case(b"ed");
    (ends_in_ed && !is_one_of(NOT_PAST_ED)) || is_one_of(IRREGULAR_PAST)
}

/// Closing quotes and brackets that may follow a full stop at a sentence end (`.''`, `."`).
fn is_closing_mark(byte: u8) -> bool {
    matches!(byte, b'\'' | b'"' | b')' | b'`')
}

/// Whether the full stop at `dot` closes an abbreviation inside a sentence ("vs.", "Mr.",
/// "Gen.", "U.S."): a capitalised word of at most three letters, or "vs", followed by a space.
fn is_abbreviation_dot(bytes: &[u8], dot: usize) -> bool {
    let word_start = bytes[..dot].iter().rposition(|b| !b.is_ascii_alphabetic()).map_or(0, |i| i + 1);
    let word = &bytes[word_start..dot];
    bytes.get(dot + 1) == Some(&b' ') && (word == b"vs" || (1..=3).contains(&word.len()) && word[0].is_ascii_uppercase())
}

/// Byte bounds of the sentence around a span: up to the previous and next sentence end
/// (". ", ".'' ", "!", "?", line break), at most 300 bytes each way.
pub(crate) fn sentence_bounds(text: &str, start: usize, end: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    // A full stop followed by a lower-case word ends an abbreviation, not a sentence ("at 4
    // a.m. on Thursday", "U.S. officials").
    let lower_case_follows = |dot: usize| bytes.get(dot + 1) == Some(&b' ') && bytes.get(dot + 2).is_some_and(u8::is_ascii_lowercase);
    let mut s = start;
    let lower_limit = start.saturating_sub(300);
    while s > lower_limit {
        let c = bytes[s - 1];
        if c == b'.' && lower_case_follows(s - 1) {
            s -= 1;
            continue;
        }
        if c == b'\n' || c == b'!' || c == b'?' || (c == b'.' && bytes.get(s).is_some_and(|n| *n == b' ') && s >= 3 && !bytes[s - 3..s - 1].iter().all(u8::is_ascii_alphabetic) ) {
            break;
        }
        if c == b'.' && bytes.get(s).is_some_and(|n| *n == b' ') && s >= 4 && bytes[s - 4].is_ascii_lowercase() {
            break;
        }
        // `said.'' The`: a quotation closing a sentence.
        if is_closing_mark(c) && bytes.get(s).is_some_and(|n| *n == b' ') && bytes[lower_limit..s].iter().rev().find(|b| !is_closing_mark(**b)).is_some_and(|b| matches!(b, b'.' | b'!' | b'?')) {
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
        if c == b'\n' || c == b'!' || c == b'?' || (c == b'.' && bytes.get(e + 1).is_none_or(|n| *n == b' ' || *n == b'\n' || is_closing_mark(*n)) && !is_abbreviation_dot(bytes, e) && !lower_case_follows(e)) {
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

    /// The direction the sentence gives its "Tuesday".
    fn tuesday(sentence: &str) -> Direction {
        let s = sentence.find("Tuesday").expect("the sentence names Tuesday");
        tense_direction(sentence, s, s + "Tuesday".len())
    }

    #[test]
    fn tense() {
        assert_eq!(tuesday("Putin is scheduled to arrive on Tuesday."), Direction::Forward);
        assert_eq!(tuesday("Prices rose on Tuesday."), Direction::Backward);
        assert_eq!(tuesday("The company said Tuesday it will cut jobs."), Direction::Backward);
        // A fronted phrase takes the main clause's tense, not the reported plan's.
        assert_eq!(
            tuesday("In a press release on Tuesday, the presidential office formally confirmed the summit, stating that the prime minister intends to visit."),
            Direction::Backward
        );
        assert_eq!(tuesday("In a statement on Tuesday, the ministry said the minister will travel to Hanoi."), Direction::Backward);
        assert_eq!(tuesday("In talks on Tuesday, the two leaders will discuss trade."), Direction::Forward);
    }

    #[test]
    fn an_ed_adjective_after_an_article_is_no_past_tense() {
        assert_eq!(tuesday("The bonus is due on a still undisclosed Tuesday."), Direction::Nearest);
        assert_eq!(tuesday("The envoys arrive in the troubled region on Tuesday."), Direction::Nearest);
        assert_eq!(tuesday("The envoys arrived in the region on Tuesday."), Direction::Backward);
    }
}
