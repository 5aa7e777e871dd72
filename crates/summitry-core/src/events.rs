//! Events: triggers ("held talks with", "arrived in", "witnessed the signing"), their
//! participants, date, place and status, one event per happening in a document.

use std::collections::HashSet;
use std::ops::Range;
use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use regex::Regex;

use crate::actors::{Actors, CountryMention, PersonMention, PlaceMention, Via};
use crate::model::{DateBasis, EventKind, Precision, Status};
use crate::text::{floor_boundary, last_word, word_regex};
use crate::time::{Timex, TimexType};

/// An event before it gets its document id, evidence text and topics.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub kind: EventKind,
    /// Indexes into [`Actors::people`], subject first.
    pub participants: Vec<usize>,
    pub date: Option<DatePart>,
    pub place: Option<PlaceMention>,
    pub status: Status,
    /// The sentence (byte span) stating the event.
    pub sentence: Range<usize>,
    pub confidence: f32,
    /// The date was not stated with the event but taken from its context (an earlier
    /// sentence, or the publication date of a headline): a stated date elsewhere wins.
    pub inherited_date: bool,
    /// Some report states the date and says it happened.
    pub occurred_stated: bool,
    /// Told as the backdrop of another event ("a day after he and Putin held their summit"):
    /// it dates nothing in later sentences.
    pub backdrop: bool,
}

/// A resolved date of an event.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DatePart {
    pub date: NaiveDate,
    pub precision: Precision,
    pub end: Option<NaiveDate>,
    pub basis: DateBasis,
}

/// What may stand between an arrival and its place: "the central Vietnamese city of", "the Black
/// Sea resort of".
static PLACE_DESCRIPTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s+the\s+(?:[\w-]+\s+){0,4}?(?:city|capital|port|resort|town|province|region|island|port city|seaside city)\s+of\s+$").expect("place description")
});

/// Trigger patterns by kind. Order matters only for readability; all are searched.
static TRIGGERS: LazyLock<Vec<(EventKind, Trigger, Regex)>> = LazyLock::new(|| {
    use EventKind::{Call, Meeting, Signing, Visit};
    use Trigger::{Arrival, Attending, Contact, Invitation, Noun, Paired, Verb, Visiting};
    let t = |kind, form, pattern: &str| {
        (kind, form, word_regex(&format!(r"(?i)\b(?:{pattern})\b")).expect("trigger pattern"))
    };
    vec![
        t(Call, Noun, r"(?:tele)?phone (?:talks|call|conversation)s?|(?:his|her|their) call with|discussed (?:it |this |the matter |the upgrade )?(?:by|over the|on the) (?:tele)?phone|video (?:call|conference|talks)|videoconference|(?:spoke|spoken|speak|speaks|talked|talk) (?:by|over the|on the) (?:tele)?phone|(?:spoke|speak|speaks|talked|talk|met|meet) (?:by|via|over) (?:a )?video(?: ?link)?|(?:phone|telephone)d"),
        t(Meeting, Verb, r"(?:met|meets|meet|meeting)(?: with)?|(?:saw|seen|see) each other|spent (?:about |around |some |nearly |almost |more than )?(?:\d+|an?|one|two|three|forty|thirty|twenty) (?:minutes|hours?) with|s[ai]ts? down together|(?:talked|spoke|chatted) (?:briefly )?on the sidelines|(?:held|hold|holds|had|have|has|holding) (?:a |an |the |their )?(?:[\w-]+ ){0,3}?(?:talks|meeting|discussions|summit|session with)|(?:held|hold|holds|had|have|has|holding) (?:(?:several|many|numerous|a number of|a series of|a few|two|three|four|separate|bilateral) )*meetings|s[ai]ts? down (?:with|for)|received|receives|receive|hosted|hosts|host|welcomed|welcomes|greeted|co-chaired|co-chair|co-chairs|co-chairing|jointly chaired|jointly presided over|get together|got together|call(?:ed)? on|(?:paid|pays|pay|paying) (?:a )?courtesy calls? on"),
        // No boundary before the names: an ASCII one would refuse "Đinh"; the leftmost match
        // starts at a capitalised word's first letter anyway.
        (Meeting, Paired, word_regex(r"\p{Lu}[\p{L}.]+ ?[-–—] ?\p{Lu}[\p{L}.]+ (?:meeting|talks|summit)\b").expect("paired pattern")),
        t(Meeting, Noun, r"(?:their|the|bilateral|official|summit|face-to-face|one-on-one|in-person) (?:talks|meeting|encounter)|talks (?:with|between)|discussions? with|talks on \w+(?: \w+)? with|meetings? (?:with|between)|(?:separate |bilateral )?meetings on \w+ with|(?:his|her|their|a|an|the)(?: annual| bilateral| informal| first| two-day)? summit (?:with|between)|(?:'s|\u{2019}s) (?:talks|meeting)|interactions? with|welcom(?:e|ing) ceremony|courtesy call|(?:after|following) (?:[\w-]+ )?talks (?:at|in)"),
        t(Visit, Visiting, r"visiting"),
        t(Visit, Verb, r"visited|visits|visit|trips? to|tour of|trips? (?:that|which)|invited to (?:attend|come to)|(?:'s|\u{2019}s) (?:[\w-]+ )?trip"),
        t(Visit, Arrival, r"arrived in|arrives in|arrive in|arriving in|(?:arrived|arrives|arriving|landed|lands|landing) at|came twice,? to|(?:came|comes|coming) back to|(?:returned|returns|returning) to|landed (?:first |later |briefly )?in|lands in|landing in|touch(?:ed|es|ing)? down (?:in|at)|set foot in|sets foot in|flew into|flew (?:(?:north|south|east|west|on|back|straight) )?to|(?:fly|flies|flying)(?: on)? to|reached|came to|went to|travel(?:l)?ed to|travel(?:s|l?ing)?(?: on)? to|en route to|(?:has|have|had) been to|to come(?: [a-z]+){0,3} to|(?:will|would|shall) come to|on (?:his|her|their) way to|head(?:s|ed|ing)? (?:(?:north|south|east|west|on|back|straight) )?to|(?:left|leaves?|leaving|departed|departs)(?: [\w-]+){0,5}? for|(?:stopped|stops|stopping)(?: over)? in|(?:is|are) (?:expected|due) (?:back )?in|(?:spent|spends|spending) (?:a |an |the |[\w-]+ )?(?:day|days|week|weeks|night|nights) in"),
        t(Signing, Verb, r"signed|sign|signing|inked|put (?:their|his|her) (?:names?|signatures?) (?:to|on)|exchange of (?:[\w-]+ ){0,4}?(?:documents|agreements)|exchanged (?:[\w-]+ ){0,5}?(?:documents|agreements)"),
        // After "invited to attend" (a planned visit above), so that one trigger claims it.
        t(Visit, Attending, r"attended|attends|attending|attend"),
        // "Putin has invited To Lam to attend the celebrations", "looking forward to welcoming
        // him in New Delhi": the one invited or welcomed is to visit.
        t(Visit, Invitation, r"invited|invites|look(?:s|ing)? forward to welcoming"),
        // "Modi spoke to Putin on August 8", "Putin rang Modi", "they last talked in June":
        // calls when the story is about calls (see `Trigger::Contact`).
        t(Call, Contact, r"spoke (?:to|with)|talked (?:to|with)|talked|rang|called(?: again| back)?"),
    ]
});

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Trigger {
    Verb,
    Noun,
    /// "his visiting Russian counterpart X": the visitor follows.
    Visiting,
    /// "arrived in", "reached": a visit only when a place follows at once.
    Arrival,
    /// "the Putin–Trong meeting": the people are named inside the trigger.
    Paired,
    /// "attended the APEC summit in Da Nang": a visit only when a place ends the phrase.
    Attending,
    /// "spoke to", "rang": a call only in a sentence about calls or just after one.
    Contact,
    /// "invited X to attend", "looking forward to welcoming him": X is to visit.
    Invitation,
}

static FUTURE: LazyLock<Regex> = LazyLock::new(|| {
    word_regex(r"(?i)\b(?:will|shall|would|'ll|(?:is|are|was|were) (?:to|due to|set to|scheduled to|expected to|slated to|going to)|(?:is|are) (?:expected|due) (?:back )?in|scheduled|plans? to|planned|intends? to|upcoming|forthcoming|invit(?:ed|es|ing)|to visit|to come|to travel|expect(?:s|ed)? \p{Lu}\w+ to|likely to|preparations? for|later this (?:year|month|week)|look(?:s|ing)? forward to (?:welcoming|hosting|receiving|seeing|visiting|meeting))\b").expect("future pattern")
});

/// Another event named with a relative clause of its own: "the state visit that Putin paid",
/// "his trips to Vietnam, including the one he made in 2010".
static OTHER_EVENTS_CLAUSE: LazyLock<Regex> =
    LazyLock::new(|| {
        word_regex(r"(?i)\b(?:visit|trip|talks|meeting|tour)s?\s+(?:that|which)\s|\b(?:visit|trip|tour)s?\b[^.;]{0,80}?\bthe one (?:that |which )?[a-z]+ (?:made|paid)\b")
            .expect("other event clause pattern")
    });

/// Before a plural "visits" that names no trip: "all-level visits", "mutual visits", "exchanges
/// of visits", "delegation exchanges and visits".
static GENERIC_VISITS: LazyLock<Regex> = LazyLock::new(|| {
    word_regex(r"(?i)\b(?:and|of|mutual|reciprocal|regular|frequent|more|further|high-level|all-level|top-level|[a-z]+-level)\s+$").expect("generic visits pattern")
});

/// "to Hanoi on Sunday and Monday by ": the agent of a visit named a little after it.
static VISIT_BY: LazyLock<Regex> = LazyLock::new(|| word_regex(r"^(?:to|in)\s[^,;.()]{1,60}?\sby\s").expect("visit-by pattern"));

/// After the name in "the visit X made / paid / had made": X made it.
static MADE_BY: LazyLock<Regex> =
    LazyLock::new(|| word_regex(r"^(?:,[^,;.]{1,80},)?\s+(?:had\s+)?(?:made|paid|undertook)\b").expect("made-by pattern"));

/// "the aim of", "the purpose of the", ... just before a trigger noun.
static PURPOSE_OF: LazyLock<Regex> =
    LazyLock::new(|| word_regex(r"(?i)\b(?:aim|aims|purpose|goal|objective|point)\s+of\s+(?:his|her|their|the|this|its)\s+$").expect("purpose pattern"));

static PAST_VERB: LazyLock<Regex> = LazyLock::new(|| {
    word_regex(r"(?i)^(?:met|held|had|received|hosted|welcomed|greeted|visited|arrived|landed|flew|reached|came|went|signed|spoke|talked|sat|got|inked|paid|called)\b").expect("past pattern")
});

/// A verb of memory before a trigger.
static RECALLED: LazyLock<Regex> = LazyLock::new(|| word_regex(r"(?i)\b(?:recalled|recalling|recalls|remembered|remembering|reminisced)\b").expect("recalled pattern"));

/// Words that refer back to the happening of an earlier sentence.
static SAME_FRAME: LazyLock<Regex> = LazyLock::new(|| {
    word_regex(r"(?i)\b(?:the same day|that day|(?:earlier|later) in the day|(?:earlier|later) that day|after (?:the|their) (?:talks|meeting)|during (?:the|their|this|that|his|her) (?:talks|meeting|visit|trip|stay)|at (?:the|their) (?:talks|meeting)|on (?:this|the) occasion|following (?:the|their) (?:talks|meeting)|(?:on|during) the (?:first|second|third|last|final|opening|closing) day of (?:the|his|her|their|this) (?:visit|trip|stay|tour))\b").expect("frame pattern")
});

/// "after their talks", "at the meeting": the sentence is framed by a meeting told before, not
/// by another happening of the same people (the arrival the day before).
static MEETING_FRAME: LazyLock<Regex> = LazyLock::new(|| {
    word_regex(r"(?i)\b(?:after|at|during|following|before|at the end of|by the end of) (?:the|their) (?:talks|meeting|summit|session)\b").expect("meeting frame pattern")
});

/// A sentence set on the trip or occasion the sentence before told ("On that trip ...", "...
/// held talks on that trip").
static THAT_TRIP: LazyLock<Regex> = LazyLock::new(|| word_regex(r"(?i)\b(?:on|during) (?:that|the same) (?:trip|visit|occasion|tour)\b").expect("that-trip pattern"));

/// "an official welcome ceremony for him", "a banquet in honour of her": whom it was held for.
static FOR_HIM: LazyLock<Regex> = LazyLock::new(|| word_regex(r"^(?:[\w-]+ ){1,5}?(?:for|in honou?r of) (?:him|her)\b").expect("for-him pattern"));

/// Nouns after a possessive name that name someone else ("Lam's predecessor", "Putin's envoy").
const RELATIONAL_NOUNS: &[&str] = &["predecessor", "successor", "wife", "husband", "son", "daughter", "father", "mother", "envoy", "spokesman", "spokeswoman", "aide", "adviser", "advisor", "representative"];

/// A negation just before a trigger.
static NEGATED: LazyLock<Regex> = LazyLock::new(|| {
    // Only auxiliaries and adverbs may stand between: "not only met X but ..." is no negation.
    word_regex(r"(?i)\b(?:not|n't|never|no longer|neither|nor|failed to|refused to|declined to)\s+(?:(?:yet|be|been|have|even|again|once|formally|personally)\s+)?$").expect("negation pattern")
});

/// A condition in the sentence before a trigger.
static HYPOTHETICAL: LazyLock<Regex> = LazyLock::new(|| word_regex(r"(?i)\b(?:if|unless)\b").expect("condition pattern"));

static LISTED_YEAR: LazyLock<Regex> =
    LazyLock::new(|| word_regex(r"^(?:,\s*(?:and\s+)?|\s+and\s+)((?:19|20)[0-9]{2})\b").expect("listed year pattern"));

/// A country referred back to after a preposition of place ("came to the country").
static THE_COUNTRY: LazyLock<Regex> = LazyLock::new(|| word_regex(r"(?i)\b(?:to|in|into|across|around|visited|visiting)\s+the\s+country\b").expect("the-country pattern"));

static SINCE: LazyLock<Regex> = LazyLock::new(|| word_regex(r"(?i)\bsince\b").expect("since pattern"));

/// Meetings held online are calls.
static ONLINE: LazyLock<Regex> = LazyLock::new(|| {
    word_regex(r"(?i)\b(?:online|virtual(?:ly)?|video ?conference|via video|by video(?: ?link)?|over video(?: ?link)?|teleconference)\b").expect("online pattern")
});

/// Present-tense triggers, as in headlines ("PM holds talks with ...") that report the day's news.
static PRESENT_VERB: LazyLock<Regex> = LazyLock::new(|| {
    word_regex(r"(?i)^(?:holds|meets|receives|hosts|welcomes|visits|arrives|begins|starts|talks|signs)\b").expect("present pattern")
});

static PRONOUN_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    word_regex(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|I|[Mm]y)\b").expect("pronoun pattern")
});

/// Whether the clause that `at` stands in (from the last comma, semicolon or full stop after
/// `from`) has opened with "since": "his first trip since taking over in June", "marking half a
/// century since ... in 1968".
fn in_since_clause(text: &str, from: usize, at: usize) -> bool {
    let clause_start = text[from..at].rfind([',', ';', '.']).map_or(from, |i| from + i + 1);
    text[clause_start..at].contains(" since ")
}

/// A heading line of a day-by-day report.
enum Heading {
    /// A line that is only a day without a year ("FRIDAY, 9 MAY", "Thursday, May 8").
    Day(DatePart),
    /// A short capitalised heading without one ("BACKGROUND"), which ends the day.
    Other,
}

/// The heading a line is, if it is one.
fn day_heading(line: &str, dates: &[(Range<usize>, DatePart)]) -> Option<Heading> {
    let line = line.trim();
    if line.len() > 40 || line.contains(['.', '\n']) {
        return None;
    }
    let words: Vec<&str> = line.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    // (A day of the month may carry an ordinal ending: "9th".)
    let date_word = |w: &&str| {
        crate::time::is_month_or_weekday(w) || w.trim_end_matches(|c: char| c.is_ascii_alphabetic()).parse::<u32>().is_ok_and(|n| n <= 31)
    };
    // (The weekday and the day may be read as two dates of the same day.)
    let one_day = dates.first().filter(|(_, first)| first.precision == Precision::Day && dates.iter().all(|(_, d)| d.date == first.date && d.precision == Precision::Day));
    match (dates, one_day) {
        (_, Some((_, day))) if !words.is_empty() && words.iter().all(date_word) => Some(Heading::Day(*day)),
        ([], _) if !words.is_empty() && words.len() <= 3 && line.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase) => Some(Heading::Other),
        _ => None,
    }
}

/// "after earlier stops in", "after a state visit to": stops before the trip told.
static EARLIER_STOPS: LazyLock<Regex> = LazyLock::new(|| {
    word_regex(r"(?i)\bafter (?:a |an |his |her |their )?(?:(?:earlier|brief|previous|short|state|official|working|[a-z]+-day) )*$").expect("earlier stops pattern")
});

/// A sentence opening on a phrase owned by a pronoun: "In his meeting with", "During her talks with".
static FRONTED_POSSESSIVE: LazyLock<Regex> = LazyLock::new(|| {
    word_regex(r"^\s*(?:In|During|At|After|Following|Before)\s+(?:his|her)\s*$").expect("fronted possessive pattern")
});

/// The end of a gap before a date that tells the same happening at another time.
static ANOTHER_TIME: LazyLock<Regex> = LazyLock::new(|| word_regex(r"(?i),?\s+and\s+(?:before|after) that,?\s+(?:in|on)\s*$").expect("another-time pattern"));

/// Where an invitation's own phrase ends: a clause of its own begins.
static INVITATION_PHRASE_END: LazyLock<Regex> = LazyLock::new(|| word_regex(r"(?i),|;|\b(?:while|when|during|as|after|before)\b").expect("phrase end pattern"));

/// A reporting clause after the event told: ", the Kremlin said", ", officials announced".
static REPORTED: LazyLock<Regex> = LazyLock::new(|| word_regex(r"(?i),[^,;]{0,60}?\b(?:said|says|announced|announces|reported|reports|told reporters|stated)\b").expect("reported pattern"));

/// "the first ... to" just before a trigger: a trip characterised, not another one.
static FIRST_OF_KIND: LazyLock<Regex> = LazyLock::new(|| {
    word_regex(r"(?i)\bthe (?:first|only|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b[^,;]*\bto\s+(?:[a-z]+\s+){0,2}$").expect("first-of-kind pattern")
});

/// The "by" of a passive, within its clause ("signed in Moscow in June 1994 by").
static PASSIVE_AGENT: LazyLock<Regex> = LazyLock::new(|| word_regex(r"^[^,;.]{0,60}?\bby\b").expect("agent pattern"));

/// "between Chennai and " before a place: the ends of a route, not where something happens.
static BETWEEN_PLACES: LazyLock<Regex> = LazyLock::new(|| word_regex(r"\bbetween\s+(?:[\p{Lu}][\w-]*\s+){1,3}(?:and\s+)?$|\bbetween\s+$").expect("between pattern"));

/// "he became the first ... to": the subject of a "first to" is who acts.
static FIRST_TO: LazyLock<Regex> = LazyLock::new(|| word_regex(r"\b(?:[Hh]e|[Ss]he) (?:became|becomes|was|is) the (?:first|only|last)\b[^,;]*\bto\s+(?:[a-z]+\s+){0,3}$").expect("first-to pattern"));

/// Whether these sentences (the current one and the two before) speak of phone calls or tell
/// one: then "spoke to" and "rang" are calls. Read only when such a trigger appears.
fn about_calls(text: &str, sentences: &[Range<usize>], drafts: &[Draft]) -> bool {
    sentences.iter().any(|s| PHONE_TALK.is_match(&text[s.clone()]) || drafts.iter().rev().take_while(|d| d.sentence.start >= s.start).any(|d| d.kind == EventKind::Call && d.sentence == *s))
}

/// "he and" before a name.
static COORDINATED_PRONOUN: LazyLock<Regex> = LazyLock::new(|| word_regex(r"\b(?:[Hh]e|[Ss]he) and ").expect("pronoun pattern"));

/// Words of a story about phone calls.
static PHONE_TALK: LazyLock<Regex> = LazyLock::new(|| {
    word_regex(r"(?i)\b(?:(?:tele)?phone(?:d)?|calls?|conversations?|video ?conference|video link)\b").expect("phone pattern")
});

static PLURAL_REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    word_regex(r"(?i)\b(?:the two (?:leaders|sides|prime ministers|pms|presidents|ministers|officials|heads of government|heads of state)|the two|two pms|both leaders|both sides|they)\b").expect("plural pattern")
});

/// Whether `rest` opens with an auxiliary or modal ("will test", "is seen as"): after "the trip
/// that" it makes the trip the subject, not the thing someone made.
fn next_word_is_verb(rest: &str) -> bool {
    let word = rest.split_whitespace().next().unwrap_or("").to_ascii_lowercase();
    matches!(word.as_str(), "will" | "would" | "is" | "was" | "has" | "had" | "could" | "should" | "may" | "might" | "can" | "marks" | "marked" | "comes" | "came" | "follows" | "followed" | "took" | "takes")
}

/// "the visit" or "the trip" with nothing after it that says whose or where ("before the
/// visit.", "the visit, which ..."): a reference to a visit told before.
fn refers_back(text: &str, g: &Range<usize>, sentence: &Range<usize>, dated_after: bool) -> bool {
    let word = &text[g.clone()];
    if !(word.eq_ignore_ascii_case("visit") || word.eq_ignore_ascii_case("trip")) || !last_word(&text[sentence.start..g.start]).eq_ignore_ascii_case("the") {
        return false;
    }
    let rest = text[g.end..sentence.end].trim_start();
    // "the visit aimed to ...", "The visit drew attention": the visit told before does something.
    let next = rest.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    let opens_phrase = matches!(next, "to" | "of" | "by" | "from" | "in" | "at" | "on" | "with" | "that" | "which" | "paid" | "made" | "was" | "were" | "is" | "will" | "would" | "and" | "or" | "for" | "this" | "last" | "next" | "since" | "during" | "until" | "between");
    if next.starts_with(|c: char| c.is_ascii_lowercase()) && !opens_phrase {
        return true;
    }
    // "said the visit would open a new stage": what the visit will bring about, not a plan
    // ("the visit will take place in May", "will be held", "will begin on Monday").
    // "said the visit was a good opportunity": what the visit was, said of the one told.
    if matches!(next, "was" | "is") {
        let predicate = rest[next.len()..].split(|c: char| !c.is_alphabetic()).find(|w| !w.is_empty()).unwrap_or("");
        if matches!(predicate, "a" | "an" | "the" | "another" | "seen" | "described" | "considered" | "regarded" | "called" | "meant" | "intended" | "aimed" | "designed" | "part" | "proof" | "important" | "significant" | "historic" | "successful" | "useful" | "timely" | "symbolic" | "expected") {
            return true;
        }
    }
    if matches!(next, "will" | "would") {
        let verb = rest[next.len()..].split(|c: char| !c.is_alphabetic()).find(|w| !w.is_empty()).unwrap_or("");
        if !is_verb_of_happening(verb) {
            return true;
        }
    }
    // "wanted the visit to become a landmark": a verb follows, not a destination.
    if let Some(verb) = rest.strip_prefix("to ") {
        return verb.starts_with(|c: char| c.is_ascii_lowercase()) && !verb.starts_with("the ");
    }
    // "the visit, which runs until May 10" tells more of it, when a date follows.
    let relative = dated_after && rest.strip_prefix(',').is_some_and(|r| ["which ", "that ", "when "].iter().any(|w| r.trim_start().starts_with(w)));
    rest.is_empty() || (rest.starts_with(['.', ',', ';', ')', '!', '?']) && !relative)
}

/// "a day after Doval met Putin", "six months after Chinh travelled to Hiroshima": the event
/// told after the interval lies that far before the date told earlier in the sentence, or before
/// the writing day ("before" counts the other way).
fn interval_from(text: &str, sentence: &Range<usize>, g: &Range<usize>, dates: &[(Range<usize>, DatePart)], writing: Option<WritingDate>) -> Option<DatePart> {
    let preceding = clause_before(text, sentence.start, g.start);
    let clause_start = g.start - preceding.len();
    // "one month after Yoon went to Tokyo for talks in March": its own date comes first.
    // "eleven years after Putin's first visit to Hanoi, in March 2001": so does one set off by a
    // comma right before it.
    let own_date = |span: &Range<usize>| {
        let gap = &text[g.end..span.start];
        let after_comma = gap.rsplit(',').next().unwrap_or(gap).trim();
        !gap.contains(';') && !gap.contains(" and ") && (!gap.contains(',') || ["in", "on", "in early", "in late", "in mid"].contains(&after_comma))
    };
    if dates.iter().any(|(span, _)| span.start >= g.end && own_date(span)) {
        return None;
    }
    // Most clauses have neither word: skip the pattern then.
    if !(preceding.contains(" after ") || preceding.contains(" before ")) {
        return None;
    }
    let caps = INTERVAL_RELATION.captures_iter(preceding).last()?;
    let whole = caps.get(0)?;
    // Only the event's subject between the interval and the trigger.
    let between = &preceding[whole.end()..];
    if between.contains([',', ';']) || between.split_whitespace().count() > 8 {
        return None;
    }
    let count = caps["count"].to_ascii_lowercase();
    let count: i64 = match count.as_str() {
        "a" | "an" => 1,
        word => crate::time::NUMBER_WORDS.iter().find(|(w, _)| *w == word).map(|&(_, n)| n as i64).or_else(|| word.parse().ok())?,
    };
    let count = if caps["relation"].eq_ignore_ascii_case("before") { -count } else { count };
    let at = clause_start + whole.start();
    let anchor = dates
        .iter()
        .rev()
        .find(|(span, d)| span.end <= at && d.precision == Precision::Day)
        .map(|(_, d)| d.date)
        .or_else(|| writing.filter(|w| w.day_precise).map(|w| w.date))?;
    let unit = caps["unit"].to_ascii_lowercase();
    let (date, precision) = match unit.as_str() {
        "day" => (anchor - chrono::Duration::days(count), Precision::Day),
        "week" => (anchor - chrono::Duration::weeks(count), Precision::Day),
        "month" => (crate::time::first_of_month_shifted(anchor, -count)?, Precision::Month),
        _ => (NaiveDate::from_ymd_opt(anchor.year() - i32::try_from(count).ok()?, 1, 1)?, Precision::Year),
    };
    Some(DatePart { date, precision, end: None, basis: DateBasis::Relative })
}

static INTERVAL_RELATION: LazyLock<Regex> = LazyLock::new(|| {
    word_regex(r"(?i)\b(?P<count>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?P<unit>day|week|month|year)s?\s+(?P<relation>after|before)\s").expect("interval pattern")
});

/// "made two trips to Russia: in November 2014, when ..., and in September 2018, when ...":
/// as many dates after the trigger as the trips counted, one trip each.
fn counted_trips(text: &str, dates: &[(Range<usize>, DatePart)], g: &Range<usize>) -> Option<Vec<(Range<usize>, DatePart)>> {
    let trigger = text[g.clone()].to_ascii_lowercase();
    if !(trigger.starts_with("trips") || trigger.starts_with("visits") || trigger.contains("twice")) {
        return None;
    }
    let count = last_word(&text[..g.start]).to_ascii_lowercase();
    let count = if trigger.contains("twice") {
        2
    } else {
        crate::time::NUMBER_WORDS.iter().find(|(w, _)| *w == count).map(|&(_, n)| n).or_else(|| count.parse().ok())?
    };
    let after: Vec<(Range<usize>, DatePart)> = dates.iter().filter(|(span, _)| span.start >= g.end).cloned().collect();
    (count >= 2 && after.len() as u64 == count).then_some(after)
}

/// Who an invitation is for: "invited General Secretary To Lam to attend" (the names right
/// after, then "to" and a verb of coming), "looking forward to welcoming him" (the one named
/// last before).
fn invitees(text: &str, sentence: &Range<usize>, g: &Range<usize>, groups: &[Vec<&PersonMention>]) -> Vec<Vec<usize>> {
    let rest = &text[g.end..sentence.end];
    let welcomed = text[g.clone()].to_ascii_lowercase().ends_with("welcoming");
    if welcomed && rest.trim_start().starts_with("him") {
        let named_before = groups.iter().flatten().rfind(|m| m.span.end <= g.start);
        return named_before.map(|m| vec![vec![m.actor]]).unwrap_or_default();
    }
    let Some(group) = groups.iter().find(|grp| grp[0].span.start >= g.end && grp[0].span.start - g.end <= 40) else { return Vec::new() };
    let between = &text[g.end..group[0].span.start];
    if !between.split_whitespace().all(|w| w.starts_with(char::is_uppercase)) {
        return Vec::new();
    }
    // "invited Lam to attend the celebrations", "invited Lam to Moscow next year".
    let after = text[group.last().map_or(g.end, |m| m.span.end)..sentence.end].trim_start();
    // "invited his host to the BRICS summit in Kazan": to a gathering, which is somewhere.
    let to_gathering = after.strip_prefix("to the ").is_some_and(|rest| GATHERING_NOUN.is_match(&rest[..floor_boundary(rest, rest.len().min(60))]));
    let coming = ["to attend", "to visit", "to come", "to pay", "to make", "to travel"].iter().any(|p| after.starts_with(p))
        || after.strip_prefix("to ").is_some_and(|place| place.starts_with(char::is_uppercase))
        || to_gathering;
    if welcomed || coming { group.iter().map(|m| vec![m.actor]).collect() } else { Vec::new() }
}

static GATHERING_NOUN: LazyLock<Regex> =
    LazyLock::new(|| word_regex(r"\b(?:summit|forum|celebrations?|ceremony|conference|congress|parade|games|festival|expo|exhibition)\b").expect("gathering pattern"));

/// Whether a span with `before` and `after` it in its sentence sits inside parentheses.
fn in_parentheses(before: &str, after: &str) -> bool {
    before.rfind('(').is_some_and(|open| !before[open..].contains(')')) && after.find(')').is_some_and(|close| !after[..close].contains('('))
}

/// Every trigger match of a sentence in the order of the text ("Putin rang Modi to brief him on
/// his summit with Trump": the call's object is known when the summit's sides are sought); of
/// matches that overlap, the earlier pattern of [`TRIGGERS`] comes first and claims the words
/// when it yields an event.
fn triggers_in_order(s_text: &str) -> Vec<(&'static EventKind, &'static Trigger, regex::Match<'_>)> {
    let triggers: &'static [(EventKind, Trigger, Regex)] = &TRIGGERS;
    let mut found: Vec<(usize, regex::Match<'_>)> =
        triggers.iter().enumerate().flat_map(|(i, (_, _, pattern))| pattern.find_iter(s_text).map(move |m| (i, m))).collect();
    found.sort_by_key(|(_, m)| m.start());
    let (mut cluster, mut cluster_end) = (0, 0);
    let mut keyed = Vec::with_capacity(found.len());
    for (i, m) in found {
        if m.start() >= cluster_end {
            cluster += 1;
        }
        cluster_end = cluster_end.max(m.end());
        keyed.push((cluster, i, m));
    }
    keyed.sort_by_key(|&(cluster, i, m)| (cluster, i, m.start()));
    keyed.into_iter().map(|(_, i, m)| (&triggers[i].0, &triggers[i].1, m)).collect()
}

/// "the two leaders met in person on September 1", "They last talked on April 5": a plural
/// subject, with at most two adverbs before the trigger, is the pair the story has met or called
/// most often (the latest of equals): the story's two leaders, not a pair named in passing.
fn the_two_again(text: &str, sentence: &Range<usize>, before: &[Range<usize>], g: &Range<usize>, drafts: &[Draft], mentions: &[&PersonMention], actors: &Actors) -> Vec<Vec<usize>> {
    // The two sentences before this one.
    let just_before = before.first().zip(before.last()).map(|(first, last)| first.start..last.end);
    let just_before = just_before.as_ref();
    let preceding = clause_before(text, sentence.start, g.start);
    // "They first met on Oct. 11 in Ashgabat, ..., and held talks again on Oct. 23": a predicate
    // joined by "and" with no subject of its own is the pair's that the sentence just told.
    let coordinated = preceding.rfind(" and ").is_some_and(|i| preceding[i + " and ".len()..].split_whitespace().all(|w| w.chars().all(|c| c.is_ascii_lowercase()) && w.len() > 2));
    if coordinated {
        let pair = drafts.iter().rev().take_while(|d| d.sentence == *sentence).find(|d| matches!(d.kind, EventKind::Meeting | EventKind::Call) && d.participants.len() == 2);
        if let Some(d) = pair {
            return vec![d.participants.clone()];
        }
    }
    let Some(reference) = PLURAL_REFERENCE.find_iter(preceding).last() else { return Vec::new() };
    // "They last talked", "The two leaders are scheduled to hold talks": adverbs and
    // auxiliaries may stand between.
    // (Commas do not count: "The two leaders, who held talks".)
    let between: Vec<&str> = preceding[reference.end()..]
        .split_whitespace()
        .map(|w| w.trim_matches(','))
        .filter(|w| !w.is_empty() && !AUXILIARIES.contains(w) && !matches!(*w, "scheduled" | "expected" | "due" | "set" | "to" | "be" | "also" | "then"))
        .collect();
    if between.len() > 2 || between.iter().any(|w| !w.chars().all(|c| c.is_ascii_lowercase())) {
        return Vec::new();
    }
    // "Chinh chaired the welcome ceremony for Mishustin, after which the two heads of
    // government held talks": two people of two countries named before in the sentence.
    if let Some(pair) = two_sides(mentions.iter().copied().filter(|m| m.span.end <= g.start), actors) {
        return vec![pair];
    }
    // "Later, Putin spent 40 minutes with Erdogan. The two men had last met in Sochi": the
    // pair of a meeting told in the two sentences just before.
    // (The sentence's main pair, told first: "Putin rang Modi to brief him on his summit with
    // Trump. The two leaders met in Tianjin" are Putin and Modi.)
    let pair_of = |d: &&Draft| matches!(d.kind, EventKind::Meeting | EventKind::Call) && d.participants.len() == 2;
    // "Sisi met him at the airport, and the two leaders then held talks": the pair just told in
    // this sentence.
    // (Only a pair this sentence names: "their meeting; the two had held talks" reads further back.)
    let named_here = mentions.iter().any(|m| m.span.start >= sentence.start && m.span.end <= g.start);
    if let Some(d) = drafts.iter().rev().take_while(|d| d.sentence == *sentence).find(pair_of).filter(|_| named_here) {
        return vec![d.participants.clone()];
    }
    // "The two leaders had last sat down together in Hanoi in June, when Putin paid a state
    // visit": a pair of the story that the sentence names one of.
    let named: Vec<usize> = mentions.iter().filter(|m| m.span.start >= sentence.start && m.span.end <= sentence.end).map(|m| m.actor).collect();
    let story_pairs: Vec<&Vec<usize>> = drafts.iter().filter(|d| pair_of(d) && d.participants.iter().any(|p| named.contains(p))).map(|d| &d.participants).collect();
    let most_told = story_pairs.iter().enumerate().max_by_key(|&(i, pair)| (story_pairs.iter().filter(|other| pair.iter().all(|p| other.contains(p))).count(), i)).map(|(_, pair)| (*pair).clone());
    if let Some(pair) = most_told.filter(|_| !named_here) {
        return vec![pair];
    }
    // "Yoon then drove to the government office to see Prime Minister Chinh. It was their
    // second meeting": the two of two countries the sentence just before names, when it tells
    // no meeting of its own.
    // (Not "the two Prime Ministers", whose office the pair must hold.)
    let bare = PLURAL_REFERENCE.find_iter(preceding).last().is_none_or(|r| matches!(r.as_str().to_ascii_lowercase().as_str(), "the two" | "they"));
    if let Some(previous) = before.last().filter(|p| bare && !drafts.iter().any(|d| d.sentence == **p && pair_of(&d))) {
        if let Some(pair) = two_sides(actors.mentions_in(previous), actors) {
            return vec![pair];
        }
    }
    let just_told = just_before.and_then(|before| {
        let last = drafts.iter().rev().find(|d| d.sentence.start >= before.start && d.sentence.end <= before.end && pair_of(d))?;
        drafts.iter().find(|d| d.sentence == last.sentence && pair_of(d))
    });
    if let Some(d) = just_told {
        return vec![d.participants.clone()];
    }
    let pairs: Vec<&Vec<usize>> = drafts
        .iter()
        .filter(|d| matches!(d.kind, EventKind::Meeting | EventKind::Call) && d.participants.len() == 2)
        .map(|d| &d.participants)
        .collect();
    let same = |a: &Vec<usize>, b: &Vec<usize>| a.iter().all(|p| b.contains(p));
    let most_met = pairs.iter().enumerate().max_by_key(|&(i, pair)| (pairs.iter().filter(|other| same(pair, other)).count(), i)).map(|(_, pair)| (*pair).clone());
    // "To Lam will arrive at the invitation of President Lee. The two leaders are scheduled to
    // hold talks": else the two of two countries named in the two sentences before.
    most_met
        .or_else(|| two_sides(actors.mentions_in(just_before?), actors))
        .map(|pair| vec![pair])
        .unwrap_or_default()
}

/// The two people these mentions name, when there are exactly two and they are of two known
/// countries.
fn two_sides<'a>(mentions: impl Iterator<Item = &'a PersonMention>, actors: &Actors) -> Option<Vec<usize>> {
    let named: Vec<usize> = dedup(mentions.map(|m| m.actor).collect());
    let countries: HashSet<Option<&str>> = named.iter().map(|&p| actors.people[p].country.as_deref()).collect();
    (named.len() == 2 && countries.len() == 2 && !countries.contains(&None)).then_some(named)
}

/// Groups of person mentions joined only by "and", commas and titles ("Prime Minister A and
/// National Assembly Chairman B").
fn person_groups<'a>(text: &str, mentions: &[&'a PersonMention]) -> Vec<Vec<&'a PersonMention>> {
    let mut groups: Vec<Vec<&PersonMention>> = Vec::new();
    for &m in mentions {
        let joined = groups.last().and_then(|g| g.last()).is_some_and(|prev| {
            let gap = &text[prev.span.end.min(m.span.start)..m.span.start];
            is_coordination(gap)
        });
        if joined {
            groups.last_mut().expect("checked").push(m);
        } else {
            groups.push(vec![m]);
        }
    }
    groups
}

/// True when the text between two names only coordinates them. A relative clause about the
/// first name ("To Lam, who took office last month, Prime Minister Chinh and ...") is skipped.
fn is_coordination(gap: &str) -> bool {
    let gap = match gap.strip_prefix(", who ").or_else(|| gap.strip_prefix(", whose ")) {
        Some(clause) => match clause.find(',') {
            Some(end) => &clause[end..],
            None => gap,
        },
        None => gap,
    };
    let lower = gap.to_lowercase();
    let has_and = lower.contains(" and ") || lower.contains(',') || lower.contains("as well as") || lower.contains('&');
    if !has_and {
        return false;
    }
    // "talks with Chinh as well as with Trong and with To Lam": the preposition again.
    let repeated_with = lower.contains("and with") || lower.contains("as well as with");
    // "received separately by Thuong and by Chinh".
    let repeated_by = lower.contains("and by");
    // "called on A, president of the National Assembly, and on B": a role between.
    let roles_between = lower.contains(" and ");
    // Titles between the names are capitalised words; anything lower-case other than these
    // connectors is a verb or a clause.
    lower
        .split(|c: char| c.is_whitespace() || c == ',')
        .zip(gap.split(|c: char| c.is_whitespace() || c == ','))
        .all(|(w, original)| {
            w.is_empty()
                || matches!(w, "and" | "as" | "well" | "&" | "the" | "of" | "his" | "her" | "its" | "for" | "on" | "and," | "then" | "former" | "late")
                || w == "with" && repeated_with
                || w == "by" && repeated_by
                // "with Medvedev in Moscow and with Putin in Sochi": each with its own place.
                || matches!(w, "in" | "at") && repeated_with
                // "Lavrov and his Vietnamese counterpart Bui Thanh Son": a role before a name.
                || matches!(w, "counterpart" | "counterparts" | "host" | "guest" | "colleague")
                // "Putin and Myanmar's military leader Min Aung Hlaing": a description before it.
                || matches!(w, "leader" | "military" | "army" | "junta" | "chief" | "prime" | "minister" | "head" | "party" | "top" | "new" | "visiting")
                || roles_between && matches!(w, "president" | "chairman" | "chairwoman" | "speaker" | "secretary" | "general" | "governor" | "mayor" | "vice" | "deputy")
                || w.ends_with("'s") || w.ends_with("\u{2019}s")
                || original.starts_with(char::is_uppercase)
                || w.starts_with('(')
                || w.ends_with(')')
        })
}

/// Extracts event drafts from one document.
pub fn find_events(
    text: &str,
    sentences: &[Range<usize>],
    timexes: &[Timex],
    actors: &Actors,
    writing: Option<WritingDate>,
    header: Option<&Range<usize>>,
) -> Vec<Draft> {
    let mut drafts: Vec<Draft> = Vec::new();
    // The subjects of the last sentences, the latest first (pronoun subjects refer back to them).
    let mut recent_subjects: Vec<usize> = Vec::new();
    // Earlier sentences with a date: (date, first city, people mentioned), for undated events.
    // With the sentence's start, and whether it told no event itself.
    let mut frames: Vec<(usize, bool, Frame)> = Vec::new();
    // The day of the talks a sentence without a date of its own went back to ("At the talks").
    let mut back_at_talks: Option<DatePart> = None;
    let dateline = dateline_city(text, actors);
    // The day a heading line of a day-by-day report names ("FRIDAY, 9 MAY"), until the next
    // heading.
    let mut heading_day: Option<DatePart> = None;
    for (index, sentence) in sentences.iter().enumerate() {
        let s_text = &text[sentence.clone()];
        let previous_sentence = index.checked_sub(1).map(|i| &sentences[i]);
        let named: Vec<&PersonMention> = actors.mentions_in(sentence).collect();
        // "he and President Tran Duc Luong signed": the pronoun, coordinated with the name, is
        // the one named last before it in the sentence ("when Putin paid a visit in June, he and
        // Man had met"), else the recent subject ("In Hanoi he and Luong signed").
        let coordinated: Vec<PersonMention> = COORDINATED_PRONOUN
            .find_iter(if s_text.contains("e and ") { s_text } else { "" })
            .filter_map(|m| {
                let start = sentence.start + m.start();
                let pronoun = start..start + m.as_str().find(' ').unwrap_or(2);
                let partner = named.iter().find(|n| n.span.start >= pronoun.end)?;
                let referent = named.iter().rev().find(|n| n.span.end <= start && n.actor != partner.actor).map(|n| n.actor).or_else(|| recent_subjects.first().copied())?;
                (referent != partner.actor && is_coordination(&text[pronoun.end..partner.span.start]))
                    .then_some(PersonMention { span: pronoun, actor: referent, via: Via::ShortName })
            })
            .collect();
        let mut mentions = named;
        mentions.extend(coordinated.iter());
        mentions.sort_by_key(|m| m.span.start);
        let groups = person_groups(text, &mentions);
        let places = sentence_places(text, actors, sentence);
        let reference = writing.map(|w| w.date);
        let reference_is_published = writing.is_some_and(|w| w.published);
        let mut dates = sentence_dates(text, timexes, sentence, writing);
        // The publication date in a header is not the date of the events beside it.
        dates.retain(|(span, _)| header.is_none_or(|h| span.end <= h.start || span.start >= h.end));
        // "the 75th anniversary of diplomatic relations (January 30, 1950 - 2025)": a date in
        // parentheses glosses a name; it dates no event told around it.
        // "on Thursday (28/4/2022)" glosses a date with its date: that stays.
        let date_ends: Vec<usize> = dates.iter().map(|(span, _)| span.end).collect();
        dates.retain(|(span, _)| {
            let before = &text[sentence.start..span.start];
            let glosses_a_date = before.rfind('(').is_some_and(|open| date_ends.iter().any(|&end| end <= sentence.start + open && sentence.start + open <= end + 2));
            glosses_a_date || !in_parentheses(before, &text[span.end..sentence.end])
        });
        // ... where "the same day" is that day, not the last one written before.
        if let Some(talks) = back_at_talks {
            for (span, date) in &mut dates {
                if matches!(text[span.clone()].to_ascii_lowercase().as_str(), "the same day" | "that day" | "that same day") {
                    *date = talks;
                }
            }
        }
        match day_heading(s_text, &dates) {
            Some(Heading::Day(day)) => heading_day = Some(day),
            Some(Heading::Other) => heading_day = None,
            None => {}
        }
        let same_frame = SAME_FRAME.is_match(s_text);
        let meeting_frame = MEETING_FRAME.is_match(s_text);
        // "in the near future", "recently": the sentence dates its event vaguely on purpose.
        let vague_time = timexes.iter().any(|t| {
            t.start >= sentence.start && t.end <= sentence.end && t.date.is_none() && t.value.ends_with("_REF")
        });
        let online: Vec<Range<usize>> = ONLINE.find_iter(s_text).map(|m| sentence.start + m.start()..sentence.start + m.end()).collect();
        let mut claimed: Vec<Range<usize>> = Vec::new();
        let mut objects: HashSet<usize> = HashSet::new();
        for (kind, form, m) in triggers_in_order(s_text) {
            let g = sentence.start + m.start()..sentence.start + m.end();
            if claimed.iter().any(|c| c.start < g.end && g.start < c.end) {
                continue;
            }
            // "arrived in Da Nang", "arrived in the central Vietnamese city of Da Nang".
            // ("landed in the Tatar capital": a place named with its article.)
            let destination_follows = places.iter().any(|p| {
                p.span.start >= g.end && (p.span.start <= g.end + 2 || text[g.end..p.span.start].trim() == "the" || PLACE_DESCRIPTION.is_match(&text[g.end..p.span.start]))
            });
            if *form == Trigger::Arrival && !destination_follows {
                continue;
            }
            let place_in_phrase = places.iter().any(|p| {
                p.span.start >= g.end && p.span.start <= g.end + 60 && !text[g.end..p.span.start].contains([',', ';', '.'])
            });
            // "the summit was held in Hanoi in October 2010 and attended by Medvedev": a
            // passive names the place before it and the visitor after "by".
            let passive_with_place = text[g.end..].starts_with(" by ")
                && places.iter().any(|p| p.span.end <= g.start && p.span.start >= sentence.start && text[sentence.start..p.span.start].contains(" held in"));
            if *form == Trigger::Attending && !place_in_phrase && !passive_with_place {
                continue;
            }
            // "becoming the first Asian leader to visit both countries": a description of the
            // trips told already, with no place of its own.
            if *kind == EventKind::Visit && !place_in_phrase && FIRST_OF_ITS_KIND_TO.is_match(&text[sentence.start..g.start]) {
                continue;
            }
            // "Lich and Shoigu have met regularly since 2016": a habit, not a meeting.
            if HABITUAL.is_match(&text[g.end..sentence.end]) {
                continue;
            }
            if *form == Trigger::Contact && !about_calls(text, &sentences[index.saturating_sub(2)..=index], &drafts) {
                continue;
            }
            // Triggers inside a name or place ("Meeting Hall") do not count, nor a capitalised
            // noun after a capitalised word ("the Asia-Europe Meeting summit").
            if actors.places.iter().any(|p| p.span.start <= g.start && g.end <= p.span.end) {
                continue;
            }
            // "had attended the Asia-Europe Meeting": a pluperfect, and a name.
            if *form == Trigger::Verb {
                let (head, noun) = text[g.clone()].rsplit_once(' ').unwrap_or(("", &text[g.clone()]));
                let word_before = if head.is_empty() { last_word(&text[sentence.start..g.start]) } else { last_word(head) };
                if matches!(noun, "Meeting" | "Summit" | "Talks") && word_before.starts_with(char::is_uppercase) {
                    continue;
                }
            }
            // "who was visiting Vietnam": the visitor precedes, as with the verb.
            let form = if *form == Trigger::Visiting && places.iter().any(|p| p.span.start >= g.end && p.span.start <= g.end + 2) {
                &Trigger::Verb
            } else {
                form
            };
            // ("met Shoigu near Moscow in August, and the two had held talks by video link in
            // 2021": only a meeting in the clause that says so was online.)
            let held_online = online.iter().any(|o| {
                let between = if o.start >= g.end { &text[g.end..o.start] } else { &text[o.end.min(g.start)..g.start] };
                !between.contains(", and ")
            });
            let kind = if *kind == EventKind::Meeting && held_online { &EventKind::Call } else { kind };
            let participants = match (kind, form) {
                (_, Trigger::Paired) => {
                    let inside: Vec<usize> = mentions.iter().filter(|m| m.span.start >= g.start && m.span.end <= g.end).map(|m| m.actor).collect();
                    if inside.len() >= 2 { vec![inside] } else { Vec::new() }
                }
                (EventKind::Visit, Trigger::Visiting) => groups
                    .iter()
                    .find(|grp| grp[0].span.start >= g.end && grp[0].span.start - g.end < 60)
                    .map(|grp| grp.iter().map(|m| vec![m.actor]).collect())
                    .unwrap_or_default(),
                (EventKind::Visit, Trigger::Invitation) => invitees(text, sentence, &g, &groups),
                (EventKind::Visit | EventKind::Signing, _) => {
                    visitors(text, sentence, &g, &groups, recent_subjects.first().copied(), &drafts, *kind, &objects)
                }
                _ => {
                    let sides = meeting_sides(text, sentence, &g, &groups, &recent_subjects, actors, &objects);
                    if sides.is_empty() { the_two_again(text, sentence, &sentences[index.saturating_sub(2)..index], &g, &drafts, &mentions, actors) } else { sides }
                }
            };
            // "did not meet", "never visited"; "If Putin visited Japan, he would meet ...".
            if NEGATED.is_match(&text[floor_boundary(text, g.start.saturating_sub(30)).max(sentence.start)..g.start])
                || HYPOTHETICAL.is_match(clause_before(text, sentence.start, g.start))
            {
                continue;
            }
            // "through all-level visits and exchanges", "mutual visits": visits in general.
            if m.as_str().eq_ignore_ascii_case("visits") && GENERIC_VISITS.is_match(&text[sentence.start..g.start]) {
                continue;
            }
            // "a month before the visit": the visit told already, not another one.
            let dated_after = dates.iter().any(|(span, _)| span.start >= g.end);
            if *kind == EventKind::Visit && refers_back(text, &g, sentence, dated_after) {
                continue;
            }
            let trigger_words = m.as_str().to_ascii_lowercase();
            // "in a trip that will test Moscow": the trip does something, nobody makes it.
            if *kind == EventKind::Visit && (trigger_words.ends_with(" that") || trigger_words.ends_with(" which")) && next_word_is_verb(&text[g.end..sentence.end]) {
                continue;
            }
            // "a stack of signed deals", "a signed agreement": an adjective ("swap the signed
            // document" is the act of signing).
            if trigger_words == "signed" && matches!(last_word(&text[sentence.start..g.start]).to_ascii_lowercase().as_str(), "a" | "of" | "newly") {
                continue;
            }
            // "Putin invited his host", "the hosts": the noun.
            if matches!(trigger_words.as_str(), "host" | "hosts") && matches!(last_word(&text[sentence.start..g.start]).to_ascii_lowercase().as_str(), "his" | "her" | "their" | "its" | "the" | "a" | "our" | "as") {
                continue;
            }
            // "a sign of the weight Moscow puts on ...": the noun.
            if trigger_words == "sign" && matches!(last_word(&text[sentence.start..g.start]).to_ascii_lowercase().as_str(), "a" | "the" | "no" | "any" | "every" | "clear" | "strong" | "another") {
                continue;
            }
            // "called on X to ..." is a request, not a courtesy call.
            if trigger_words.starts_with("call") && trigger_words.ends_with(" on") && calls_for_action(text, &g, sentence) {
                continue;
            }
            if participants.is_empty() {
                continue;
            }
            // "In his meeting with Putin, Chinh thanked ...": the meeting of that pair told
            // before, not another one. (A main clause's "began his talks with Son" still tells the
            // talks, and dates what follows.)
            let owned = FRONTED_POSSESSIVE.is_match(&text[sentence.start..g.start]);
            let told_before = |people: &Vec<usize>| drafts.iter().any(|d| d.kind == *kind && people.len() == d.participants.len() && people.iter().all(|p| d.participants.contains(p)));
            if *kind == EventKind::Meeting && owned && participants.iter().all(told_before) {
                continue;
            }
            claimed.push(g.clone());
            let status = event_status(s_text, m.start(), m.end(), m.as_str());
            let visitor_countries: Vec<String> = if *kind == EventKind::Visit {
                participants.iter().flatten().filter_map(|&p| actors.people[p].country.clone()).collect()
            } else {
                Vec::new()
            };
            let place = ended_stay(text, &places, &g, *kind).or_else(|| event_place(text, &places, &g, *kind, &visitor_countries));
            // "announced on Tuesday that he will visit", "who arrived on Saturday, is due to
            // be welcomed this morning": a day already past when the text was written dates
            // something else than a plan.
            let past_day = |d: &DatePart| {
                d.precision == Precision::Day && writing.is_some_and(|w| w.day_precise && d.end.unwrap_or(d.date) < w.date)
            };
            // "the fifth US president to come to Vietnam, after Bill Clinton in 2000, George W.
            // Bush in 2006 ...": each one listed made the same trip in the year beside the name;
            // those years are theirs, not the trip's told here.
            let nth_of_kind = *kind == EventKind::Visit && nth_of_its_kind(text, sentence, &g);
            let listed = if nth_of_kind && place.is_some() {
                predecessors(text, sentence, &g, &groups, &dates)
            } else {
                Vec::new()
            };
            let own_dates: Vec<(Range<usize>, DatePart)>;
            let dates = if listed.is_empty() {
                &dates
            } else {
                own_dates = dates.iter().filter(|(span, _)| !listed.iter().any(|(_, s, _)| s == span)).cloned().collect();
                &own_dates
            };
            let chosen = if status == Status::Planned {
                // A stay that began before the writing day and goes on ("from June 28 to
                // July 1") is not past: its first day stays with its last.
                let ongoing = |i: usize| {
                    dates.get(i + 1).is_some_and(|(next, d)| !past_day(d) && is_range_connector(&text[dates[i].0.end..next.start]))
                };
                let ahead: Vec<(Range<usize>, DatePart)> =
                    dates.iter().enumerate().filter(|(i, (_, d))| !past_day(d) || ongoing(*i)).map(|(_, x)| x.clone()).collect();
                dates_for(text, &ahead, &g)
            } else {
                dates_for(text, dates, &g)
            };
            let counted = if *kind == EventKind::Visit { counted_trips(text, dates, &g) } else { None };
            // Each counted trip is in the city its own clause names.
            // The city comes before each date ("to Da Nang in November 2017 and to Hanoi in
            // February 2019") when one stands before the first, else after it ("in November
            // 2014, when Putin received him in Sochi, and ...").
            let trip_cities: Vec<Option<PlaceMention>> = counted.as_ref().map_or_else(Vec::new, |trips| {
                let city_between = |from: usize, to: usize| places.iter().find(|p| p.is_city && p.span.start >= from && p.span.end <= to).cloned();
                let cities_first = city_between(g.end, trips[0].0.start).is_some();
                trips
                    .iter()
                    .enumerate()
                    .map(|(i, (span, _))| {
                        if cities_first {
                            let from = if i == 0 { g.end } else { trips[i - 1].0.end };
                            city_between(from, span.start)
                        } else {
                            city_between(span.end, trips.get(i + 1).map_or(sentence.end, |(next, _)| next.start))
                        }
                    })
                    .collect()
            });
            let chosen = counted.map_or(chosen, |trips| trips.into_iter().map(|(_, d)| d).collect());
            // "invited Kishida to Seoul while he was in Japan in March": only a date in the
            // invitation's own phrase dates the visit ("invited Lam to Moscow next year").
            let chosen = if *form == Trigger::Invitation {
                let phrase_end = INVITATION_PHRASE_END.find(&text[g.end..sentence.end]).map_or(sentence.end, |m| g.end + m.start());
                dates.iter().filter(|(span, _)| span.start >= g.end && span.end <= phrase_end).map(|(_, d)| *d).take(1).collect()
            } else {
                chosen
            };
            let interval = interval_from(text, sentence, &g, dates, writing);
            // "The Australian leader recalled his visit to Vietnam in June last year": a
            // memory told inside today's story frames nothing after it either.
            // So is the last contact before the story's ("The two presidents had last met in Sochi
            // in November"): the story goes on from its own day.
            // So are stops made before the trip the sentence tells ("flew into Hanoi on Tuesday
            // after earlier stops in Myanmar and Laos").
            let backdrop = interval.is_some() || {
                let clause = clause_before(text, sentence.start, g.start);
                (clause.contains("recall") || clause.contains("rememb") || clause.contains("reminisc")) && RECALLED.is_match(clause)
                    || last_word(clause).eq_ignore_ascii_case("last")
                    || EARLIER_STOPS.is_match(clause)
            };
            let chosen = interval.map_or(chosen, |d| vec![d]);
            for people in participants {
                let mut people = dedup(people);
                // "the two neighbours put their names to ...": signers named as a plural, of
                // whom one person alone is not the signing.
                if *kind == EventKind::Signing && people.len() < 2 && m.as_str().to_ascii_lowercase().starts_with("put their") {
                    continue;
                }
                if matches!(kind, EventKind::Meeting | EventKind::Call) {
                    objects.extend(people.iter().skip(1).copied());
                }
                if matches!(kind, EventKind::Meeting | EventKind::Call) {
                    let countries: Vec<Option<&String>> = people
                        .iter()
                        .map(|&p| actors.people[p].country.as_ref())
                        .collect();
                    let distinct = countries.iter().flatten().collect::<HashSet<_>>().len();
                    if people.len() < 2 || (distinct < 2 && countries.iter().all(Option::is_some)) {
                        continue;
                    }
                }
                let mut here = place.clone();
                // "talks with Medvedev in Moscow and with Putin in Sochi": a place right after the
                // one met is where they met.
                if *kind == EventKind::Meeting {
                    let met = people.last().copied();
                    let own_place = mentions
                        .iter()
                        .filter(|n| Some(n.actor) == met && n.span.start >= g.end && n.span.end <= sentence.end)
                        .find_map(|n| places.iter().find(|p| text.get(n.span.end..p.span.start).is_some_and(|gap| matches!(gap, " in " | " at "))));
                    if let Some(p) = own_place {
                        here = Some(p.clone());
                    }
                }
                if *kind == EventKind::Visit {
                    // A visitor travels abroad: drop visitors from the destination country.
                    // (Not the city he comes from: "flew in on Tuesday from Vientiane".)
                    let left_behind = |p: &PlaceMention| last_word(&text[..p.span.start]).eq_ignore_ascii_case("from");
                    let abroad = |p: &PlaceMention| people.iter().all(|&a| actors.people[a].country.as_deref() != Some(p.country.as_str()));
                    // With no place in its sentence, a visit told in a story filed from a city
                    // abroad is to that city ("HANOI, 8 November - ... flew in on Tuesday").
                    here = here
                        .or_else(|| places.iter().find(|p| !left_behind(p) && abroad(p)).cloned())
                        .or_else(|| dateline.filter(|p| abroad(p) && status == Status::Occurred).cloned());
                    if let Some(p) = &here {
                        people.retain(|&a| actors.people[a].country.as_deref() != Some(p.country.as_str()));
                        // (Whoever invites does not travel: "Putin invited Lam to ... during his
                        // visit to Hanoi".)
                        if people.is_empty() && !matches!(*form, Trigger::Arrival | Trigger::Invitation) {
                            // "X held talks with Y in Hanoi during a one-day visit": the host
                            // named last is not the visitor; the one from abroad before it is.
                            people = dedup(
                                groups
                                    .iter()
                                    .filter(|grp| grp.last().is_some_and(|m| m.span.end <= g.start))
                                    .flat_map(|grp| grp.iter().map(|m| m.actor))
                                    .filter(|&a| actors.people[a].country.as_deref().is_some_and(|c| c != p.country))
                                    .collect(),
                            );
                            people.truncate(1);
                        }
                    }
                    if people.is_empty() {
                        continue;
                    }
                }
                let date_list: Vec<Option<DatePart>> = if chosen.is_empty() {
                    vec![None]
                } else {
                    chosen.iter().copied().map(Some).collect()
                };
                // "has been to Vietnam four times, in 2001, 2006, 2013 and 2017, the last time
                // for the summit in Da Nang": trips told together share only their country; a
                // city named after the list belongs to the last of them.
                let listed_country = (date_list.len() > 1 && here.as_ref().is_some_and(|p| p.is_city))
                    .then(|| places.iter().find(|p| !p.is_city && p.span.start >= g.end && here.as_ref().is_some_and(|h| h.country == p.country && p.span.start < h.span.start)))
                    .flatten()
                    .cloned();
                let last_listed = date_list.len() - 1;
                // An earlier dated sentence about the same people frames an undated event.
                // Only the current happening frames later sentences, not a historical one.
                let current = |d: &DatePart| {
                    let window = if reference_is_published { 62 } else { 200 };
                    // Without a publication date, a full explicit date is the story's own
                    // day even when the writing date inferred for the text is later.
                    let own_day = !reference_is_published && d.precision == Precision::Day && d.basis == DateBasis::Explicit;
                    own_day || reference.is_none_or(|r| (d.date - r).num_days().abs() <= window)
                };
                // "During his latest visit" refers back to the visit told last, even a past
                // one (which then dates nothing); a plan ("will hold talks") is never about a
                // past visit named in passing, so it looks past those for the current one.
                let skip_history = |d: &DatePart| status != Status::Planned || current(d);
                let frame = if let Some(day) = heading_day.filter(|_| !vague_time) {
                    Some((day, None, Vec::new()))
                } else if vague_time && !same_frame { None } else {
                    let framing = |d: &&Draft| {
                        (!d.backdrop || d.sentence == *sentence)
                            && d.date.as_ref().is_some_and(skip_history)
                            && d.participants.iter().any(|p| people.contains(p))
                            && (!meeting_frame || d.kind == EventKind::Meeting)
                    };
                    // Of the events told in that sentence, one of the same kind and people
                    // first ("received Mishustin, who is paying a visit from January 14 to
                    // 15 ... welcomed Mishustin" is the reception's day).
                    // An earlier one of the same kind and people on a day within the stretch
                    // told last ("welcomed Macron this morning ... the two presidents held
                    // talks") is nearer still.
                    let same_kind = |d: &&Draft| d.kind == *kind && people.iter().all(|p| d.participants.contains(p));
                    // "After the talks" are the story's talks, not a meeting recalled from
                    // last year in between.
                    let story_meeting = |d: &&Draft| framing(d) && d.date.as_ref().is_some_and(current);
                    let latest_framing = if meeting_frame { drafts.iter().rev().find(story_meeting).or_else(|| drafts.iter().rev().find(framing)) } else { drafts.iter().rev().find(framing) };
                    // "He had spent Wednesday in Pyongyang ... In Hanoi, Putin held talks with
                    // Lam": a sentence set in a city takes the day of the story's latest event
                    // there, not that of one told last in another city.
                    let city_of = |d: &Draft| d.place.as_ref().filter(|p| p.is_city).map(|p| p.name.clone());
                    let here_city = here.as_ref().filter(|p| p.is_city).map(|p| p.name.clone());
                    let latest_framing = match (latest_framing, &here_city) {
                        (Some(latest), Some(city)) if city_of(latest).is_some_and(|c| c != *city) => {
                            Some(drafts.iter().rev().filter(framing).find(|d| city_of(d).as_ref() == Some(city)).unwrap_or(latest))
                        }
                        (latest, _) => latest,
                    };
                    let by_event = latest_framing.map(|latest| {
                        let within = |d: &&Draft| {
                            let (Some(day), Some(stretch)) = (d.date, latest.date) else { return false };
                            day.precision == Precision::Day && day.end.is_none() && stretch.end.is_some_and(|end| stretch.date <= day.date && day.date <= end)
                        };
                        // "Putin and Quang agreed yesterday ... after talks. ... He held talks
                        // with Lukashenko on Tuesday. ... Putin and Quang first met in a small
                        // format": the meeting of a pair told before, not another pair's.
                        let same_pair_before = || {
                            (*kind == EventKind::Meeting && people.len() >= 2 && !same_kind(&latest))
                                .then(|| drafts.iter().rev().filter(framing).find(same_kind))
                                .flatten()
                        };
                        drafts
                            .iter()
                            .filter(|d| d.sentence == latest.sentence && framing(d))
                            .find(same_kind)
                            .or_else(|| drafts.iter().rev().filter(framing).find(|d| same_kind(d) && within(d)))
                            .or_else(same_pair_before)
                            .unwrap_or(latest)
                    })
                        .map(|d| (d.sentence.start, (d.date.expect("filtered"), d.place.clone().filter(|p| p.is_city), d.participants.clone())));
                    // A dated sentence about them that tells no event of its own, after that
                    // event ("Opening the Saturday session, Putin thanked his guest"), is the
                    // nearer frame.
                    // (One that can frame at all: a past one only right after its own sentence.)
                    let can_frame = |at: &usize, d: &DatePart| skip_history(d) && (current(d) || previous_sentence.is_some_and(|p| p.start == *at));
                    // A meeting's pair named together in a dated sentence that tells no event
                    // ("Medvedev and Dung agreed yesterday ...") before any sentence naming one
                    // of them.
                    let pair_named = (*kind == EventKind::Meeting && people.len() >= 2)
                        .then(|| frames.iter().rev().find(|(at, eventless, (d, _, who))| *eventless && can_frame(at, d) && people.iter().all(|p| who.contains(p))))
                        .flatten();
                    // "The heart of the programme came on Friday. His host ... greeted him": a
                    // dated sentence naming no one sets the scene for the one after it.
                    // (Not one told of someone by a pronoun: "She invited them to the forum in
                    // September".)
                    let impersonal = |at: usize| !PRONOUN_SUBJECT.is_match(&text[at..sentence.start]) && !PLURAL_REFERENCE.is_match(&text[at..sentence.start]);
                    let scene = || frames.last().filter(|(at, eventless, (d, _, who))| *eventless && who.is_empty() && can_frame(at, d) && previous_sentence.is_some_and(|p| p.start == *at) && impersonal(*at));
                    // "... the 24th session, which the two men chaired in Hanoi in April last year.
                    // On that trip Chernyshenko was also received by Chinh": the time the sentence
                    // before told.
                    let that_trip = || {
                        THAT_TRIP.is_match(s_text).then(|| frames.last().filter(|(at, _, (d, _, _))| skip_history(d) && previous_sentence.is_some_and(|p| p.start == *at))).flatten()
                    };
                    let by_sentence = pair_named.or_else(scene).or_else(|| frames.iter().rev().find(|(at, _, (d, _, who))| can_frame(at, d) && who.iter().any(|p| people.contains(p))));
                    let (by_event, by_sentence) = match that_trip() {
                        Some(trip) => (None, Some(trip)),
                        None => (by_event, by_sentence),
                    };
                    // "Modi and Phuc agreed in Hanoi on Saturday ... Modi, who landed late on
                    // Friday, ... Modi and Phuc held talks": the day the pair was told of
                    // together, not the day of an event of only one of them.
                    let one_of_them = by_event.as_ref().is_some_and(|(_, (_, _, who))| !people.iter().all(|p| who.contains(p)));
                    let (by_event, by_sentence) = match pair_named {
                        Some(pair) if one_of_them => (None, Some(pair)),
                        _ => (by_event, by_sentence),
                    };
                    match (by_event, by_sentence) {
                        // ... when it is as precise: "the first exchange in 2024" does not
                        // frame a day better than the arrival on January 23.
                        (Some((at, f)), Some((later, true, g))) if !meeting_frame && *later >= at && g.0.precision <= f.0.precision => Some((*later, g.clone())),
                        (Some(f), _) => Some(f),
                        (None, g) => g.map(|(at, _, f)| (*at, f.clone())),
                    }
                    // A dated news lead ("Vietnam on Friday became ...") is the day of the story.
                    .or_else(|| frames.first().filter(|_| reference_is_published).filter(|f| f.2.0.precision == Precision::Day).map(|(at, _, f)| (*at, f.clone())))
                    // A past happening frames only the sentence right after its own ("In
                    // 2001 he paid a state visit. In Hanoi he and Luong signed ...").
                    .filter(|(at, (d, _, _))| current(d) || previous_sentence.is_some_and(|p| p.start == *at))
                    .map(|(_, f)| f)
                    // "Modi held a meeting with Putin": what the text tells as done is not on
                    // the later day of a plan told before it, only in its month.
                    .and_then(|(d, place, who)| {
                        let later = writing.filter(|w| w.day_precise && w.published && d.date > w.date);
                        match later {
                            Some(w) if PAST_VERB.is_match(m.as_str()) => (d.date.month() == w.date.month() && d.date.year() == w.date.year())
                                .then(|| (DatePart { date: w.date.with_day(1).unwrap_or(w.date), precision: Precision::Month, end: None, ..d }, place, who)),
                            _ => Some((d, place, who)),
                        }
                    }) };
                let present_headline = reference_is_published && PRESENT_VERB.is_match(m.as_str());
                for (index, date) in date_list.into_iter().enumerate() {
                    let here = match (&listed_country, trip_cities.get(index)) {
                        (_, Some(Some(city))) => Some(city.clone()),
                        (Some(country), _) if index < last_listed => Some(country.clone()),
                        _ => here.clone(),
                    };
                    // "During this visit ... (delayed from 2020)": a sentence that refers back to
                    // the happening keeps its date unless it states one at least as precise.
                    // "On this occasion, he conveyed the invitation to visit Russia in
                    // 2025": the occasion dates the telling, not a plan with its own date
                    // ahead ("will preside over the meeting, delayed from 2020" is framed).
                    let own_plan = status == Status::Planned
                        && date.zip(frame.as_ref()).is_some_and(|(d, f)| d.date.year() >= f.0.date.year());
                    // (A stated coarser date that does not hold the frame's day is another
                    // time for what is told as done: "Kazan, which he visited last October",
                    // told at today's meeting; not for a plan "delayed from 2020".)
                    let framed = same_frame
                        && !own_plan
                        && frame.as_ref().is_some_and(|f| date.is_none_or(|d| d.precision > f.0.precision && (dates_compatible(Some(d), Some(f.0)) || status == Status::Planned)));
                    let stated = date.is_some() && !framed;
                    let date = if framed {
                        frame.as_ref().map(|f| f.0)
                    } else {
                        // "since Putin's visit to Hanoi", after "his state visit to Vietnam in
                        // June" was told: the same trip, on its own date.
                        // (A trip named with its owner or article, told as done.)
                        let named_trip = {
                            let owner = last_word(&text[sentence.start..g.start]).to_ascii_lowercase();
                            owner.ends_with("'s") || owner.ends_with("\u{2019}s") || matches!(owner.as_str(), "his" | "her" | "the" | "that")
                        };
                        let told_trip = || {
                            (*kind == EventKind::Visit && named_trip && status == Status::Occurred)
                                .then(|| drafts.iter().rev().filter(|d| d.kind == EventKind::Visit && d.participants == people && !d.inherited_date && d.sentence.end <= sentence.start))
                                .into_iter()
                                .flatten()
                                .find(|d| d.place.as_ref().zip(here.as_ref()).is_some_and(|(a, b)| a.country == b.country))
                                .and_then(|d| d.date)
                        };
                        // "since Putin's visit to Hanoi, during which he held talks with Chinh":
                        // what happened during a trip is on the trip's date.
                        let during_trip = || {
                            text[sentence.start..g.start].contains(" during which ")
                                .then(|| drafts.iter().rev().take_while(|d| d.sentence == *sentence).find(|d| d.kind == EventKind::Visit).and_then(|d| d.date))
                                .flatten()
                        };
                        date.or_else(told_trip).or_else(during_trip).or_else(|| frame.as_ref().map(|f| f.0)).or_else(|| {
                            present_headline.then(|| reference.map(|r| DatePart {
                                date: r,
                                precision: Precision::Day,
                                end: None,
                                basis: DateBasis::Relative,
                            })).flatten()
                        })
                    };
                    // "asked Putin to come to Vietnam soon", told of a meeting held today: a trip
                    // still to come is not on the day it was planned.
                    let date = date.filter(|d| {
                        !(*kind == EventKind::Visit && status == Status::Planned && !stated && d.precision == Precision::Day
                            && writing.is_some_and(|w| w.day_precise && d.date <= w.date))
                    });
                    let status = match (date, writing) {
                        // With only the year known, the text's tense decides within that year.
                        // An inferred day is only the earliest the text can be written: a
                        // later day told in the past has happened.
                        (Some(d), Some(w)) if after_reference(d, w.date) && (w.day_precise || d.date.year() > w.date.year()) && (w.published || status == Status::Planned || !w.day_precise) => Status::Planned,
                        // "the last being Noda's visit in October 2011" in a text of 2023.
                        (Some(d), Some(w)) if well_before(d, w) => Status::Occurred,
                        _ => status,
                    };
                    let home_countries: Vec<&str> = people.iter().filter_map(|&p| actors.people[p].country.as_deref()).collect();
                    let inherited = inherited_place(&drafts, date, &people, &home_countries, *kind).or_else(|| {
                        (*kind != EventKind::Visit).then(|| framed_place(&drafts, frame.as_ref(), date, &people)).flatten()
                    });
                    let place = match (&here, inherited) {
                        // "a visit to Vietnam" during talks already placed in Hanoi: the city.
                        (Some(h), Some(i)) if !h.is_city && i.is_city && i.country == h.country => Some(i),
                        (Some(_), _) => here.clone(),
                        (None, i) => i,
                    };
                    // "Putin, who landed in Hanoi for a state visit, is the first head of
                    // the Russian state to set foot in Vietnam": one trip told twice; so is
                    // "Biden is the fifth sitting US president to come to Vietnam" after his
                    // state visit was told (unless it states another time of its own).
                    let told_already = nth_of_kind
                        && drafts.iter().any(|d| {
                            d.kind == EventKind::Visit
                                && d.participants == people
                                && d.place.as_ref().map(|p| &p.country) == place.as_ref().map(|p| &p.country)
                                && (d.sentence == *sentence || !stated || dates_compatible(d.date, date))
                        });
                    if told_already {
                        continue;
                    }
                    drafts.push(Draft {
                        kind: *kind,
                        participants: people.clone(),
                        date,
                        place: if *kind == EventKind::Call { None } else { place },
                        status,
                        sentence: sentence.clone(),
                        confidence: match (date.is_some(), stated) {
                            (true, true) => 0.8,
                            (true, false) => 0.6,
                            (false, _) => 0.5,
                        },
                        inherited_date: date.is_some() && !stated,
                        occurred_stated: stated && status == Status::Occurred,
                        backdrop,
                    });
                }
            }
            // "state visits to Kazakhstan and Azerbaijan": one trip to each country named.
            if let Some(first) = place.as_ref().filter(|p| *kind == EventKind::Visit && !p.is_city) {
                let also = coordinated_countries(text, &places, first);
                let told: Vec<Draft> = drafts.iter().rev().take_while(|d| d.sentence == *sentence).filter(|d| d.kind == EventKind::Visit && d.place.as_ref() == Some(first)).cloned().collect();
                for d in told {
                    drafts.extend(also.iter().map(|p| Draft { place: Some(p.clone()), ..d.clone() }));
                }
            }
            for (people, _, date) in listed {
                drafts.push(Draft {
                    kind: EventKind::Visit,
                    participants: people,
                    date: Some(date),
                    place: place.clone(),
                    status: Status::Occurred,
                    sentence: sentence.clone(),
                    confidence: 0.8,
                    inherited_date: false,
                    occurred_stated: true,
                    backdrop: false,
                });
            }
        }
        // The subjects of the sentence, the last one first: its first name, then the subject of
        // a clause joined by ", and" ("Trong and Biden spoke, and Secretary of State Antony
        // Blinken visited Hanoi. Trong received him").
        let clause_subjects = groups.iter().skip(1).filter(|grp| {
            let before = &text[sentence.start..grp[0].span.start];
            before.rfind(", and ").is_some_and(|i| before[i + 6..].split_whitespace().all(|w| w.starts_with(char::is_uppercase) || matches!(w, "of" | "the" | "for")))
        });
        // ("He met Guterres, ...": a pronoun is the subject; the name after it is no antecedent.)
        // (Nor is a name after the sentence's verb: "Thursday's list also included Palestinian
        // President Mahmoud Abbas" makes no subject of him.)
        let first_is_no_subject = groups.first().is_some_and(|grp| {
            let lead = &text[sentence.start..grp[0].span.start];
            lead.split(|c: char| !c.is_alphabetic()).any(|w| is_he_or_she(w) || is_finite_past(w))
        });
        // "President Sassou Nguesso received him in Oyo. He reached Uganda ...": the one a
        // pronoun object right after the sentence's first verb refers back to stays the centre
        // of the story.
        let centre_kept = groups.first().is_some_and(|subject| {
            let end = subject.last().map_or(sentence.start, |m| m.span.end);
            let verb_and_object: Vec<&str> = text[end..sentence.end].split_whitespace().take(3).collect();
            verb_and_object.iter().skip(1).any(|w| matches!(w.trim_end_matches([',', '.', ';']), "him" | "her"))
        });
        for (i, subject) in groups.first().filter(|_| !first_is_no_subject).into_iter().chain(clause_subjects).enumerate() {
            recent_subjects.retain(|&p| p != subject[0].actor);
            recent_subjects.insert(usize::from(i == 0 && centre_kept && !recent_subjects.is_empty()), subject[0].actor);
        }
        recent_subjects.truncate(3);
        // Only later sentences take this one as their frame; "since 2013" starts a stretch of
        // time and dates no happening.
        // ("marking half a century since the two established relations in 1968": so does a date
        // in a clause opened by "since".)
        let after_since = |span: &Range<usize>| word_before_is(text, span.start, &["since"]) || in_since_clause(text, sentence.start, span.start);
        let eventless = drafts.last().is_none_or(|d| d.sentence != *sentence);
        // "Modi flew in late on Friday, and his programme today included ...": the story moves
        // on to the last day a sentence names; when no event of the sentence is on that later
        // day, the sentence frames what follows as one that tells no event would.
        // (Not a deadline or a stay's end: "a visit that lasts until May 11".)
        let is_bound = |span: &Range<usize>| word_before_is(text, span.start, &["until", "till", "through", "to", "before", "by"]);
        let last = dates.iter().rev().find(|(span, _)| !after_since(span) && !is_bound(span));
        let moves_on = !eventless
            && last.is_some_and(|(_, l)| {
                drafts.iter().filter(|d| d.sentence == *sentence).all(|d| d.date.is_some_and(|own| own.end.unwrap_or(own.date) < l.date && own.precision == Precision::Day && l.precision == Precision::Day))
            });
        let eventless = eventless || moves_on;
        let framing_date = if eventless { last } else { dates.iter().find(|(span, _)| !after_since(span)) };
        if let Some((_, first)) = framing_date {
            frames.push((sentence.start, eventless, (
                *first,
                places.iter().find(|p| p.is_city && !after_since(&p.span)).cloned(),
                mentions.iter().map(|m| m.actor).collect(),
            )));
        }
        if framing_date.is_some() {
            back_at_talks = None;
        } else if eventless && meeting_frame {
            // "He arrived on Sunday. At the talks, Trong said ... The same day, Thuong received
            // Medvedev": a sentence about the talks brings the story back to their day.
            back_at_talks = drafts.iter().rev().filter(|d| d.kind == EventKind::Meeting && !d.backdrop).find_map(|d| d.date).or(back_at_talks);
        }
    }
    let drafts = with_stated_lengths(text, drafts);
    let drafts = with_witnesses_meeting(text, drafts, actors);
    let merged = merge_within_document(drafts);
    let drafts = with_summit_meetings(text, with_implied_visits(merged, actors), actors);
    with_dates_of_visits(drafts)
}

/// "left Hanoi for Vientiane on Wednesday at the end of a three-day working visit": the stay that
/// ended was in the city left.
fn ended_stay(text: &str, places: &[PlaceMention], g: &Range<usize>, kind: EventKind) -> Option<PlaceMention> {
    // (As `STAY_ENDS`, with up to three words describing the stay: "a three-day working".)
    static ENDING: LazyLock<Regex> = LazyLock::new(|| {
        word_regex(&format!(r"(?i)\b(?:{STAY_END_WORDS})\s+(?:a|an|his|her|their|the|its)\s+(?:[\w-]+\s+){{0,3}}$")).expect("ending pattern")
    });
    if kind != EventKind::Visit || !ENDING.is_match(&text[floor_boundary(text, g.start.saturating_sub(80))..g.start]) {
        return None;
    }
    let left = |p: &&PlaceMention| is_departure(last_word(&text[..p.span.start]));
    places.iter().filter(|p| p.span.end <= g.start).rfind(left).cloned()
}

/// "the first head of the Russian state to set foot in", "the fifth sitting US president to come
/// to": a trip told as the n-th of its kind (the trigger may hold the "to" itself).
fn nth_of_its_kind(text: &str, sentence: &Range<usize>, g: &Range<usize>) -> bool {
    let clause = clause_before(text, sentence.start, g.start);
    FIRST_OF_KIND.is_match(clause) || text[g.clone()].to_ascii_lowercase().starts_with("to ") && FIRST_OF_KIND.is_match(&format!("{clause}to "))
}

/// The countries named right after `first`, joined to it by "and" or commas.
fn coordinated_countries(text: &str, places: &[PlaceMention], first: &PlaceMention) -> Vec<PlaceMention> {
    let mut chain: Vec<PlaceMention> = Vec::new();
    let mut end = first.span.end;
    for p in places.iter().filter(|p| p.span.start >= first.span.end) {
        if p.is_city || !matches!(&text[end..p.span.start], " and " | ", " | ", and " | " & ") {
            break;
        }
        end = p.span.end;
        chain.push(p.clone());
    }
    chain
}

/// The people listed after "after" that follow a trip told as the n-th of its kind, each with
/// the date written right after the name ("after Bill Clinton in 2000, George W. Bush in 2006").
fn predecessors(text: &str, sentence: &Range<usize>, g: &Range<usize>, groups: &[Vec<&PersonMention>], dates: &[(Range<usize>, DatePart)]) -> Vec<(Vec<usize>, Range<usize>, DatePart)> {
    let Some(after) = text[g.end..sentence.end].find(" after ").map(|i| g.end + i + " after ".len()) else { return Vec::new() };
    groups
        .iter()
        .filter(|grp| grp[0].span.start >= after)
        .filter_map(|grp| {
            let end = grp.last().map_or(after, |m| m.span.end);
            let (span, date) = dates.iter().find(|(span, _)| span.start >= end && text[end..span.start].trim() == "in")?;
            Some((grp.iter().map(|m| m.actor).collect(), span.clone(), *date))
        })
        .collect()
}

/// "Phuc paid an official visit to Russia from May 20 to 23 ... In the capital he also met
/// Matviyenko": an undated meeting of a visitor in the country of the one dated visit the text
/// gives him there happened during that visit (dated with the visit's stretch of days, as a
/// meeting framed by the visit's own sentence is).
fn with_dates_of_visits(mut drafts: Vec<Draft>) -> Vec<Draft> {
    let dated_during: Vec<(usize, Option<DatePart>)> = drafts
        .iter()
        .enumerate()
        .filter(|(_, m)| m.kind == EventKind::Meeting && m.date.is_none())
        .map(|(i, m)| {
            let Some(country) = m.place.as_ref().map(|p| &p.country) else { return (i, None) };
            let mut visits = drafts.iter().filter(|v| {
                v.kind == EventKind::Visit
                    && v.date.is_some()
                    && v.place.as_ref().is_some_and(|p| &p.country == country)
                    && v.participants.iter().any(|p| m.participants.contains(p))
            });
            let date = match (visits.next(), visits.next()) {
                (Some(visit), None) => visit.date,
                _ => None,
            };
            (i, date)
        })
        .collect();
    for (i, date) in dated_during {
        if date.is_some() {
            drafts[i].date = date;
            drafts[i].inherited_date = true;
        }
    }
    drafts
}

/// "Triet and Medvedev looked on as the deal was signed": leaders of two countries named as
/// witnesses of one signing were together at it, which is a meeting of theirs.
fn with_witnesses_meeting(text: &str, mut drafts: Vec<Draft>, actors: &Actors) -> Vec<Draft> {
    let mut met = Vec::new();
    for d in drafts.iter().filter(|d| d.kind == EventKind::Signing) {
        let sentence = &text[d.sentence.clone()];
        let Some(witness) = WITNESS.find(sentence) else { continue };
        let witness_start = d.sentence.start + witness.start();
        let witnesses: Vec<usize> = dedup(
            actors
                .mentions_in(&d.sentence)
                .filter(|m| m.span.end <= witness_start && d.participants.contains(&m.actor))
                .map(|m| m.actor)
                .collect(),
        );
        let countries: HashSet<&str> = witnesses.iter().filter_map(|&a| actors.people[a].country.as_deref()).collect();
        if witnesses.len() < 2 || countries.len() < 2 {
            continue;
        }
        let already = drafts.iter().chain(&met).any(|m: &Draft| {
            m.kind == EventKind::Meeting && witnesses.iter().all(|w| m.participants.contains(w)) && dates_compatible(m.date, d.date)
        });
        if !already {
            met.push(Draft { kind: EventKind::Meeting, participants: witnesses, confidence: d.confidence.min(0.6), ..d.clone() });
        }
    }
    drafts.extend(met);
    drafts
}

/// "a two-day official visit", "his three-day trip".
static STAY_LENGTH: LazyLock<Regex> = LazyLock::new(|| {
    word_regex(r"(?i)\b(?P<n>one|two|three|four|five|six|seven|[1-7])-day\s+(?:(?:official|state|working|friendship|goodwill)\s+)?(?:visit|trip|tour|stay)\b").expect("stay length pattern")
});

/// Before a stay's length: the dated day is the stay's last ("wrapping up his two-day trip").
static STAY_ENDS: LazyLock<Regex> = LazyLock::new(|| {
    word_regex(&format!(r"(?i)\b(?:{STAY_END_WORDS})\s+(?:his|her|their|a|the|its)\s+$")).expect("stay end pattern")
});

/// Words that tell a stay's end: "wrapping up", "at the end of".
const STAY_END_WORDS: &str = r"wrapp(?:ing|ed) up|winding up|wound up|ending|ended|concluding|concluded|rounding off|rounded off|at the end of|on the (?:last|final) day of";

/// The word before a place that says the traveller leaves it ("left Hanoi for Vientiane").
fn is_departure(word: &str) -> bool {
    ["left", "leaves", "leaving", "departed", "departs"].iter().any(|w| word.eq_ignore_ascii_case(w))
}

/// Earlier in the sentence of a stay's length: the dated day is its first ("arrived on Tuesday
/// for a two-day visit", "began a three-day tour on Monday").
static STAY_BEGINS: LazyLock<Regex> = LazyLock::new(|| {
    word_regex(r"(?i)\b(?:arriv(?:ed|es|ing)|land(?:ed|s|ing)|flew (?:in|into)|beg(?:an|ins|inning)|start(?:ed|s|ing)|kick(?:ed|s|ing) off|on the first day of)\b").expect("stay begin pattern")
});

/// A visit dated to one day in a sentence that states the stay's length in days, and whether
/// that day is its first or last, runs for that many days.
fn with_stated_lengths(text: &str, mut drafts: Vec<Draft>) -> Vec<Draft> {
    for draft in drafts.iter_mut().filter(|d| d.kind == EventKind::Visit) {
        let Some(date) = draft.date.as_mut().filter(|d| d.precision == Precision::Day && d.end.is_none()) else { continue };
        let sentence = &text[draft.sentence.clone()];
        let Some(caps) = STAY_LENGTH.captures(sentence) else { continue };
        let Some(Some(days)) = crate::time::parse_quantity(&caps["n"]) else { continue };
        let days = days as i64; // one to seven, by the pattern
        if days < 2 {
            continue;
        }
        let before = &sentence[..caps.get(0).map_or(0, |m| m.start())];
        // ("left Hanoi for Vientiane at the end of a three-day visit": the stay that ended is
        // not the trip to the city left for.)
        let left_for = draft.place.as_ref().is_some_and(|p| last_word(&text[..p.span.start]).eq_ignore_ascii_case("for"));
        // "left Hanoi on Wednesday after a two-day state visit": the stay that ended is the
        // one in the city left.
        let left_after = draft.place.as_ref().is_some_and(|p| is_departure(last_word(&text[..p.span.start])))
            && before.trim_end().rsplit(' ').nth(1).is_some_and(|w| w.eq_ignore_ascii_case("after"));
        if (STAY_ENDS.is_match(before) || left_after) && !left_for {
            date.end = Some(date.date);
            date.date -= chrono::Duration::days(days - 1);
        } else if STAY_BEGINS.is_match(before) {
            date.end = Some(date.date + chrono::Duration::days(days - 1));
        }
    }
    drafts
}

/// "Widodo is to meet Putin in Moscow": meeting a host in the host's own country means the
/// guest travelled there. Each guest without a visit to that country in the text gets one,
/// with the meeting's date, place and status. Meetings at a third country's venue (a summit
/// in Kazan between two foreign leaders) say nothing about who hosted whom.
fn with_implied_visits(mut drafts: Vec<Draft>, actors: &Actors) -> Vec<Draft> {
    let country_of = |a: usize| actors.people[a].country.as_deref();
    let mut implied = Vec::new();
    for d in drafts.iter().filter(|d| d.kind == EventKind::Meeting && d.date.is_some()) {
        let Some(place) = &d.place else { continue };
        let host_present = d.participants.iter().any(|&a| country_of(a) == Some(place.country.as_str()));
        if !host_present {
            continue;
        }
        for &guest in &d.participants {
            let Some(home) = country_of(guest) else { continue };
            let already = |v: &Draft| v.kind == EventKind::Visit && v.participants.contains(&guest) && v.place.as_ref().is_some_and(|p| p.country == place.country);
            if home == place.country || drafts.iter().any(already) || implied.iter().any(already) {
                continue;
            }
            implied.push(Draft {
                kind: EventKind::Visit,
                participants: vec![guest],
                confidence: d.confidence.min(0.6),
                ..d.clone()
            });
        }
    }
    drafts.extend(implied);
    drafts
}

/// "President Yoon went to Tokyo for summit talks in March": a trip made for a summit is a
/// meeting with the host the story has the visitor meet elsewhere (Kishida, of Japan), unless
/// the trip's sentence already reports one.
fn with_summit_meetings(text: &str, mut drafts: Vec<Draft>, actors: &Actors) -> Vec<Draft> {
    let country_of = |a: usize| actors.people[a].country.as_deref();
    let mut implied = Vec::new();
    for visit in drafts.iter().filter(|d| d.kind == EventKind::Visit && d.participants.len() == 1) {
        let (Some(place), guest) = (&visit.place, visit.participants[0]) else { continue };
        if !SUMMIT_TRIP.is_match(&text[visit.sentence.clone()]) {
            continue;
        }
        // A meeting there with a named counterpart (one without is a draft that names no host).
        let met_here = |d: &Draft| d.kind == EventKind::Meeting && d.sentence == visit.sentence && d.participants.len() > 1 && d.participants.contains(&guest);
        if drafts.iter().any(met_here) {
            continue;
        }
        let hosts = dedup(
            drafts
                .iter()
                .filter(|d| d.kind == EventKind::Meeting && d.participants.contains(&guest))
                .flat_map(|d| d.participants.iter().copied())
                .filter(|&p| p != guest && country_of(p) == Some(place.country.as_str()))
                .collect(),
        );
        // Only one counterpart of that country: with several, the text must say whom.
        let [host] = hosts[..] else { continue };
        let reported = |d: &Draft| {
            d.kind == EventKind::Meeting && d.participants.contains(&guest) && d.participants.contains(&host) && d.date.is_some() && dates_compatible(d.date, visit.date)
        };
        if drafts.iter().any(reported) {
            continue;
        }
        implied.push(Draft { kind: EventKind::Meeting, participants: vec![guest, host], confidence: visit.confidence.min(0.6), ..visit.clone() });
    }
    drafts.extend(implied);
    drafts
}

/// A trip whose purpose is a summit ("went to Tokyo for summit talks", "for a summit").
static SUMMIT_TRIP: LazyLock<Regex> =
    LazyLock::new(|| word_regex(r"(?i)\bfor\s+(?:a\s+|the\s+)?(?:bilateral\s+)?summit(?:\s+talks|\s+meeting)?\b").expect("summit-trip pattern"));

/// Cities and countries named in a sentence, in text order.
fn sentence_places(text: &str, actors: &Actors, sentence: &Range<usize>) -> Vec<PlaceMention> {
    let inside = |span: &Range<usize>| span.start >= sentence.start && span.end <= sentence.end;
    // "asked Beijing to help", "urged Moscow": a capital spoken to is its government.
    let addressed = |span: &Range<usize>| ADDRESSING_VERBS.iter().any(|v| last_word(&text[..span.start]).eq_ignore_ascii_case(v));
    let mut places: Vec<PlaceMention> = actors.places.iter().filter(|p| inside(&p.span) && !addressed(&p.span) && !owns_abstraction(text, &p.span)).cloned().collect();
    let as_place = |c: &CountryMention, span: Range<usize>| PlaceMention { span, name: c.name.clone(), country: c.iso3.clone(), is_city: false };
    places.extend(actors.countries.iter().filter(|c| !c.demonym && inside(&c.span) && !owns_abstraction(text, &c.span)).map(|c| as_place(c, c.span.clone())));
    // "his fifth visit to the country": the country named last before this sentence.
    for m in THE_COUNTRY.find_iter(&text[sentence.clone()]) {
        // "to the country's capital" names the capital, read elsewhere.
        if text[sentence.start + m.end()..].starts_with(['\'', '\u{2019}']) {
            continue;
        }
        let named_before = actors.countries.iter().rev().find(|c| !c.demonym && c.span.end <= sentence.start);
        if let Some(country) = named_before {
            let start = sentence.start + m.start() + m.as_str().rfind("the").unwrap_or(0);
            places.push(as_place(country, start..sentence.start + m.end()));
        }
    }
    places.sort_by_key(|p| p.span.start);
    places
}

/// "in Hanoi's diplomatic hierarchy", "Moscow's position": a place that owns an abstraction
/// stands for its government; one that owns a site ("at Hanoi's Noi Bai airport", "in Moscow's
/// Kremlin") is still where things happen.
fn owns_abstraction(text: &str, span: &Range<usize>) -> bool {
    let Some(rest) = after_possessive(&text[span.end..]) else { return false };
    let next = rest.split(|c: char| !c.is_alphanumeric() && c != '-').next().unwrap_or("");
    next.starts_with(|c: char| c.is_lowercase()) && !SITE_NOUNS.contains(&next)
}

/// A past verb in lower case ("included", "met"): a name after it is its object. A narrower
/// reading than the tense reader's `is_past_word`: no adverbs ("last", "since"), no participles
/// that stand before a title ("the newly elected president"), and not "began" ("The chapter
/// began with Putin. ... he" still refers to Putin).
fn is_finite_past(word: &str) -> bool {
    let regular = word.len() > 5 && word.ends_with("ed") && word.starts_with(|c: char| c.is_ascii_lowercase()) && !["united", "based", "related", "named", "called", "elected", "appointed", "designated", "proposed", "planned", "scheduled", "expected", "detailed", "limited"].contains(&word);
    regular || ["met", "saw", "held", "had", "took", "gave"].contains(&word)
}

fn is_he_or_she(word: &str) -> bool {
    matches!(word, "he" | "He" | "she" | "She")
}

/// The text after a possessive "'s " that `rest` opens with, if it does.
fn after_possessive(rest: &str) -> Option<&str> {
    rest.strip_prefix("'s ").or_else(|| rest.strip_prefix("\u{2019}s "))
}

/// What a place owns that is itself a place.
const SITE_NOUNS: &[&str] = &[
    "airport", "residence", "palace", "headquarters", "office", "offices", "centre", "center", "hotel", "outskirts", "suburbs", "suburb", "port", "harbour", "harbor", "stadium", "hall", "city", "capital", "main", "old", "historic", "central", "presidential", "government", "national", "international",
];

/// Verbs whose object is someone spoken to: a place there stands for its government.
const ADDRESSING_VERBS: &[&str] = &["asked", "asks", "urged", "urges", "told", "tells", "thanked", "thanks", "pressed", "presses", "warned", "warns", "accused", "accuses", "criticised", "criticized", "praised", "praises", "reassured", "assured"];

/// Past-tense verbs that take an event noun as object ("paid a visit", "held talks").
const GOVERNING_PAST: &[&str] = &[
    "paid", "made", "began", "started", "concluded", "ended", "completed", "held", "had", "wrapped",
];

/// How far back from a trigger its clause is read (subject, tense and modal markers).
const CLAUSE_REACH: usize = 240;

/// The text before a trigger within its sentence, at most [`CLAUSE_REACH`] bytes.
fn clause_before(text: &str, sentence_start: usize, trigger_start: usize) -> &str {
    let from = floor_boundary(text, trigger_start.saturating_sub(CLAUSE_REACH)).max(sentence_start);
    &text[from..trigger_start]
}

fn calls_for_action(text: &str, g: &Range<usize>, sentence: &Range<usize>) -> bool {
    static REQUEST: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[^,;.]{0,80}? to [a-z]+").expect("request pattern"));
    // ("is to call on Lam and to meet Man": a second infinitive, not a request.)
    REQUEST.find(&text[g.end..sentence.end]).is_some_and(|m| !m.as_str().rsplit_once(" to ").is_some_and(|(before, _)| before.ends_with(" and") || before.ends_with(" or")))
}

fn dedup(people: Vec<usize>) -> Vec<usize> {
    let mut out = Vec::with_capacity(people.len());
    for p in people {
        if !out.contains(&p) {
            out.push(p);
        }
    }
    out
}

/// "3 to 9 February", "on April 25": a month and day with no year or weekday beside them.
fn month_day_without_year(written: &str) -> bool {
    let mut month = false;
    for word in written.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        let lower = word.to_ascii_lowercase();
        if (word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit())) || crate::time::weekday_number(&lower).is_some() {
            return false;
        }
        month |= crate::time::month_number(&lower).is_some();
    }
    month
}

/// The dated timexes of a sentence, as event dates.
fn sentence_dates(text: &str, timexes: &[Timex], sentence: &Range<usize>, writing: Option<WritingDate>) -> Vec<(Range<usize>, DatePart)> {
    let reference_is_published = writing.is_some_and(|w| w.published);
    let published = writing.filter(|w| w.published && w.day_precise).map(|w| w.date);
    // "events of the cross years of 2019 and 2020": years that name a period, not a date.
    let mut naming = false;
    let mut names_period = |t: &Timex| {
        let before = text[..t.start].trim_end();
        naming = before.ends_with(" years of") || before.ends_with(" Years of") || before.ends_with(" Year of") || (naming && before.ends_with(" and"));
        naming
    };
    // "a programme running to 2031", "goals by 2030", "a vision for the partnership to 2030": a
    // year that bounds a plan dates no event. (Not "goes back to 1959", "postponed to 2025".)
    let bound = |t: &Timex| {
        let to_end = word_before_is(text, t.start, &["to"])
            && [
                "running", "runs", "run", "lasting", "lasts", "extending", "extended", "valid", "up", "partnership", "strategy", "vision", "plan", "programme",
                "program", "roadmap", "cooperation", "development",
            ]
            .contains(&last_word(text[..t.start].trim_end().strip_suffix("to").unwrap_or("")));
        t.precision == Some(Precision::Year) && (to_end || word_before_is(text, t.start, &["until", "till", "through", "by"]))
    };
    timexes
        .iter()
        .filter(|t| t.start >= sentence.start && t.end <= sentence.end)
        .filter(|t| !names_period(t) && !bound(t))
        // "this morning", "Friday evening" date events too; a bare clock time may lean on the
        // reference day whatever the story's day, so it does not.
        .filter(|t| t.kind == TimexType::Date || (t.kind == TimexType::Time && ["TMO", "TAF", "TEV", "TNI"].iter().any(|p| t.value.ends_with(p))))
        .filter_map(|t| {
            // "earlier this week": an event date has no week precision; the week's month (the
            // month of its Thursday, as ISO weeks count) is what the text supports.
            let (date, precision) = match (t.date, t.precision) {
                (Some(date), Some(precision)) => (date, precision),
                (Some(monday), None) if t.value.contains("-W") => {
                    let thursday = monday + chrono::Duration::days(3);
                    (thursday.with_day(1)?, Precision::Month)
                }
                _ => return None,
            };
            let basis = if !t.relative {
                DateBasis::Explicit
            } else if reference_is_published {
                DateBasis::Relative
            } else {
                DateBasis::InferredAnchor
            };
            // Digits of a year, or a weekday, pin the year; a bare month and day does not.
            let written = &text[t.start..t.end];
            // "by year-end": a deadline in the year, not a day an event is on.
            let (date, precision) = if written.eq_ignore_ascii_case("year-end") { (date.with_ordinal(1)?, Precision::Year) } else { (date, precision) };
            let year_chosen = t.relative && precision == Precision::Day && month_day_without_year(written);
            // "The call followed his visit to Russia from 3 to 9 February", published in
            // October: told in the past, a month and day without a year lie before the
            // publication date, not in the months ahead.
            let told_in_past = || {
                let before = &text[sentence.start..t.start];
                !FUTURE.is_match(&text[sentence.clone()]) && before.split(|c: char| !c.is_alphanumeric()).any(crate::time::is_past_word)
            };
            let shift = |day: NaiveDate| day.with_year(day.year() - 1);
            let (date, end) = match published {
                // (A stay going on as the text is written may end in the days ahead.)
                Some(p) if year_chosen && (date - p).num_days() > 30 && told_in_past() => (shift(date)?, t.date_end.and_then(shift)),
                _ => (date, t.date_end),
            };
            Some((t.start..t.end, DatePart { date, precision, end, basis }))
        })
        .collect()
}

/// The dates of the event whose trigger is at `g`: the nearest date after the trigger in the
/// sentence, else the nearest before; coordinated years ("in 2014 and 2018") give several.
fn dates_for(text: &str, dates: &[(Range<usize>, DatePart)], g: &Range<usize>) -> Vec<DatePart> {
    // "Phuc's visit to Norway runs until Sunday": when it ends, not when it is (with a start
    // named too, "left on May 7 for the visit, which runs until May 10", the stay's end).
    let is_end = |span: &Range<usize>| word_before_is(text, span.start, &["until", "till"]);
    if !dates.is_empty() && dates.iter().all(|(span, _)| is_end(span)) {
        return Vec::new();
    }
    // "his first trip since he took office in August": a date after "since" dates another verb.
    // "his visit returns the state visit that Putin paid in 2001": a date told in another
    // event's relative clause dates that event, and one in a clause about a person ("with
    // Quang, who chairs this year's meetings") dates what that person does.
    // "his last visit to China before this week took place in January": a bound ("before
    // this week") is passed over for the date that follows it.
    let first_after = dates.iter().position(|(span, _)| span.start >= g.end);
    let bound = |i: usize| word_before_is(text, dates[i].0.start, &["before"]) && dates.get(i + 1).is_some();
    let (first_after, gap_from) = match first_after {
        Some(a) if bound(a) => (Some(a + 1), dates[a].0.end),
        other => (other, g.end),
    };
    let after = first_after.filter(|&a| {
        let gap = &text[gap_from..dates[a].0.start];
        // "when Putin received him in Sochi, and in September 2018, when ...": a date in the
        // next clause joined by ", and" dates that clause; "travel on to Vietnam, the Kremlin
        // said on Monday": a date after a reporting verb dates the report.
        // "praised the results of the 23rd session, held in October": another thing's date.
        let elsewhere = SINCE.is_match(gap)
            || OTHER_EVENTS_CLAUSE.is_match(gap)
            || [", who ", ", whose ", ", and ", "; "].iter().any(|w| gap.contains(w))
            || gap.trim_end().ends_with(", held in")
            || gap.trim_end().ends_with(", held on")
            // ("... for the anniversary of National Day, due to be celebrated tomorrow".)
            || gap.rfind(',').is_some_and(|i| [" due to be ", " to be "].iter().any(|w| gap[i..].contains(w)))
            || (gap.contains(',') && REPORTED.is_match(gap));
        !elsewhere
    });
    // "invited him while he was in Japan in March, and the visit would ...": a date in an
    // earlier clause joined by ", and" or ";" dates that clause.
    // Nor one in a "since" phrase before it ("Fidan, on his first trip since taking over in
    // June, held talks"), unless the event is told of that date ("since last May, when Lam
    // paid a visit").
    let in_since_phrase = |span: &Range<usize>| {
        let of_that_date = text[span.end..g.start].trim_start_matches([',', ' ']).starts_with("when ");
        in_since_clause(text, 0, span.start) && !of_that_date
    };
    let before = dates
        .iter()
        .rposition(|(span, _)| span.end <= g.start)
        // ("left Hanoi on Wednesday at the end of a visit during which he was received by Lam":
        // the reception is some day of the visit; "visited Russia in 2014 and 2018, during which
        // he had talks with Putin": those years are the visits'.)
        .filter(|&b| {
            let gap = &text[dates[b].0.end..g.start];
            let within_other = gap.find(" during which ").is_some_and(|i| gap[..i].split_whitespace().count() > 2);
            // ("He returned in May 2019, and was received by Putin": a second verb of the same
            // subject shares its date; "..., and the visit would" is another clause.)
            let own_clause = gap.rfind(", and ").is_some_and(|i| {
                let words: Vec<&str> = gap[i + ", and ".len()..].split_whitespace().collect();
                words.iter().all(|w| w.starts_with(char::is_lowercase))
                    && words.first().is_none_or(|w| !["the", "a", "an", "his", "her", "their", "its", "this", "that", "he", "she", "they", "it", "we", "i"].contains(w))
            });
            // ("had been elected less than a year earlier when he flew to Hanoi": a time counted
            // back from the flight is not the flight's; "on Monday when he met" is.)
            let told_from_it = text[dates[b].0.clone()].rsplit(' ').next().is_some_and(|w| ["earlier", "before", "later"].contains(&w));
            let when_clause = gap.starts_with(" when ") && told_from_it;
            !(gap.contains(", and ") && !own_clause || gap.contains("; ") || within_other || when_clause || in_since_phrase(&dates[b].0))
        });
    // Prefer the date after the trigger unless the one before is much closer. Names and titles
    // between count for nothing ("the telephone conversation between the Russian President and
    // General Secretary To Lam in August").
    let only_names = |gap: &str| gap.split_whitespace().all(|w| w.starts_with(char::is_uppercase) || matches!(w, "between" | "the" | "and" | "with" | "of" | "in" | "on"));
    let pick = match (after, before) {
        (Some(a), Some(b)) => {
            let da = if only_names(&text[g.end..dates[a].0.start]) { 0 } else { dates[a].0.start - g.end };
            let db = g.start - dates[b].0.end;
            // "Lam, who was elected in August last year, spoke with Putin by telephone on
            // August 8": a date in an aside about the subject dates that aside.
            let aside = text[dates[b].0.end..g.start].trim() == "," && {
                let opened = text[..dates[b].0.start].rfind(',').map_or("", |i| text[i + 1..dates[b].0.start].trim_start());
                let first = opened.split_whitespace().next().unwrap_or("");
                matches!(first, "who" | "which" | "whose") || (first.ends_with("ed") && first.starts_with(char::is_lowercase))
            };
            // "spoke to him by telephone in October last year and hosted him for talks in Moscow
            // on 12/15/2009": a date before "and" dates the first verb when the second has its own.
            let other_verb = text[dates[b].0.end..g.start].contains(" and ") && !text[g.end..dates[a].0.start].contains(',');
            if db + 20 < da && !aside && !other_verb { b } else { a }
        }
        (Some(a), None) => a,
        (None, Some(b)) => b,
        (None, None) => {
            // A date inside the trigger span ("the Putin-Trong meeting on ...") is unusual; none.
            return dates.iter().find(|(s, _)| s.start < g.end && g.start < s.end).map(|d| vec![d.1]).unwrap_or_default();
        }
    };
    // "this year's conference in April": a finer date inside the one picked, in the same
    // clause, says more about it.
    let pick = match dates.get(pick + 1) {
        Some((next, finer))
            if finer.precision < dates[pick].1.precision
                && finer.date.year() == dates[pick].1.date.year()
                && (dates[pick].1.precision == Precision::Year || finer.date.month() == dates[pick].1.date.month())
                && !text[dates[pick].0.end..next.start].contains([',', ';'])
                && text[dates[pick].0.end..next.start].len() <= 60 =>
        {
            pick + 1
        }
        _ => pick,
    };
    // "arrived on February 28 for a visit that lasted until March 2": the stay runs from the
    // date named before the trigger to the date after "until".
    if let (Some(a), Some(b)) = (after, before) {
        let (start, end) = (dates[b].1, dates[a].1);
        let until = text[..dates[a].0.start].trim_end().rsplit(' ').next().is_some_and(|w| matches!(w, "until" | "till" | "through"));
        if pick == a && until && start.precision == Precision::Day && end.precision == Precision::Day && (0..=31).contains(&(end.date - start.date).num_days()) {
            return vec![DatePart { end: Some(end.date), ..start }];
        }
    }
    // "from June 28 to July 1": two days joined as a range are one stay.
    let range_end = |i: usize| {
        let next = dates.get(i + 1)?;
        let (first, last) = (dates[i].1, next.1);
        let days_apart = (last.date - first.date).num_days();
        (is_range_connector(&text[dates[i].0.end..next.0.start])
            && first.precision == Precision::Day
            && last.precision == Precision::Day
            && (0..=31).contains(&days_apart))
        .then_some(DatePart { end: Some(last.date), ..first })
    };
    if let Some(range) = range_end(pick) {
        return vec![range];
    }
    if let Some(range) = pick.checked_sub(1).and_then(range_end) {
        return vec![range];
    }
    // "Two years earlier, in July 2013, Obama had hosted Sang": the date written out restates
    // the relative one before it; one date.
    let restated = |i: usize| {
        dates.get(i + 1).is_some_and(|(next, d)| {
            dates[i].1.basis != DateBasis::Explicit && d.basis == DateBasis::Explicit && matches!(text[dates[i].0.end..next.start].trim(), "," | ", in" | ", on")
        })
    };
    if restated(pick) {
        return vec![dates[pick + 1].1];
    }
    if pick > 0 && restated(pick - 1) {
        return vec![dates[pick].1];
    }
    let mut chosen = vec![dates[pick].1];
    // "in 2001, 2006 and 2013": bare years listed after a year are years too.
    if dates[pick].1.precision == Precision::Year {
        let rest = &text[dates[pick].0.end..];
        let mut consumed = 0;
        while let Some(caps) = LISTED_YEAR.captures(&rest[consumed..]) {
            let whole = caps.get(0).expect("group 0");
            let Some(date) = caps[1].parse().ok().and_then(|y| NaiveDate::from_ymd_opt(y, 1, 1)) else { break };
            chosen.push(DatePart { date, ..dates[pick].1 });
            consumed += whole.end();
        }
        if consumed > 0 {
            return chosen;
        }
    }
    // Coordination: "in 2014 and 2018", "in 2001, 2006 and 2013".
    // ("in September 2014, and the following month Prime Minister Dung travelled": a date that
    // opens the next clause, before its subject, is that clause's.)
    let opens_clause = |i: usize| text[dates[i].0.end..].trim_start_matches(' ').starts_with(char::is_uppercase);
    let mut i = pick;
    while i + 1 < dates.len() && is_date_coordination(&text[dates[i].0.end..dates[i + 1].0.start]) && !opens_clause(i + 1) {
        chosen.push(dates[i + 1].1);
        i += 1;
    }
    let mut j = pick;
    while j > 0 && is_date_coordination(&text[dates[j - 1].0.end..dates[j].0.start]) && !opens_clause(j) {
        chosen.insert(0, dates[j - 1].1);
        j -= 1;
    }
    // "on Tuesday and Wednesday": days in one week are one stay, not several events.
    let days: Vec<NaiveDate> = chosen.iter().filter(|d| d.precision == Precision::Day).map(|d| d.date).collect();
    if chosen.len() > 1 && days.len() == chosen.len() {
        let (first, last) = (days.iter().min().copied(), days.iter().max().copied());
        if let (Some(first), Some(last)) = (first, last) {
            if (last - first).num_days() <= 7 {
                return vec![DatePart { date: first, end: Some(last), ..chosen[0] }];
            }
        }
    }
    chosen
}

fn is_range_connector(gap: &str) -> bool {
    matches!(gap.trim(), "to" | "-" | "\u{2013}" | "through" | "until" | "till")
}

fn is_date_coordination(gap: &str) -> bool {
    // "They last talked on April 5, 2021, after ..., and before that in June 2020": the same
    // happening once more, whatever is said of the first time.
    if ANOTHER_TIME.is_match(gap) {
        return true;
    }
    // "in 2016 and again in 2019", "in May and then in July": the adverb and the repeated
    // preposition change nothing.
    let words: Vec<&str> = gap.split_whitespace().filter(|w| !matches!(*w, "again" | "also" | "then" | "later")).collect();
    let words = match words.split_last() {
        Some((&"in", rest)) if !rest.is_empty() => rest,
        _ => &words[..],
    };
    matches!(words.join(" ").as_str(), "and" | "," | ", and" | "or" | "as well as")
}

fn after_reference(d: DatePart, reference: NaiveDate) -> bool {
    match d.precision {
        Precision::Day => d.date > reference,
        Precision::Month => (d.date.year(), d.date.month()) > (reference.year(), reference.month()),
        Precision::Year => d.date.year() > reference.year(),
    }
}

/// True when the whole period of `d` ended before the writing date: before its month (a week's
/// margin for days, since a weekday read in the wrong direction lands at most a week off), or
/// before its year when only the year is known.
fn well_before(d: DatePart, writing: WritingDate) -> bool {
    let reference = writing.date;
    match d.precision {
        _ if !writing.day_precise => d.date.year() < reference.year(),
        Precision::Day => (reference - d.date).num_days() > 7,
        Precision::Month => (d.date.year(), d.date.month()) < (reference.year(), reference.month()),
        Precision::Year => d.date.year() < reference.year(),
    }
}

/// The date a text was written, as far as it is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WritingDate {
    /// The day, or the middle of the year when only the year is known.
    pub date: NaiveDate,
    pub day_precise: bool,
    /// True when the text states it (header or dateline), false when inferred.
    pub published: bool,
}

/// Planned when a future or modal marker precedes the trigger in its sentence and the trigger
/// is not itself a past-tense verb.
fn event_status(sentence: &str, start: usize, end: usize, trigger: &str) -> Status {
    if PAST_VERB.is_match(trigger) {
        // "will have met" is rare in news; a past verb reports a past event.
        let before = sentence[..start].trim_end();
        // "will meet", "to meet", "is due to be welcomed": a form that looks past but is not.
        let not_past = ["will", "to", " be"].iter().any(|w| before.ends_with(w)) || before == "be";
        if !not_past {
            return Status::Occurred;
        }
    }
    // A noun ("during his visit ...") takes its tense from the clause's verb, which may follow.
    let previous_word = sentence[..start].split_whitespace().last().unwrap_or("").to_lowercase();
    let nominal = matches!(previous_word.as_str(), "his" | "her" | "their" | "the" | "a" | "an" | "its" | "this" | "state" | "official" | "working" | "first" | "latest" | "upcoming")
        || previous_word.ends_with("'s")
        || previous_word.ends_with("\u{2019}s")
        || (previous_word.len() > 2 && previous_word.starts_with(|c: char| c.is_ascii_digit()));
    // "paid an official visit", "held a telephone conversation": a past verb governs the noun.
    let governed_by_past = sentence[..start]
        .split_whitespace()
        .rev()
        .take(4)
        .any(|w| GOVERNING_PAST.contains(&w.to_lowercase().as_str()));
    // "Putin invited Lam to the celebrations during his state visit to Hanoi": a trip "during"
    // which a past verb happened is past too.
    let during_past = nominal
        && sentence[..start].rfind(" during ").is_some_and(|i| {
            sentence[i..start].split_whitespace().count() <= 4 && sentence[..i].split(|c: char| !c.is_alphanumeric()).any(crate::time::is_past_word)
        });
    if nominal && governed_by_past || during_past {
        return Status::Occurred;
    }
    let reach = if nominal { 160 } else { 40 };
    let window = &sentence[..floor_boundary(sentence, end + reach)];
    let window_start = floor_boundary(window, start.saturating_sub(CLAUSE_REACH));
    let window = &window[window_start..];
    let trigger_end = end - window_start;
    // "The aim of his visit was to strengthen ties": the "was to" belongs to the aim, a
    // purpose, not to a visit still to come.
    let purpose_of = nominal && PURPOSE_OF.is_match(&sentence[..start]);
    let be_to = |m: &regex::Match| m.as_str().split_whitespace().nth(1).is_some_and(|w| w.eq_ignore_ascii_case("to"));
    if FUTURE.find_iter(window).any(|m| !(effect_of_the_event(window, trigger_end, &m) || purpose_of && be_to(&m))) {
        Status::Planned
    } else {
        Status::Occurred
    }
}

/// Whether the word just before `at` is one of `words` (any case).
fn word_before_is(text: &str, at: usize, words: &[&str]) -> bool {
    let word = last_word(&text[..at]);
    words.iter().any(|w| word.eq_ignore_ascii_case(w))
}

/// "a two-day visit that Moscow hopes will restore its weight": a future in a relative clause
/// after the trigger tells what the event is to bring about, not that it lies ahead ("a visit
/// that will take place in May" does).
fn effect_of_the_event(window: &str, trigger_end: usize, future: &regex::Match<'_>) -> bool {
    if future.start() < trigger_end || !matches!(future.as_str().to_ascii_lowercase().as_str(), "will" | "would") {
        return false;
    }
    let gap = format!(" {} ", &window[trigger_end..future.start()]);
    if !(gap.contains(" that ") || gap.contains(" which ")) {
        return false;
    }
    let verb = window[future.end()..].split(|c: char| !c.is_alphabetic()).find(|w| !w.is_empty()).unwrap_or("");
    !is_verb_of_happening(verb)
}

/// Verbs that tell when or how an event happens ("will take place", "will be held", "will
/// begin"), as against what it brings about.
fn is_verb_of_happening(verb: &str) -> bool {
    matches!(verb, "take" | "be" | "begin" | "start" | "last" | "run" | "come" | "happen" | "go" | "proceed" | "coincide" | "follow" | "include" | "focus" | "see" | "end" | "continue")
}

/// The city a story is filed from: "HANOI, 8 November 2012 (Agency) —", "Oslo - ...", at the
/// start of a line and followed by a date, an agency or a dash.
fn dateline_city<'a>(text: &str, actors: &'a Actors) -> Option<&'a PlaceMention> {
    actors.places.iter().filter(|p| p.is_city).take(3).find(|p| {
        let line_start = text[..p.span.start].rfind('\n').map_or(0, |i| i + 1);
        let after = &text[p.span.end..floor_boundary(text, p.span.end + 4)];
        p.span.start == line_start && (after.starts_with(", ") || after.starts_with(" -") || after.starts_with(" \u{2014}") || after.starts_with(" \u{2013}") || after.starts_with(" ("))
    })
}

/// "the first Asian leader to", "the only head of state to": a description, before its verb.
static FIRST_OF_ITS_KIND_TO: LazyLock<Regex> =
    LazyLock::new(|| word_regex(r"\bthe (?:first|only)\s+(?:[\w-]+\s+){0,4}?(?:leader|head of state|president|prime minister|premier|official)s?\s+to\s+$").expect("first-of-its-kind pattern"));

static HABITUAL: LazyLock<Regex> = LazyLock::new(|| {
    word_regex(r"^\s+(?:(?:quite\s+|very\s+)?(?:regularly|often|frequently|repeatedly)|(?:many|several|numerous|countless)\s+times|on\s+(?:many|several|numerous)\s+occasions)\b").expect("habitual pattern")
});

/// What carries a traveller named before: "the presidential plane", "his motorcade".
static CARRIER: LazyLock<Regex> = LazyLock::new(|| {
    word_regex(r"(?i)\b(?:the|his|her)\s+(?:presidential\s+|official\s+|special\s+)?(?:plane|aircraft|jet|motorcade|motorcades)\b").expect("carrier pattern")
});

/// "a delegation that included", "including": what follows names members of a party.
static PARTY_MEMBERS: LazyLock<Regex> = LazyLock::new(|| {
    word_regex(r"\b(?:delegation|entourage|party|team)\s+(?:that|which)\s+included\b[^.;]*$|\bdelegation\s+(?:including|comprising|of)\b[^.;]*$").expect("party pattern")
});

/// Whether the name at `start` follows "at the invitation of" or "on behalf of" (with its
/// titles between).
fn names_the_inviter(text: &str, start: usize) -> bool {
    let before = text[floor_boundary(text, start.saturating_sub(60))..start].to_ascii_lowercase();
    ["invitation of ", "on behalf of "].iter().any(|p| {
        before.rfind(p).is_some_and(|i| before[i + p.len()..].split_whitespace().all(|w| w.starts_with(|c: char| !c.is_ascii_lowercase()) || w == "the"))
    })
}

/// The two sides of a meeting or call whose trigger is at `g`: one participant list per event.
fn meeting_sides(
    text: &str,
    sentence: &Range<usize>,
    g: &Range<usize>,
    groups: &[Vec<&PersonMention>],
    recent_subjects: &[usize],
    actors: &Actors,
    objects: &HashSet<usize>,
) -> Vec<Vec<usize>> {
    // (A name and its title in apposition are one person: "Tran Dai Quang, Vietnam's president".)
    let ids = |grp: &Vec<&PersonMention>| dedup(grp.iter().map(|m| m.actor).collect());
    // Names that were the object of an earlier trigger in this sentence are not a subject
    // ("will sit down with A and also call on B": B's host is still the subject).
    let before: Vec<&Vec<&PersonMention>> = groups
        .iter()
        .filter(|grp| grp.last().is_some_and(|m| m.span.end <= g.start))
        .filter(|grp| !grp.iter().all(|m| objects.contains(&m.actor)))
        // "He landed ... at the invitation of Putin and Medvedev, and held talks with
        // Medvedev": who invited him is not who holds the talks.
        .filter(|grp| !names_the_inviter(text, grp[0].span.start))
        // "hears Modi's call for peace a day after talks with Xi": an owner is no subject,
        // unless of the trigger or of a few words before it ("Modi's previous interaction
        // with", "Modi's schedule also includes meetings with").
        .filter(|grp| {
            let end = grp.last().map_or(g.start, |m| m.span.end);
            let owner = after_possessive(&text[end..]).is_some();
            !owner || text.get(end..g.start).is_none_or(|gap| gap.split_whitespace().count() <= 5)
        })
        .collect();
    // ("received Lam's predecessor, the late Nguyen Phu Trong": the one related to him.)
    let related = |grp: &&Vec<&PersonMention>| {
        let rest = &text[grp.last().map_or(g.end, |m| m.span.end)..];
        after_possessive(rest).is_some_and(|noun| RELATIONAL_NOUNS.iter().any(|r| noun.starts_with(r)))
    };
    let after: Vec<&Vec<&PersonMention>> = groups.iter().filter(|grp| grp[0].span.start >= g.end).filter(|grp| !related(grp)).collect();
    let trigger_text = text[g.clone()].to_lowercase();
    let preceding = clause_before(text, sentence.start, g.start);
    // "talks between A and B", "their talks" after both names: one event with everyone named.
    let between = text[g.end..sentence.end].trim_start().get(..8).is_some_and(|w| w.eq_ignore_ascii_case("between "));
    if trigger_text.ends_with("between") || between {
        return after.first().map(|grp| vec![ids(grp)]).unwrap_or_default();
    }
    if trigger_text.starts_with("their") {
        let all: Vec<usize> = before.iter().flat_map(|grp| ids(grp)).collect();
        // "At their talks on December 5, Phuc and Yoon raise relations": the subject follows.
        let subject_after = after.first().filter(|grp| grp.len() >= 2 && text[g.end..grp[0].span.start].contains(',')).map(|grp| ids(grp));
        return if all.len() >= 2 { vec![all] } else { subject_after.map(|s| vec![s]).unwrap_or_default() };
    }
    let country = |p: usize| actors.people[p].country.as_deref();
    let met = after.first().and_then(|grp| country(grp[0].actor));
    // "Mishustin briefed the president on his talks with Chinh": the one named last is the
    // compatriot of the one met, so the talks are those of the one named before.
    let object_follows = after.first().is_some_and(|grp| grp[0].span.start - g.end <= 40 && !text[g.end..grp[0].span.start].contains([',', ';']));
    let compatriot = |grp: &&Vec<&PersonMention>| object_follows && met.is_some() && country(grp[0].actor) == met;
    let nearest = before.last().filter(|grp| !compatriot(grp)).or_else(|| before.iter().rev().find(|grp| country(grp[0].actor).is_some() && !compatriot(grp))).or(before.last());
    // "... with Albanese and Boluarte, after two days in which he sat down with ...": a pronoun
    // right before the trigger is its subject, the sentence's own subject.
    let pronoun_subject = is_he_or_she(last_word(preceding));
    let nearest = if pronoun_subject && nearest.is_some_and(|grp| !text[grp.last().map_or(g.start, |m| m.span.end)..g.start].trim().eq_ignore_ascii_case(last_word(preceding))) {
        before.first().filter(|grp| grp[0].span.start - sentence.start <= 60).or(nearest)
    } else {
        nearest
    };
    let subject: Option<Vec<usize>> = nearest.map(|grp| ids(grp)).or_else(|| {
        // "he met ...": a pronoun subject is the subject of the previous sentence, or of one just
        // before it when that one's country is not the person met's ("Putin welcomed his guest
        // ... In the capital he also met Matviyenko": the guest met her).
        let from_elsewhere = recent_subjects.iter().copied().find(|&p| met.is_none() || country(p) != met);
        // "follows Putin's state visit to China last month, when he held talks with Xi": the
        // owner of a trip told in the sentence is the one who travelled.
        let trip_owner = groups
            .iter()
            .filter(|grp| grp[0].span.start >= sentence.start && grp.last().is_some_and(|m| m.span.end <= g.start))
            .rfind(|grp| {
                let noun = after_possessive(&text[grp.last().map_or(g.start, |m| m.span.end)..]).unwrap_or("");
                let noun = noun.trim_start_matches("state ").trim_start_matches("official ");
                // (The pronoun comes after the owner: "He met Trong during the party chief's
                // visit, and held talks" is the first "He"'s.)
                let pronoun_after = text[grp.last().map_or(g.start, |m| m.span.end)..g.start].split(|c: char| !c.is_alphabetic()).any(is_he_or_she);
                ["visit", "trip", "tour"].iter().any(|t| noun.starts_with(t)) && pronoun_after
            })
            .map(|grp| grp[0].actor);
        // "In his meeting with Putin, Chinh thanked ...": the owner is the subject named after
        // the phrase (read below as a subject after the object).
        let fronted_owner = FRONTED_POSSESSIVE.is_match(&text[sentence.start..g.start]);
        (PRONOUN_SUBJECT.is_match(preceding) && !fronted_owner).then(|| trip_owner.or(from_elsewhere).or(recent_subjects.first().copied())).flatten().map(|p| vec![p])
    });
    // "meetings with A, the party chief; B, the president; and C": one object per item.
    let rest = &text[g.end..floor_boundary(text, (g.end + 400).min(sentence.end))];
    let semicolon_objects: Vec<&PersonMention> = if rest.contains(';') {
        let mut items = Vec::new();
        let mut offset = g.end;
        for item in rest.split(';') {
            if let Some(first) = after.iter().flat_map(|grp| grp.iter()).find(|m| m.span.start >= offset && m.span.start < offset + item.len()) {
                items.push(*first);
            }
            offset += item.len() + 1;
        }
        items
    } else {
        Vec::new()
    };
    let listed: Vec<&PersonMention>;
    let after_first: Option<&Vec<&PersonMention>> = if semicolon_objects.len() >= 2 {
        listed = semicolon_objects;
        Some(&listed)
    } else {
        after.first().copied()
    };
    // "Trong received him in Hanoi ... and asked him to convey greetings to Putin": a pronoun
    // right after the verb is its object, not a name further on.
    let object_is_pronoun = text[g.end..sentence.end].split(|c: char| !c.is_alphabetic()).find(|w| !w.is_empty()).is_some_and(|w| w == "him");
    let after_first = after_first.filter(|_| !object_is_pronoun);
    match (subject, after_first) {
        (Some(subject), Some(object)) => {
            // "Trong and Biden discussed it by telephone, and Blinken visited": another clause's.
            let near = object[0].span.start - g.end < 120 && !(subject.len() >= 2 && text[g.end..object[0].span.start].contains(", and "));
            // "Ha and Chernyshenko held an online meeting ... three weeks after Putin's state
            // visit": two who hold talks together meet only those named "with" them.
            let holds = ["held ", "hold ", "holds ", "holding ", "had ", "have ", "has "].iter().any(|w| trigger_text.starts_with(w));
            let held_together = subject.len() >= 2 && holds && !trigger_text.ends_with("with") && !text[g.end..object[0].span.start].contains("with");
            if !near || held_together {
                return if subject.len() >= 2 { vec![subject] } else { Vec::new() };
            }
            // "Putin and Medvedev are due to hold meetings with Trong": one meeting each.
            if subject.len() >= 2 && trigger_text.contains("meetings") {
                return subject.iter().flat_map(|&s| object.iter().map(move |m| vec![s, m.actor])).collect();
            }
            object
                .iter()
                .map(|m| {
                    let mut people = subject.clone();
                    people.push(m.actor);
                    people
                })
                .collect()
        }
        (Some(subject), None) => {
            if subject.len() >= 2 {
                return vec![subject];
            }
            // "when Putin received him in Sochi": "him" is the one named before from another
            // country, in this sentence or as a recent subject.
            let rest = text[g.end..sentence.end].trim_start();
            let rest = rest.strip_prefix("with ").unwrap_or(rest);
            // So is "the visitor" ("Thuong received the visitor the same day"), and the one a
            // ceremony is "for" ("hosted an official welcome ceremony for him").
            let lower_rest = rest.get(..rest.len().min(60)).unwrap_or(rest).to_ascii_lowercase();
            let pronoun_object = rest.split(|c: char| !c.is_alphabetic()).next().is_some_and(|w| matches!(w, "him" | "her"))
                || ["the visitor", "the guest", "their guest", "the visiting "].iter().any(|p| lower_rest.starts_with(p))
                || FOR_HIM.is_match(&lower_rest);
            let home = country(subject[0]);
            // (A host the knowledge base does not know has no country: anyone else will do.)
            let other = |p: &usize| match home {
                Some(_) => country(*p).is_some() && country(*p) != home,
                None => *p != subject[0],
            };
            // The subject is the verb's own: "Putin received him", not "Putin would look for
            // reassurance, while Hanoi was expected to receive him".
            // So is a participle's ("Putin paid a visit at Sang's invitation, holding talks
            // with him"), which takes the main clause's subject.
            let participle = trigger_text.split(' ').next().is_some_and(|w| w.ends_with("ing")) && text[..g.start].ends_with(", ");
            // (An apposition may stand between: "Li Zhanshu, chairman of the congress, met him".)
            let own_subject = participle
                || before.last().is_some_and(|grp| {
                    let gap = &text[grp.last().map_or(g.start, |m| m.span.end)..g.start];
                    let apposition = gap.starts_with(", ") && gap.trim_end().ends_with(',') && gap.matches(',').count() == 2 && !gap.contains(';');
                    // ("Tran Dai Quang, Vietnam's president, welcomed him": the title closes it.)
                    // ("His host, President Vo Van Thuong, greeted him": so does the name after
                    // the role.)
                    let opener = text[sentence.start..grp[0].span.start]
                        .trim_end_matches(|c: char| c.is_alphabetic() || c == ' ' || c == '.')
                        .strip_suffix(',')
                        .is_some_and(|role| (1..=4).contains(&role.split_whitespace().count()));
                    let titled = opener || grp.len() >= 2 && grp.iter().all(|m| m.actor == grp[0].actor);
                    apposition || titled && gap.trim() == "," || !gap.contains([',', ';']) && gap.split_whitespace().count() <= 3
                });
            let object = (pronoun_object && own_subject)
                .then(|| before.iter().rev().flat_map(|grp| grp.iter().map(|m| m.actor)).find(other).or_else(|| recent_subjects.iter().copied().find(other)))
                .flatten();
            object.map(|o| vec![vec![subject[0], o]]).unwrap_or_default()
        }
        (None, Some(object)) => {
            // "Meeting A, B urged ...": the subject comes after the object.
            let clause_subject = after.get(1).filter(|next| {
                let from = object.last().map_or(g.end, |m| m.span.end);
                // (Not a person in a later predicate: "X meets Trong and Dung, lays groundwork
                // for Putin trip".)
                text.get(from..next[0].span.start).is_some_and(|gap| {
                    gap.trim_start().starts_with(',')
                        && !gap.contains(" and ")
                        && gap.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).all(|w| w == "the" || w.starts_with(char::is_uppercase))
                })
            });
            match clause_subject {
                Some(subject) => {
                    let mut people = ids(subject);
                    people.extend(ids(object));
                    vec![people]
                }
                // ("Vietnam has hosted Biden and Xi": guests of a country, who did not meet each
                // other.)
                None if object.len() >= 2 && dedup(ids(object)).len() >= 2 && !is_hosting(&trigger_text) => vec![ids(object)],
                // "In Hanoi, the centrepiece will be talks on Thursday with Trong": talks with
                // no one named before are the story's subject's, from another country.
                None if trigger_text.starts_with("talks") && trigger_text.ends_with("with") && before.is_empty() => {
                    let other = |p: &usize| country(*p).is_some() && country(*p) != country(object[0].actor);
                    recent_subjects.iter().copied().find(other).map(|s| vec![vec![s, object[0].actor]]).unwrap_or_default()
                }
                None => Vec::new(),
            }
        }
        (None, None) => Vec::new(),
    }
}

/// A verb whose object is a guest: "hosted", "received", "welcomed", "greeted".
fn is_hosting(trigger: &str) -> bool {
    let verb = trigger.split(' ').next().unwrap_or("").to_ascii_lowercase();
    ["host", "hosts", "hosted", "receive", "receives", "received", "welcomed", "welcomes", "greeted"].contains(&verb.as_str())
}

/// What joins co-signers to the subject of "signed".
static CO_SIGNERS: LazyLock<Regex> = LazyLock::new(|| word_regex(r"(?i)\b(?:together|along|jointly) with\b").expect("co-signers pattern"));

/// Words that may stand between a pronoun subject and its trigger ("he is due to leave").
const AUXILIARIES: &[&str] = &[
    "is", "was", "will", "would", "due", "to", "set", "expected", "scheduled", "going", "also", "then", "later", "soon",
    "has", "had", "have", "been", "be", "plans", "planned", "intends", "not",
];

/// Words of "pay a state visit", "make an official trip" between a pronoun and the noun.
const VISIT_MAKING: &[&str] = &["pay", "pays", "paid", "paying", "make", "makes", "made", "making", "a", "an", "state", "official", "working", "brief"];

/// The visitor(s) of a visit, or the signers of a signing, whose trigger is at `g`.
// The sentence's parts and the scan's running state (subject, drafts, objects): a struct bundling
// them would only rename them.
#[allow(clippy::too_many_arguments)]
fn visitors(
    text: &str,
    sentence: &Range<usize>,
    g: &Range<usize>,
    groups: &[Vec<&PersonMention>],
    previous_subject: Option<usize>,
    drafts: &[Draft],
    kind: EventKind,
    objects: &HashSet<usize>,
) -> Vec<Vec<usize>> {
    let ids = |grp: &Vec<&PersonMention>| grp.iter().map(|m| m.actor).collect::<Vec<_>>();
    // "Chinh and a delegation that included Son and Dien landed in Kazan": the members of the
    // party come with the one who leads it, whose trip it is.
    let party_member = |grp: &Vec<&PersonMention>| {
        let start = grp[0].span.start;
        let led = groups.iter().any(|other| other[0].span.start >= sentence.start && other[0].span.end < start);
        let before = text[floor_boundary(text, start.saturating_sub(80)).max(sentence.start)..start].to_ascii_lowercase();
        led && start < g.start && PARTY_MEMBERS.is_match(&before)
    };
    // "at the invitation of Prime Minister Stefan Lofven": who invited him does not travel.
    let travellers: Vec<Vec<&PersonMention>>;
    let groups = if kind == EventKind::Visit {
        travellers = groups.iter().filter(|grp| !(party_member(grp) || names_the_inviter(text, grp[0].span.start))).cloned().collect();
        &travellers[..]
    } else {
        groups
    };
    let after_trigger = &text[g.end..sentence.end];
    // "the visit of / by / from X", "the visit to Hanoi on Sunday and Monday by X".
    if let Some(rest) = after_trigger.strip_prefix(' ') {
        let lower = rest.to_lowercase();
        if ["of ", "by ", "from "].iter().any(|p| lower.starts_with(p)) {
            // (Not "a visit from May 26 to 28 at the invitation of X": a date, then the inviter.)
            let only_words = |grp: &&Vec<&PersonMention>| !text[g.end..grp[0].span.start].contains(|c: char| c.is_ascii_digit());
            if let Some(grp) = groups.iter().find(|grp| grp[0].span.start >= g.end && grp[0].span.start - g.end < 80 && only_words(grp)) {
                return grp.iter().map(|m| vec![m.actor]).collect();
            }
        } else if let Some(from) = VISIT_BY.find(rest).map(|m| g.end + 1 + m.end()).or_else(|| {
            // "a trip to Vietnam by Putin": the trigger took the "to"; read from it.
            let to = g.end - 2;
            text[g.clone()].ends_with(" to").then(|| VISIT_BY.find(&text[to..sentence.end]).map(|m| to + m.end())).flatten()
        }) {
            // (Not "a trip to Seoul by a sitting prime minister, the last being Noda's visit".)
            // Nor "by a sitting Japanese prime minister": nobody in particular.
            let named = |grp: &&Vec<&PersonMention>| {
                let gap = &text[from..grp[0].span.start];
                !gap.contains([',', ';']) && !matches!(gap.split_whitespace().next(), Some("a" | "an" | "any" | "another"))
            };
            if let Some(grp) = groups.iter().find(|grp| grp[0].span.start >= from && grp[0].span.start - from < 60 && named(grp)) {
                // "signed in Moscow in June 1994 by Kiet and Chernomyrdin": they sign together.
                if kind == EventKind::Signing {
                    return vec![ids(grp)];
                }
                return grp.iter().map(|m| vec![m.actor]).collect();
            }
        }
    }
    // "the visit Triet made to Russia", "the trip that Medvedev, then prime minister, made to
    // Hanoi", "the state visit that President Putin paid": the one who made it follows the noun.
    if kind == EventKind::Visit {
        if let Some(grp) = groups.iter().find(|grp| grp[0].span.start >= g.end && grp[0].span.start - g.end <= 60) {
            let between = text[g.end..grp[0].span.start].trim();
            let between = between.strip_prefix("that").or_else(|| between.strip_prefix("which")).unwrap_or(between);
            let only_titles = between.split_whitespace().all(|w| w.starts_with(char::is_uppercase));
            let after_name = &text[grp.last().map_or(g.end, |m| m.span.end)..sentence.end];
            if only_titles && MADE_BY.is_match(after_name) {
                return grp.iter().map(|m| vec![m.actor]).collect();
            }
        }
    }
    let preceding = clause_before(text, sentence.start, g.start);
    // "he is due to hold talks with Prabowo, before travelling to Singapore": a participle after
    // "before" or "after" has the subject of the sentence.
    // "Lavrov held talks with Son in Hanoi, using a short official visit to ...": a participle
    // phrase after a comma has it too.
    let clause = &preceding[preceding.rfind(',').map_or(0, |i| i + 1)..];
    let participle_phrase = preceding.contains(',')
        && clause.split_whitespace().next().is_some_and(|w| w.len() > 4 && w.ends_with("ing") && w.starts_with(char::is_lowercase))
        && clause.split_whitespace().count() <= 5;
    if kind == EventKind::Visit && participle_phrase {
        if let Some(grp) = groups.iter().find(|grp| grp[0].span.start >= sentence.start && grp[0].span.end <= g.start).filter(|grp| grp[0].span.start - sentence.start <= 60) {
            return vec![ids(grp)];
        }
    }
    if kind == EventKind::Visit && matches!(last_word(preceding).to_ascii_lowercase().as_str(), "before" | "after" | "then") && text[g.clone()].to_ascii_lowercase().contains("ing") {
        let subject = groups.iter().find(|grp| grp[0].span.start >= sentence.start && grp[0].span.end <= g.start).filter(|grp| grp[0].span.start - sentence.start <= 60);
        if let Some(grp) = subject {
            return vec![ids(grp)];
        }
        if let Some(p) = previous_subject {
            return vec![vec![p]];
        }
    }
    if kind == EventKind::Signing {
        if let Some(people) = signers_and_witnesses(text, sentence.start, g, groups, preceding, drafts) {
            return vec![people];
        }
        // "Ministers then signed documents, with Kishida and Thuong looking on", "an agreement
        // signed on Sunday in the presence of Medvedev and Triet".
        let watched = |pattern: &Regex| pattern.captures(after_trigger);
        let looking_on = after_trigger.contains("with ").then(|| watched(&LOOKING_ON)).flatten();
        if let Some(caps) = looking_on.or_else(|| after_trigger.contains("presence of").then(|| watched(&IN_THE_PRESENCE)).flatten()) {
            let (from, to) = (g.end + caps.get(0).map_or(0, |m| m.start()), g.end + caps.get(0).map_or(0, |m| m.end()));
            let people: Vec<usize> = groups.iter().flatten().filter(|m| m.span.start >= from && m.span.end <= to).map(|m| m.actor).collect();
            if people.len() >= 2 {
                return vec![dedup(people)];
            }
        }
        // "during which an agreement was signed": a passive without "by" names no signer;
        // "which was signed in Moscow in June 1994 by Kiet and his counterpart Chernomyrdin":
        // those after "by" sign.
        // ("the deal was first signed": an adverb may stand between.)
        let auxiliary = |w: &str| matches!(w.to_ascii_lowercase().as_str(), "was" | "were" | "been" | "be" | "is" | "are");
        let mut before_words = preceding.split_whitespace().rev();
        let (last, second) = (before_words.next().unwrap_or(""), before_words.next().unwrap_or(""));
        let passive = auxiliary(last) || (last.ends_with("ly") || matches!(last, "first" | "just" | "finally" | "formally" | "also" | "already" | "originally")) && auxiliary(second);
        if passive {
            let agents = PASSIVE_AGENT.find(after_trigger).map(|by| g.end + by.end());
            let signers: Vec<usize> = agents
                .and_then(|from| groups.iter().find(|grp| grp[0].span.start >= from && grp[0].span.start - from <= 60))
                .map(|grp| grp.iter().map(|m| m.actor).collect())
                .unwrap_or_default();
            return if signers.is_empty() { Vec::new() } else { vec![dedup(signers)] };
        }
        // "the results of the dialogue, ending with the signing of documents": a signing named
        // as a noun has signers only through a witness verb.
        if preceding.to_lowercase().trim_end().ends_with("the") {
            return Vec::new();
        }
    }
    // "he will hold talks with Putin in Sochi and visit Kaluga": the one met is not the visitor
    // when the visit is coordinated with the meeting ("talks with Lam, who will visit Moscow",
    // "met Son, now in Russia on an official trip": then it is his).
    let met_before = |grp: &&Vec<&PersonMention>| {
        let gap = &text[grp.last().map_or(g.start, |m| m.span.end)..g.start];
        grp.iter().all(|m| objects.contains(&m.actor)) && gap.contains(" and ") && !gap.starts_with(',')
    };
    let last_named = groups.iter().rev().find(|grp| grp.last().is_some_and(|m| m.span.end <= g.start) && !met_before(grp));
    if last_named.is_none() {
        // "He is to hold talks with Putin ... and to visit Kaluga": the visitor is who meets him.
        let met = groups.iter().rev().find(|grp| grp.last().is_some_and(|m| m.span.end <= g.start) && met_before(grp));
        let host_of = |grp: &Vec<&PersonMention>| {
            drafts.iter().rev().find(|d| d.kind == EventKind::Meeting && d.sentence == *sentence && d.participants.get(1) == Some(&grp[0].actor))
        };
        if let Some(meeting) = met.and_then(host_of) {
            return vec![vec![meeting.participants[0]]];
        }
    }
    // "the visit that Putin paid in 2001, when the two sides signed": "the two sides", named
    // after the last person, is the subject.
    let plural_after_named = last_named.is_some_and(|grp| {
        let between = &text[grp.last().map_or(g.start, |m| m.span.end)..g.start];
        PLURAL_REFERENCE.find_iter(between).last().is_some_and(|m| between[m.end()..].trim().is_empty())
    });
    // "The Vietnamese leader told his host he had kept his promise to make China the first
    // country he visited": a pronoun after the last name is the sentence's subject.
    let pronoun_after = last_named.is_some_and(|grp| {
        let between = &text[grp.last().map_or(g.start, |m| m.span.end)..g.start];
        let addressed = matches!(last_word(&text[..grp[0].span.start]), "told" | "assured" | "informed" | "reminded" | "promised");
        addressed && between.split(|c: char| !c.is_alphabetic()).any(is_he_or_she)
    });
    let last_named = if pronoun_after && kind == EventKind::Visit {
        groups.iter().find(|grp| grp[0].span.start >= sentence.start && grp[0].span.start - sentence.start <= 40)
    } else {
        last_named
    };
    if let Some(grp) = last_named.filter(|_| !plural_after_named) {
        let mut people = ids(grp);
        if kind == EventKind::Signing {
            // "Dung signed the agreement together with the heads of government, among them
            // Medvedev": those named after "together with" sign too.
            if let Some(at) = CO_SIGNERS.find(after_trigger) {
                let from = g.end + at.end();
                people.extend(groups.iter().flatten().filter(|m| m.span.start >= from).map(|m| m.actor));
                people = dedup(people);
            }
            return vec![people];
        }
        return people.into_iter().map(|p| vec![p]).collect();
    }
    let plural_subject = PLURAL_REFERENCE
        .find_iter(preceding)
        .last()
        .is_some_and(|m| preceding[m.end()..].trim().is_empty());
    if kind == EventKind::Signing && plural_subject {
        // "the two PMs signed": the people of the last meeting.
        if let Some(d) = drafts.iter().rev().find(|d| d.kind == EventKind::Meeting) {
            return vec![d.participants.clone()];
        }
    }
    // "... state visits to Kazakhstan and Azerbaijan, and a state visit to Belarus afterwards":
    // another trip of the same traveller.
    if kind == EventKind::Visit {
        let mut words = text[sentence.start..g.start].split_whitespace().rev().skip_while(|w| VISIT_MAKING.contains(&w.to_ascii_lowercase().as_str()));
        if words.next() == Some("and") && words.next().is_some_and(|w| w.ends_with(',')) {
            if let Some(d) = drafts.iter().rev().take_while(|d| d.sentence == *sentence).find(|d| d.kind == EventKind::Visit) {
                return vec![d.participants.clone()];
            }
        }
    }
    // "his visit", "he will visit": the pronoun must be the trigger's own subject or possessor.
    // "he is due to leave ... for", "she will then travel to": auxiliaries between them.
    let last_words: Vec<&str> = preceding
        .split_whitespace()
        .rev()
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()))
        .skip_while(|w| AUXILIARIES.contains(&w.to_ascii_lowercase().as_str()) || VISIT_MAKING.contains(&w.to_ascii_lowercase().as_str()))
        .take(3)
        .collect();
    let near_pronoun = last_words.iter().any(|w| matches!(*w, "he" | "He" | "she" | "She" | "his" | "His" | "her" | "Her" | "I" | "my" | "My"));
    // "he became the first Russian head of state to pay a state visit": the pronoun is the one.
    // "the presidential plane flew on to the Emirates": the one it carries.
    if near_pronoun || FIRST_TO.is_match(preceding) || CARRIER.is_match(preceding) {
        if let Some(p) = previous_subject {
            return vec![vec![p]];
        }
    }
    Vec::new()
}

/// "the two presidents looked on as A and B signed", "both leaders were present as the
/// agreements were signed", "they witnessed the signing": the witnesses sign with the signers.
fn signers_and_witnesses(
    text: &str,
    sentence_start: usize,
    g: &Range<usize>,
    groups: &[Vec<&PersonMention>],
    preceding: &str,
    drafts: &[Draft],
) -> Option<Vec<usize>> {
    let clause_start = g.start - preceding.len();
    let witness = WITNESS.find_iter(preceding).last()?;
    let (w_start, w_end) = (clause_start + witness.start(), clause_start + witness.end());
    let signers = groups
        .iter()
        .filter(|grp| grp[0].span.start >= w_end && grp.last().is_some_and(|m| m.span.end <= g.start))
        .flat_map(|grp| grp.iter().map(|m| m.actor));
    // Everyone named in the clause before the witness verb ("Medvedev (2nd L), on a visit, and
    // Triet (2nd R) applaud while ...").
    let named: Vec<usize> = groups
        .iter()
        .flat_map(|grp| grp.iter())
        .filter(|m| m.span.start >= sentence_start && m.span.end <= w_start)
        .map(|m| m.actor)
        .collect();
    let named_witnesses = (!named.is_empty()).then_some(named);
    let witnesses = named_witnesses.or_else(|| {
        let before = &text[clause_start..w_start];
        // "the two leaders adopted a statement, and were present as ...": a witness verb joined
        // by "and" shares the subject of the sentence.
        let joined = before.trim().eq_ignore_ascii_case("and") || before.trim_end().to_ascii_lowercase().ends_with(", and");
        let shared_subject = joined && PLURAL_REFERENCE.is_match(&text[sentence_start..w_start]);
        let plural = shared_subject || PLURAL_REFERENCE.find_iter(before).last().is_some_and(|m| !before[m.end()..].contains(','));
        // "the two leaders": the people of the last meeting.
        plural.then(|| drafts.iter().rev().find(|d| d.kind == EventKind::Meeting).map(|d| d.participants.clone())).flatten()
    })?;
    let mut people: Vec<usize> = signers.collect();
    people.extend(witnesses);
    Some(dedup(people))
}

/// Witnesses named after a signing: "with Kishida and Thuong looking on".
static LOOKING_ON: LazyLock<Regex> = LazyLock::new(|| {
    word_regex(r"\bwith\s[^;.]{3,120}?\s(?:looking on|watching|in attendance|present)\b").expect("looking-on pattern")
});

/// Witnesses named after a signing: "in the presence of Medvedev and his counterpart Triet".
static IN_THE_PRESENCE: LazyLock<Regex> = LazyLock::new(|| {
    word_regex(r"^[^;.]{0,60}?\bin the presence of\s[^;.]{3,160}?(?:,\s+(?:the|a|an|which|who|as)\b|[;.]|$)").expect("presence pattern")
});

static WITNESS: LazyLock<Regex> = LazyLock::new(|| {
    word_regex(r"(?i)\b(?:witness(?:ed|es|ing)?|overs(?:aw|ee|ees|eeing)|looked on|look on|(?:was|were|are|is)(?: also)? present|applaud(?:ed|s|ing)? (?:while|as))\b").expect("witness pattern")
});

/// The place of an event: for a visit its destination after the trigger; otherwise a city
/// in the sentence (one after "in"/"at" first), else a country after "in"/"to".
fn event_place(text: &str, places: &[PlaceMention], g: &Range<usize>, kind: EventKind, visitor_countries: &[String]) -> Option<PlaceMention> {
    let preposition_before = |p: &PlaceMention| {
        // "in the Kremlin": a venue's article.
        let before = text[..p.span.start].trim_end();
        let before = before.strip_suffix(" the").unwrap_or(before);
        ["in", "at", "to", "into", "visited", "visiting", "visit", "reached", "In", "At"]
            .iter()
            .any(|w| before.ends_with(&format!(" {w}")) || before == *w)
    };
    if kind == EventKind::Visit {
        // The destination follows the trigger; a city there beats its country.
        let after: Vec<&PlaceMention> = places
            .iter()
            .filter(|p| p.span.start >= g.end && !visitor_countries.contains(&p.country))
            .collect();
        if let Some(first) = after.first() {
            // "left Hanoi on January 15, ending an official visit to Vietnam": a city of that
            // country named earlier in the sentence is where the visit was.
            // "a visit to Russia, ... told Putin that Vietnam regarded Moscow as ...": a city the
            // clause goes on to talk about, not one the visitor goes to, is no destination.
            let goes_to = |p: &PlaceMention| {
                let before = text[..p.span.start].trim_end();
                let named_as_city = ["city of", "town of", "capital of", "resort of", "port of"].iter().any(|w| before.ends_with(w));
                // "Russia's capital, Moscow", "visit to Russia: from Kazan to Moscow": the city right
                // after its country; "came to Thailand in 2003, when Bangkok hosted the summit".
                let right_after = text.get(first.span.end..p.span.start).is_some_and(|gap| {
                    gap.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).all(|w| ["s", "the", "its", "capital", "city", "of", "in", "at", "from"].contains(&w))
                });
                let hosting = ["hosted", "hosts", "hosting", "was hosting"].iter().any(|w| text[p.span.end..].trim_start().starts_with(w));
                right_after || preposition_before(p) || named_as_city || hosting
            };
            let city = after
                .iter()
                .copied()
                .find(|p| p.is_city && p.country == first.country && goes_to(p))
                .or_else(|| places.iter().find(|p| p.is_city && p.country == first.country && p.span.end <= g.start));
            return Some(city.unwrap_or(first).clone());
        }
    }
    // "Xi left Beijing on May 7 for the visit": the city a visitor leaves is not where he goes.
    // Nor is a place something comes from ("setting aside demands from Kyiv").
    let left = |p: &PlaceMention| {
        let word = last_word(&text[..p.span.start]);
        word.eq_ignore_ascii_case("from") || kind == EventKind::Visit && is_departure(word)
    };
    // "raised the case of a preacher, who lives in Malaysia", "a link between Chennai and
    // Vladivostok": places of something else.
    let elsewhere = |p: &PlaceMention| {
        let gap = text.get(g.end..p.span.start).unwrap_or("");
        // "held talks with Lukashenko on Tuesday, and the two sides agreed to assemble trucks
        // in Vietnam": a clause with its own subject tells of something else.
        let new_clause = [", and the ", ", and they ", "; "].iter().any(|c| gap.contains(c));
        // "their first meeting since October last year, when they sat down in Astana": the
        // place of the time recalled.
        gap.contains(", who ") || gap.contains(", which ") || gap.contains(", whose ") || (gap.contains(" since ") && gap.contains(", when ")) || new_clause || BETWEEN_PLACES.is_match(&text[..p.span.start])
    };
    let cities = || places.iter().filter(|p| p.is_city && !left(p) && !elsewhere(p));
    // "when Putin received him in Sochi, and ... when the two men held talks in Moscow": the
    // city in the trigger's own phrase first.
    let in_phrase = |p: &&PlaceMention| p.span.start >= g.end && p.span.start <= g.end + 60 && !text[g.end..p.span.start].contains([',', ';']);
    // ("a follow-up to Putin's visit to Hanoi and to the meeting between Chinh and Putin on the
    // sidelines of the BRICS summit in Kazan": a city after the trigger before one before it.)
    let after_it = |p: &&PlaceMention| p.span.start >= g.end && !text[g.end..p.span.start].contains([',', ';']);
    cities()
        .find(|p| in_phrase(p) && preposition_before(p))
        .or_else(|| cities().find(|p| after_it(p) && preposition_before(p)))
        .or_else(|| cities().find(|p| preposition_before(p)))
        .or_else(|| cities().next())
        // (A country only in the trigger's own phrase or before it: not "... covering the
        // management of Vietnamese trainees in Japan" at the end of a long sentence.)
        .or_else(|| places.iter().find(|p| !p.is_city && preposition_before(p) && !elsewhere(p) && (in_phrase(p) || p.span.end <= g.start)))
        .cloned()
}

/// When a sentence names no place: the place of an earlier event of the same people (or a
/// visit by one of them) at a compatible date.
fn inherited_place(drafts: &[Draft], date: Option<DatePart>, people: &[usize], home_countries: &[&str], kind: EventKind) -> Option<PlaceMention> {
    if kind == EventKind::Call {
        return None;
    }
    let related = |near: &dyn Fn(&Draft) -> bool| {
        drafts
            .iter()
            .rev()
            .filter(|d| d.place.is_some() && !d.backdrop && (date.is_none() || d.date.is_some()) && near(d))
            .find(|d| d.participants.iter().any(|p| people.contains(p)))
    };
    // A dated event takes its place from reports dated alike, else from one a day or two apart
    // (one trip: "on its opening day" of a forum whose second day was told), in the country of
    // one of its people if there is one (Modi meets Vietnamese leaders in Hanoi the day before
    // flying on to Hangzhou).
    let near = |d: &Draft| days_apart(d.date, date) <= 2;
    // A report of the same day before one of only its month ("stopped in Mongolia earlier this
    // week ... flew into Hanoi late on Tuesday").
    let as_precise = |d: &Draft| d.date.zip(date).is_none_or(|(own, other)| own.precision <= other.precision);
    let nearest_draft = related(&|d| dates_compatible(d.date, date) && as_precise(d))
        .or_else(|| related(&|d| near(d) && d.place.as_ref().is_some_and(|p| home_countries.contains(&p.country.as_str()))))
        .or_else(|| related(&|d| dates_compatible(d.date, date)))
        .or_else(|| related(&near))?;
    // A city named for the same happening beats a country named later, also when the city was
    // named with one day of a stay and the country with the whole stay.
    let nearest = nearest_draft.place.clone()?;
    let same_happening =
        |d: &&Draft| (date.is_none() || d.date.is_some()) && (dates_compatible(d.date, date) || dates_compatible(d.date, nearest_draft.date));
    drafts
        .iter()
        .rev()
        .filter(|d| d.participants.iter().any(|p| people.contains(p)))
        .filter(same_happening)
        .filter_map(|d| d.place.clone())
        .find(|p| p.is_city && p.country == nearest.country)
        .or(Some(nearest))
}

/// The place of the report that frames an event, unless that report is still ahead of the
/// event (a trip "en route to Hangzhou" happens later elsewhere); then the city of the latest
/// related report that is not.
fn framed_place(drafts: &[Draft], frame: Option<&Frame>, date: Option<DatePart>, people: &[usize]) -> Option<PlaceMention> {
    let settled = |d: NaiveDate| date.is_none_or(|e| d <= e.date);
    match frame {
        Some((framing, place, _)) if settled(framing.date) => place.clone(),
        _ => drafts
            .iter()
            .rev()
            .filter(|d| d.date.is_some_and(|x| settled(x.date)) && d.participants.iter().any(|p| people.contains(p)))
            .find_map(|d| d.place.clone().filter(|p| p.is_city)),
    }
}

/// An earlier dated statement that can date an undated event: its date, first city, and the
/// people it names.
type Frame = (DatePart, Option<PlaceMention>, Vec<usize>);

/// Days between two day-precise dates (a large number otherwise).
fn days_apart(a: Option<DatePart>, b: Option<DatePart>) -> i64 {
    match (a, b) {
        (Some(a), Some(b)) if a.precision == Precision::Day && b.precision == Precision::Day => (a.date - b.date).num_days().abs(),
        _ => i64::MAX,
    }
}

fn dates_compatible(a: Option<DatePart>, b: Option<DatePart>) -> bool {
    match (a, b) {
        // A day within a stay of several days ("on the final day" of a visit made on the 14th
        // and 15th) belongs to it.
        (Some(a), Some(b)) if a.precision == Precision::Day && b.precision == Precision::Day => {
            a.date <= b.end.unwrap_or(b.date) && b.date <= a.end.unwrap_or(a.date)
        }
        (Some(a), Some(b)) => {
            let coarse = a.precision.max(b.precision);
            let key = |d: NaiveDate| match coarse {
                Precision::Day => (d.year(), d.month(), d.day()),
                Precision::Month => (d.year(), d.month(), 1),
                Precision::Year => (d.year(), 1, 1),
            };
            key(a.date) == key(b.date)
        }
        _ => true,
    }
}

/// One draft per happening: same kind and people, compatible dates and places.
fn merge_within_document(drafts: Vec<Draft>) -> Vec<Draft> {
    let mut merged: Vec<Draft> = Vec::new();
    'next: for d in drafts {
        let mut people = d.participants.clone();
        people.sort_unstable();
        // Undated reports join the dated one closest in the text; dated ones need equal dates.
        for m in &mut merged {
            let mut other = m.participants.clone();
            other.sort_unstable();
            // Two triggers of one kind in one sentence ("signed ... and witnessed the signing")
            // state one happening when the second's people are among the first's.
            // (Not two trips to two countries: "flew into Hanoi, having stopped in Mongolia".)
            // (Nor trips to two countries named together: "state visits to Kazakhstan and Azerbaijan".)
            let elsewhere = m.place.as_ref().zip(d.place.as_ref()).is_some_and(|(a, b)| a.country != b.country && (m.date != d.date || m.kind == EventKind::Visit && !a.is_city && !b.is_city));
            let same_statement = m.kind == d.kind && m.sentence == d.sentence && people.iter().all(|p| other.contains(p)) && dates_compatible(m.date, d.date) && !elsewhere;
            // One signing told twice, once with the signers and once with only the witnesses.
            let same_signing = m.kind == EventKind::Signing
                && d.kind == EventKind::Signing
                && m.date.is_some()
                && dates_compatible(m.date, d.date)
                && (people.iter().all(|p| other.contains(p)) || other.iter().all(|p| people.contains(p)));
            if same_signing && people.len() > other.len() {
                m.participants.clone_from(&d.participants);
            }
            let same_statement = same_statement || same_signing;
            // A date taken from context yields to a stated one of about the same time.
            let near = match (m.date, d.date) {
                (Some(a), Some(b)) => (a.date - b.date).num_days().abs() <= 31,
                _ => true,
            };
            let weak = (m.inherited_date || d.inherited_date) && near;
            if !same_statement && (m.kind != d.kind || other != people || !(weak || dates_compatible(m.date, d.date))) {
                continue;
            }
            if let (Some(a), Some(b), false) = (&m.place, &d.place, same_statement) {
                if a.country != b.country {
                    continue;
                }
            }
            // Keep the most precise date and the most specific place.
            let finer = match (m.date, d.date) {
                (None, Some(_)) => true,
                (Some(_), Some(_)) if m.inherited_date != d.inherited_date => m.inherited_date,
                (Some(a), Some(b)) => b.precision < a.precision,
                _ => false,
            };
            if finer {
                m.date = d.date;
                m.inherited_date = d.inherited_date;
                m.occurred_stated = d.occurred_stated;
                m.sentence = d.sentence.clone();
                m.status = d.status;
            }
            // One day of a stay and the whole stay ("arrived on the 29th", "a visit from June 28
            // to July 1"): the stay's days, whatever the report of it says about its status. A
            // meeting told on its day during the stay keeps that day.
            if let (Some(a), Some(b), EventKind::Visit) = (m.date, d.date, m.kind) {
                if a.precision == Precision::Day && a.end.is_none() && b.end.is_some_and(|end| b.date <= a.date && a.date <= end) {
                    m.date = Some(DatePart { basis: a.basis, ..b });
                }
            }
            let better_place = match (&m.place, &d.place) {
                (None, Some(_)) => true,
                (Some(a), Some(b)) => !a.is_city && b.is_city && !b.name.is_empty(),
                _ => false,
            };
            if better_place {
                m.place.clone_from(&d.place);
            }
            if d.status == Status::Occurred && m.date == d.date && !d.inherited_date {
                m.status = Status::Occurred;
            }
            // A report that states its own date, at least as precisely, and says it happened
            // outweighs a planned one ("this year" next to a planned visit says nothing of it).
            let as_precise = match (m.date, d.date) {
                (Some(a), Some(b)) => b.precision <= a.precision,
                _ => false,
            };
            if as_precise {
                m.occurred_stated |= d.occurred_stated;
            }
            if m.occurred_stated {
                m.status = Status::Occurred;
            }
            m.confidence = m.confidence.max(d.confidence);
            continue 'next;
        }
        merged.push(d);
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coordination_needs_only_connectors_and_titles() {
        assert!(is_coordination(" and National Assembly Chairman "));
        assert!(is_coordination(", "));
        assert!(!is_coordination(", and the visits of leader of the ruling United Russia party "));
        assert!(!is_coordination(" told his visiting Russian counterpart "));
    }
}
