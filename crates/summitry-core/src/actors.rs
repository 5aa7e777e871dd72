//! Who and where: people, countries and places mentioned in a document, each resolved to a
//! canonical entity.
//!
//! Resolution within a document: full names and aliases; short forms after a first mention
//! ("Putin", "PM Chính"); office-only references ("the Russian leader", "his Russian
//! counterpart", "the Vietnamese Party chief") resolved to the person of that country already in
//! the text, or through the knowledge base by office and date; a capitalised name after an
//! office title is a person even when the knowledge base does not know them.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use crate::gazetteer::{Entry, NameMatch};
use crate::knowledge::{KnowledgeBase, Office, PlaceKind};
use crate::text::{floor_boundary, fold, last_word, word_regex, Folded};

/// A person as known within one document.
#[derive(Debug, Clone, PartialEq)]
pub struct Actor {
    /// Index into the knowledge base's people, when known there.
    pub kb: Option<usize>,
    /// Canonical ASCII full name.
    pub name: String,
    pub country: Option<String>,
}

/// How a person mention was recognised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    FullName,
    ShortName,
    /// A capitalised name after a title, unknown to the knowledge base.
    TitledName,
    /// An office or role without a name ("the Russian leader").
    Office,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PersonMention {
    /// Byte span in the text.
    pub span: Range<usize>,
    /// Index into [`Actors::people`].
    pub actor: usize,
    pub via: Via,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PlaceMention {
    pub span: Range<usize>,
    /// The place's English name, or the country's name for a country.
    pub name: String,
    pub country: String,
    /// True for a city, province or region; false for a whole country.
    pub is_city: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CountryMention {
    pub span: Range<usize>,
    pub iso3: String,
    /// The country's English name.
    pub name: String,
    /// True for "Vietnamese", false for "Vietnam".
    pub demonym: bool,
}

/// Everything of the actor layer found in one document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Actors {
    pub people: Vec<Actor>,
    pub mentions: Vec<PersonMention>,
    pub places: Vec<PlaceMention>,
    pub countries: Vec<CountryMention>,
}

/// Role nouns that refer to a person of a country without naming them.
const ROLE_NOUNS: &[&str] = &[
    "leader", "counterpart", "guest", "host", "head of state", "premier", "party chief", "foreign minister", "minister", "visitor", "envoy",
];

/// Role nouns that only refer back ("the Russian minister"): no office holder stands in for
/// them when no one of that country was named before.
const REFERRING_ONLY: &[&str] = &["foreign minister", "minister", "visitor", "envoy"];

impl Actors {
    fn actor_for_kb(&mut self, kb: &KnowledgeBase, person: usize) -> usize {
        if let Some(i) = self.people.iter().position(|a| a.kb == Some(person)) {
            return i;
        }
        let p = kb.person(person);
        self.people.push(Actor {
            kb: Some(person),
            name: p.ascii.clone(),
            country: p.country.clone(),
        });
        self.people.len() - 1
    }

    fn actor_for_name(&mut self, name: String, country: Option<String>) -> usize {
        if let Some(i) = self.people.iter().position(|a| a.name == name) {
            return i;
        }
        self.people.push(Actor {
            kb: None,
            name,
            country,
        });
        self.people.len() - 1
    }

    /// The person mentions within a byte range, in text order.
    pub fn mentions_in(&self, range: &Range<usize>) -> impl Iterator<Item = &PersonMention> {
        let range = range.clone();
        self.mentions
            .iter()
            .filter(move |m| m.span.start >= range.start && m.span.end <= range.end)
    }
}

/// Whether a venue's name at `start` follows "in the", "at the" or "to the" (where something
/// happens), rather than standing for the government ("the Kremlin said").
fn names_a_location(text: &str, start: usize) -> bool {
    let before = text[crate::text::floor_boundary(text, start.saturating_sub(8))..start].to_ascii_lowercase();
    ["in the ", "at the ", "to the "].iter().any(|p| before.ends_with(p))
}

/// Finds and resolves the people, places and countries of a text.
pub fn find_actors(text: &str, kb: &KnowledgeBase, date: Option<NaiveDate>) -> Actors {
    let folded = Folded::new(text);
    let matches = kb.gazetteer().find(text, &folded);
    let mut actors = Actors::default();
    // Seats of state that stand for their government ("the Kremlin said", "the Kremlin leader").
    let mut seats: Vec<CountryMention> = Vec::new();
    let mut i = 0;
    while i < matches.len() {
        let m = &matches[i];
        let primary = primary_entry(m, &actors, kb);
        match primary {
            Entry::Person(p) => {
                let actor = actors.actor_for_kb(kb, p);
                actors.mentions.push(PersonMention {
                    span: m.start..m.end,
                    actor,
                    via: Via::FullName,
                });
            }
            Entry::PersonShort(p) => {
                // "Mạnh" inside "Nguyễn Mạnh Tiến" is part of another person's name; a short
                // form several people share ("Kim") names only one the text has named in full.
                let shared = m.entries.iter().filter(|e| matches!(e, Entry::PersonShort(_))).count() > 1;
                let seen = actors.people.iter().any(|a| a.kb == Some(p));
                if (shared && !seen) || inside_longer_name(text, m.start, m.end, i.checked_sub(1).map(|j| &matches[j])) {
                    i += 1;
                    continue;
                }
                let actor = actors.actor_for_kb(kb, p);
                actors.mentions.push(PersonMention {
                    span: m.start..m.end,
                    actor,
                    via: Via::ShortName,
                });
            }
            Entry::Country(c) => actors.countries.push(CountryMention {
                span: m.start..m.end,
                iso3: kb.countries[c].iso3.clone(),
                name: kb.countries[c].name.clone(),
                demonym: false,
            }),
            Entry::Demonym(c) => actors.countries.push(CountryMention {
                span: m.start..m.end,
                iso3: kb.countries[c].iso3.clone(),
                name: kb.countries[c].name.clone(),
                demonym: true,
            }),
            Entry::Place(p) => {
                let place = &kb.places[p];
                if place.kind == PlaceKind::Venue {
                    // "talks in the Kremlin": the capital it stands in.
                    let capital = kb.places.iter().find(|c| c.kind == PlaceKind::Capital && c.country == place.country);
                    if let (Some(capital), true) = (capital, names_a_location(text, m.start)) {
                        actors.places.push(PlaceMention {
                            span: m.start..m.end,
                            name: capital.name.clone(),
                            country: capital.country.clone(),
                            is_city: true,
                        });
                    } else {
                        seats.push(CountryMention { span: m.start..m.end, iso3: place.country.clone(), name: place.name.clone(), demonym: true });
                    }
                } else if !names_a_street(&text[m.end..]) {
                    actors.places.push(PlaceMention {
                        span: m.start..m.end,
                        name: place.name.clone(),
                        country: place.country.clone(),
                        is_city: true,
                    });
                }
            }
            Entry::Title(t) => {
                let title = &kb.titles[t];
                // A title followed by a name belongs to that name; nothing more to do.
                let is_person = |n: &NameMatch| n.entries.iter().any(|e| matches!(e, Entry::Person(_) | Entry::PersonShort(_)));
                let person_after = |at: usize, j: usize| matches.get(j).is_some_and(|n| gap_is_blank(text, at, n.start) && is_person(n));
                // "Deputy Prime Minister and Foreign Minister Bui Thanh Son": two titles, one man
                // (not "the Russian President and General Secretary To Lam").
                let joined_title = matches.get(i + 1).filter(|n| {
                    text.get(m.end..n.start).is_some_and(|gap| gap.trim() == "and") && n.entries.iter().any(|e| matches!(e, Entry::Title(_)))
                });
                let same_country = |j: usize| {
                    let person_country = matches.get(j).and_then(|n| n.entries.iter().find_map(|e| match e {
                        Entry::Person(p) | Entry::PersonShort(p) => Some(kb.people[*p].country.clone()),
                        _ => None,
                    }));
                    let title_country = title.country.clone().or_else(|| demonym_before(text, m.start, &actors));
                    title_country.is_none() || person_country.flatten() == title_country
                };
                let next_is_person = person_after(m.end, i + 1) || joined_title.is_some_and(|n| person_after(n.end, i + 2) && same_country(i + 2));
                if !next_is_person {
                    if let Some((actor, span)) = titled_known_token(text, m.end, &actors) {
                        // "Prime Minister Pham" for a Pham Minh Chinh already named.
                        actors.mentions.push(PersonMention { span, actor, via: Via::ShortName });
                    } else if let Some((name, span)) = titled_unknown_name(text, m.end) {
                        let country = title
                            .country
                            .clone()
                            .or_else(|| demonym_before(text, m.start, &actors));
                        let actor = actors.actor_for_name(name, country);
                        actors.mentions.push(PersonMention {
                            span,
                            actor,
                            via: Via::TitledName,
                        });
                    } else if let Some(actor) = (!former_role(text, m.start))
                        .then(|| office_reference(text, m.start..m.end, title.office, title.country.clone(), &mut actors, kb, date))
                        .flatten()
                    {
                        actors.mentions.push(PersonMention {
                            span: m.start..m.end,
                            actor,
                            via: Via::Office,
                        });
                    }
                }
            }
        }
        i += 1;
    }
    add_misspelled_names(&folded, &mut actors, kb);
    // Names before their roles first: their last words stand for them later too ("Vladislav
    // Shapsha, Governor of ... President Thuong received Shapsha").
    add_names_before_roles(text, &mut actors);
    let last_names = last_names(text, &actors);
    places_that_name_people(text, &mut actors, &last_names);
    add_capitals(text, &mut actors, kb);
    add_described_places(text, &mut actors);
    add_last_name_mentions(text, &mut actors, &last_names);
    add_ranked_names(text, &mut actors);
    add_role_references(&folded, &mut actors, &seats, kb, date);
    actors.mentions.sort_by_key(|m| m.span.start);
    add_former_and_latter(text, &mut actors);
    add_guests(text, &mut actors);
    drop_titles_of_named(text, &mut actors.mentions);
    // "the Mausoleum of President Ho Chi Minh": a person a building is named after takes no part.
    // One scan of the text; a name counts when only capitalised words (titles) follow the phrase.
    let memorials: Vec<usize> = MEMORIAL_OF.find_iter(text).map(|m| m.end()).collect();
    if !memorials.is_empty() {
        let titles_only = |gap: &str| gap.split_whitespace().count() <= 4 && gap.split_whitespace().all(|w| w.starts_with(char::is_uppercase));
        actors.mentions.retain(|m| !memorials.iter().any(|&end| end <= m.span.start && titles_only(&text[end..m.span.start])));
    }
    actors
}

/// The words before a name that make it part of a memorial's name.
static MEMORIAL_OF: LazyLock<Regex> = LazyLock::new(|| {
    word_regex(r"(?i)\b(?:mausoleum|monument|memorial|museum|statue|tomb|bust|relic site)\s+(?:of|to|for)\s+(?:the\s+)?").expect("memorial pattern")
});

/// "General Secretary and President of Laos Thongloun Sisoulith": the titles before a name are
/// that person, not another mention of them.
fn drop_titles_of_named(text: &str, mentions: &mut Vec<PersonMention>) {
    let mut redundant = vec![false; mentions.len()];
    for i in 0..mentions.len() {
        let (m, next) = (&mentions[i], mentions.get(i + 1));
        let Some(next) = next else { continue };
        if m.via == Via::Office && next.actor == m.actor && next.span.start >= m.span.end {
            let gap = &text[m.span.end..next.span.start];
            redundant[i] = !gap.contains('\n')
                && gap.split_whitespace().all(|w| matches!(w, "and" | "of" | "the") || w.starts_with(char::is_uppercase));
        }
    }
    let mut flags = redundant.into_iter();
    mentions.retain(|_| !flags.next().unwrap_or(false));
}

/// The ISO3 codes of the countries named in a text (names and demonyms), linear in the text.
pub fn countries_in(text: &str, kb: &KnowledgeBase) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for m in kb.gazetteer().find(text, &Folded::new(text)) {
        for e in m.entries {
            if let Entry::Country(c) | Entry::Demonym(c) = e {
                let iso3 = &kb.countries[c].iso3;
                if !out.contains(iso3) {
                    out.push(iso3.clone());
                }
            }
        }
    }
    out
}

/// Which of a match's entries to take: a person already in the text, then people, titles,
/// countries, places.
fn primary_entry(m: &NameMatch, actors: &Actors, kb: &KnowledgeBase) -> Entry {
    let seen = |p: usize| actors.people.iter().any(|a| a.kb == Some(p));
    let shorts: Vec<usize> = m
        .entries
        .iter()
        .filter_map(|e| if let Entry::PersonShort(p) = e { Some(*p) } else { None })
        .collect();
    if let Some(&p) = shorts.iter().find(|&&p| seen(p)) {
        return Entry::PersonShort(p);
    }
    let rank = |e: &Entry| match e {
        Entry::Person(_) => 0,
        Entry::Title(_) => 1,
        Entry::Country(_) => 2,
        Entry::Demonym(_) => 3,
        Entry::Place(p) if kb.places[*p].kind == PlaceKind::Capital => 4,
        Entry::Place(_) => 5,
        Entry::PersonShort(_) => 6,
    };
    *m.entries.iter().min_by_key(|e| rank(e)).expect("matches have entries")
}

fn gap_is_blank(text: &str, from: usize, to: usize) -> bool {
    from <= to && text[from..to].chars().all(|c| c.is_whitespace() || c == ',' )
}

/// "Rangoon Road", "Moscow Street": a street named after a city is no visit to it.
fn names_a_street(after: &str) -> bool {
    let next = after.strip_prefix(' ').and_then(|rest| rest.split(|c: char| !c.is_alphabetic()).next()).unwrap_or("");
    ["Road", "Street", "Avenue", "Boulevard", "Lane", "Prospekt"].contains(&next)
}

/// Function words that open sentences with a capital: no part of a name after them.
const SENTENCE_OPENERS: &[&str] = &[
    "When", "After", "Before", "Then", "Later", "Earlier", "As", "While", "But", "And", "Since", "So", "Meanwhile", "Also", "Yet", "If",
    "Though", "Although", "Once", "Until", "There", "Here", "Now", "Today", "Yesterday", "Tomorrow", "Last", "Next", "This", "That", "Both",
];

/// True when a capitalised word touches the match on either side (other than a title or a
/// name matched just before it).
fn inside_longer_name(text: &str, start: usize, end: usize, previous: Option<&NameMatch>) -> bool {
    let before = text[..start].trim_end_matches(' ');
    let word_before = before.rsplit(' ').next().unwrap_or("");
    let prev_is_match = previous.is_some_and(|p| p.end == before.len());
    // ("In September Trong met Putin": a month or weekday is no part of a name; nor is a word
    // opening the sentence, "When Putin received Man".)
    let date_word = |w: &str| crate::time::is_month_or_weekday(w) || SENTENCE_OPENERS.contains(&w);
    let capital_before = before.len() + 1 == start
        && !prev_is_match
        && word_before.chars().next().is_some_and(char::is_uppercase)
        && word_before.chars().all(char::is_alphabetic)
        && !date_word(word_before);
    let after = &text[end..];
    let capital_after = after.starts_with(' ')
        && after[1..].split(' ').next().is_some_and(|w| {
            w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic) && !date_word(w)
        });
    capital_before || capital_after
}

/// One capitalised word after a title that is part of the name of a person already in the
/// text: that person.
fn titled_known_token(text: &str, after: usize, actors: &Actors) -> Option<(usize, Range<usize>)> {
    let rest = &text[after..];
    let word = rest.strip_prefix(' ')?.split([' ', ',', '.', ';', ':', '\'', '\u{2019}']).next()?;
    if !word.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let key = fold(word);
    let start = after + 1;
    actors.people.iter().position(|a| a.name.split(' ').any(|t| t == key) && a.name.contains(' '))
        .filter(|_| {
            // The next word must not continue the name ("Minister Pham Van Dong").
            let next = rest[1 + word.len()..].strip_prefix(' ').and_then(|r| r.split(' ').next()).unwrap_or("");
            !next.chars().next().is_some_and(char::is_uppercase)
        })
        .map(|a| (a, start..start + word.len()))
}

/// A capitalised name right after a title ("Minister Nguyen Van A"), 2 to 4 words.
fn titled_unknown_name(text: &str, after: usize) -> Option<(String, Range<usize>)> {
    let rest = &text[after..];
    let trimmed = rest.trim_start_matches([' ', '\u{a0}']);
    if trimmed.len() == rest.len() {
        return None;
    }
    let start = after + (rest.len() - trimmed.len());
    let mut end = start;
    let mut words = 0;
    let mut offset = 0;
    // A name ends at the end of its line.
    let line = trimmed.split(['\n', '\r']).next().unwrap_or("");
    for word in line.split(' ') {
        let clean = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        if !is_name_word(clean) || STOP_CAPITALS.contains(&fold(clean).as_str()) {
            break;
        }
        words += 1;
        end = start + offset + clean.len();
        offset += word.len() + 1;
        if clean.len() != word.len() || words == 4 {
            break;
        }
    }
    (words >= 2).then(|| (fold(&text[start..end]), start..end))
}

/// Capitalised words that start clauses or name institutions, not people.
const STOP_CAPITALS: &[&str] = &[
    "The", "A", "An", "And", "Of", "In", "On", "At", "For", "With", "To", "During", "After",
    "Before", "This", "That", "He", "She", "They", "His", "Her", "Their", "It", "Is", "Was",
    "Said", "Vietnam", "Russia", "Ministry", "Committee", "Commission", "Council", "Assembly",
    "Party", "Government", "State", "National", "Federation", "Republic", "Office", "Union",
    "Central", "People", "Army", "VNA", "VNS", "TASS", "Photo", "Xinhua", "Reuters",
];

/// A demonym or country name just before a title ("Russian President", "the Cambodian PM").
fn demonym_before(text: &str, title_start: usize, actors: &Actors) -> Option<String> {
    actors
        .countries
        .iter()
        .rev()
        .find(|c| c.span.end <= title_start && (title_start - c.span.end <= 6
            && text[c.span.end..title_start].trim_matches([' ', '\'', 's', '\u{2019}']).is_empty()
            || c.demonym && is_title_chain(&text[c.span.end..title_start])))
        .map(|c| c.iso3.clone())
}

/// The words between a demonym and the last of several titles ("Russian Deputy Minister of
/// National Defence Sen. Lieut. Gen. Alexander Fomin"): capitalised words and ranks, joined by
/// "of", "the", "and", "for", with no clause break.
fn is_title_chain(between: &str) -> bool {
    between.len() <= 80
        && between.starts_with(' ')
        && between.split_whitespace().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase) && w.trim_end_matches('.').chars().all(char::is_alphabetic)
                || matches!(w, "of" | "the" | "and" | "for")
        })
}

/// "the Russian President", "Vietnam's Prime Minister", "the President of Vietnam": the
/// person of that country in the text holding that office, else the office holder at `date`.
fn office_reference(
    text: &str,
    span: Range<usize>,
    office: Office,
    country: Option<String>,
    actors: &mut Actors,
    kb: &KnowledgeBase,
    date: Option<NaiveDate>,
) -> Option<usize> {
    if is_role_of_subject(text, span.clone()) {
        return None;
    }
    // "Valentina Matviyenko, speaker of Russia's Federation Council": the title in apposition
    // is the office of the one just named.
    let before = text[..span.start].trim_end();
    let before = before.strip_suffix(" the").unwrap_or(before).trim_end();
    if let Some(lead) = before.strip_suffix(',') {
        if actors.mentions.iter().any(|m| m.span.end == lead.len()) {
            return None;
        }
    }
    // A speaker is the chair of either house ("the Russian speaker" after Matviyenko).
    let holds = |t: Office| t == office || (office == Office::LegislatureChair && t == Office::UpperHouseChair);
    let country = country.or_else(|| demonym_before(text, span.start, actors));
    if country.is_none() && is_definite_title(text, span.clone()) {
        // "The general secretary last visited Russia": the one person named so far who holds
        // that office; with two or none, the title names nobody.
        let mut holders = actors.people.iter().enumerate().filter(|(_, a)| a.kb.is_some_and(|p| kb.offices_of(p, date).any(|t| t.office == office)));
        return match (holders.next(), holders.next()) {
            (Some((i, _)), None) => Some(i),
            _ => None,
        };
    }
    let country = country
        .or_else(|| {
            // "President of Vietnam", "State President of Việt Nam".
            let after = &text[span.end..floor_boundary(text, span.end + 40)];
            let folded = fold(after);
            if folded.trim_start().starts_with("of ") {
                kb.gazetteer()
                    .find(after, &Folded::new(after))
                    .into_iter()
                    .find_map(|m| {
                        m.entries.iter().find_map(|e| match e {
                            Entry::Country(c) => Some(kb.countries[*c].iso3.clone()),
                            _ => None,
                        })
                    })
            } else {
                None
            }
        })?;
    // Someone of that country already in the text who holds the office then.
    let in_text = actors.people.iter().position(|a| {
        a.country.as_deref() == Some(country.as_str())
            && a.kb.is_some_and(|p| kb.offices_of(p, date).any(|t| holds(t.office)))
    });
    if in_text.is_some() {
        return in_text;
    }
    let date = date?;
    let person = kb.office_holder(office, Some(&country), date)?;
    Some(actors.actor_for_kb(kb, person))
}

/// "came to Vietnam as Russian president", "in his capacity as the prime minister": the title
/// says what the subject was, it names no one else. Not the conjunction: "as Russian PM starts
/// his visit".
/// "Truong Tan Sang, then the state president", "the then president, Nguyen Xuan Phuc": a role
/// held at the time told, by the one named beside it, not by today's holder.
fn former_role(text: &str, title_start: usize) -> bool {
    let before = text[floor_boundary(text, title_start.saturating_sub(10))..title_start].to_ascii_lowercase();
    let before = before.trim_end();
    before.ends_with(" then") || before.ends_with(" then the")
}

fn is_role_of_subject(text: &str, title: Range<usize>) -> bool {
    let next = text[title.end..].split(|c: char| !c.is_alphabetic()).find(|w| !w.is_empty()).unwrap_or("");
    // ("As Russian president, he attended": after a comma comes the subject, not a verb; so
    // does a pronoun without one, "As president of Russia he was in Hanoi".)
    let followed_by_verb = !text[title.end..].starts_with(',')
        && next.starts_with(char::is_lowercase)
        && !["in", "of", "for", "at", "on", "to", "and", "from", "during", "with", "until", "when", "since", "between", "before", "after", "he", "she", "they", "we"].contains(&next);
    if followed_by_verb || text[title.end..].starts_with(char::is_alphabetic) {
        return false;
    }
    let before = &text[floor_boundary(text, title.start.saturating_sub(40))..title.start];
    // At most an article and a demonym or country between "as" and the title.
    for word in before.split_whitespace().rev().take(3) {
        if word.eq_ignore_ascii_case("as") {
            return true;
        }
        if !(word.eq_ignore_ascii_case("the") || word.eq_ignore_ascii_case("a") || word.starts_with(char::is_uppercase)) {
            return false;
        }
    }
    false
}

/// "the general secretary" standing alone: "the" before it, and no "of ..." after it that
/// names whose office it is.
fn is_definite_title(text: &str, span: Range<usize>) -> bool {
    let before = text[..span.start].trim_end();
    let article_start = before.len().saturating_sub(3);
    let the = before.get(article_start..).is_some_and(|w| w.eq_ignore_ascii_case("the"))
        && !before[..article_start].ends_with(|c: char| c.is_alphanumeric());
    let after = text[span.end..].trim_start();
    the && !after.starts_with("of ") && !after.starts_with(|c: char| c.is_uppercase())
}

/// Ranks and honorifics that introduce a person's name ("Colonel General Alexander Fomin").
static RANK: LazyLock<Regex> = LazyLock::new(|| {
    word_regex(r"\b(?:(?:Senior |Colonel |Lieutenant |Major )?General|Gen\.|Colonel|Admiral|Ambassador|Senator|Governor|Mayor|Chief|Advisor|Adviser|Spokesman|Spokeswoman|Spokesperson|Deputy Minister|Minister|Mr\.|Mrs\.|Ms\.|Dr\.) ").expect("rank pattern")
});

/// "Huệ hosted a welcome ceremony": a place name that is the last word of a person already
/// named in the text, with no preposition of place before it, is that person.
fn places_that_name_people(text: &str, actors: &mut Actors, last_names: &LastNames) {
    let mut kept = Vec::with_capacity(actors.places.len());
    for place in std::mem::take(&mut actors.places) {
        let owner = last_names.owner(&text[place.span.clone()], place.span.start);
        let before = text[..place.span.start].trim_end();
        let previous_word = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("").to_lowercase();
        let locative = matches!(
            previous_word.as_str(),
            "in" | "to" | "at" | "from" | "of" | "near" | "into" | "visit" | "visited" | "visiting" | "via" | "and" | "city" | "province"
        );
        // A person acts: a verb follows ("Huệ hosted"), not a list or a province word.
        let next_word = text[place.span.end..].trim_start().split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        let acts = next_word.starts_with(char::is_lowercase) && !matches!(next_word, "and" | "or" | "province" | "city" | "in");
        // "Hue and Volodin held talks": coordinated with a person named there.
        let rest = text[place.span.end..].trim_start();
        let with_person = rest.strip_prefix("and ").is_some_and(|after| {
            let at = text.len() - after.len();
            actors.mentions.iter().any(|m| m.span.start == at)
        });
        let acts = acts || with_person;
        match owner {
            Some(actor) if !locative && acts => actors.mentions.push(PersonMention { span: place.span, actor, via: Via::ShortName }),
            _ => kept.push(place),
        }
    }
    actors.places = kept;
}

/// "Ngan and her guest held talks", "Putin invited his host": the guest of the host (or the
/// host of the guest) named just before is the person from another country named most often
/// so far.
fn add_guests(text: &str, actors: &mut Actors) {
    static GUEST: LazyLock<Regex> = LazyLock::new(|| word_regex(r"(?i)\b(?:his|her|their) (?:guest|visitor|host)\b").expect("guest pattern"));
    let mut added = Vec::new();
    for whole in GUEST.find_iter(text) {
        let country = |m: &PersonMention| actors.people[m.actor].country.as_deref();
        let before = actors.mentions.iter().filter(|m| m.span.end <= whole.start());
        let Some(host) = before.clone().next_back().filter(|m| whole.start() - m.span.end <= 40) else { continue };
        // The one named most often (the latest of equals), not a member of his delegation.
        let foreign: Vec<&PersonMention> = before.filter(|m| country(m).is_some() && country(m) != country(host)).collect();
        let named = |actor: usize| foreign.iter().filter(|m| m.actor == actor).count();
        let guest = foreign.iter().enumerate().max_by_key(|&(i, m)| (named(m.actor), i)).map(|(_, m)| *m);
        if let (Some(guest), Some(_)) = (guest, country(host)) {
            added.push(PersonMention { span: whole.start()..whole.end(), actor: guest.actor, via: Via::Office });
        }
    }
    actors.mentions.extend(added);
    actors.mentions.sort_by_key(|m| m.span.start);
}

/// "Putin met Trong when the Russian leader visited and the latter was ...": of the last two
/// people named before (in order of their first mention there), "the former" is the first and
/// "the latter" the second.
fn add_former_and_latter(text: &str, actors: &mut Actors) {
    static FORMER_LATTER: LazyLock<Regex> = LazyLock::new(|| word_regex(r"(?i)\bthe (former|latter)\b").expect("former/latter pattern"));
    let mut added = Vec::new();
    for caps in FORMER_LATTER.captures_iter(text) {
        let whole = caps.get(0).expect("group 0");
        // "the former president" is a title, not a reference.
        let next = text[whole.end()..].trim_start().split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        let title_follows = next.starts_with(char::is_uppercase)
            || matches!(
                next,
                "president" | "prime" | "premier" | "minister" | "chairman" | "chairwoman" | "general" | "secretary"
                    | "leader" | "head" | "ambassador" | "deputy" | "vice" | "foreign" | "defence" | "defense" | "state" | "party"
            );
        if title_follows {
            continue;
        }
        let window = floor_boundary(text, whole.start().saturating_sub(300));
        let mut order: Vec<usize> = Vec::new();
        for m in actors.mentions.iter().filter(|m| m.span.start >= window && m.span.end <= whole.start()) {
            if !order.contains(&m.actor) {
                order.push(m.actor);
            }
        }
        if order.len() < 2 {
            continue;
        }
        let pair = &order[order.len() - 2..];
        let actor = if caps[1].eq_ignore_ascii_case("former") { pair[0] } else { pair[1] };
        added.push(PersonMention { span: whole.start()..whole.end(), actor, via: Via::Office });
    }
    actors.mentions.extend(added);
    actors.mentions.sort_by_key(|m| m.span.start);
}

/// "Nguen Phu Trong": two to four capitalised words, not yet a name, that spell a known
/// person's full name with one slip (see [`crate::gazetteer::Gazetteer::misspelled_person`]).
fn add_misspelled_names(folded: &Folded, actors: &mut Actors, kb: &KnowledgeBase) {
    let text = folded.text.as_str();
    // Capitalised words, as folded byte spans.
    let mut words: Vec<Range<usize>> = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_alphabetic() {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
                i += 1;
            }
            if bytes[start].is_ascii_uppercase() {
                words.push(start..i);
            }
        } else {
            i += 1;
        }
    }
    // Words inside a name already found (original spans, swept in text order).
    let mut found_spans: Vec<Range<usize>> = actors.mentions.iter().map(|m| m.span.clone())
        .chain(actors.places.iter().map(|p| p.span.clone()))
        .chain(actors.countries.iter().map(|c| c.span.clone()))
        .collect();
    found_spans.sort_by_key(|r| r.start);
    let mut next_span = 0;
    let taken: Vec<bool> = words
        .iter()
        .map(|w| {
            let w = folded.original(w.clone());
            while next_span < found_spans.len() && found_spans[next_span].end <= w.start {
                next_span += 1;
            }
            found_spans[next_span..].iter().take_while(|r| r.start < w.end).any(|r| r.end > w.start)
        })
        .collect();
    let gazetteer = kb.gazetteer();
    let mut first = String::new();
    let mut i = 0;
    while i < words.len() {
        // The longest run of free words one space apart from here, up to four.
        let mut run = usize::from(!taken[i]);
        while run > 0 && run < 4 && i + run < words.len() && !taken[i + run] && words[i + run].start == words[i + run - 1].end + 1 && text.as_bytes()[words[i + run - 1].end] == b' ' {
            run += 1;
        }
        if run < 2 {
            i += 1;
            continue;
        }
        // A slip leaves the first or the second word as written: most runs ("Prime Minister",
        // "National Assembly") hold no name word and are passed over at once.
        let mut name_word = |w: &Range<usize>| {
            first.clear();
            first.push_str(&text[w.clone()]);
            first.make_ascii_lowercase();
            gazetteer.is_name_word(&first)
        };
        if !name_word(&words[i]) && !name_word(&words[i + 1]) {
            i += 1;
            continue;
        }
        let lower: Vec<String> = words[i..i + run].iter().map(|w| text[w.clone()].to_ascii_lowercase()).collect();
        let refs: Vec<&str> = lower.iter().map(String::as_str).collect();
        let found = (2..=run).rev().find_map(|n| gazetteer.misspelled_person(&refs[..n]).map(|person| (n, person)));
        match found {
            Some((n, person)) => {
                let span = folded.original(words[i].start..words[i + n - 1].end);
                let actor = actors.actor_for_kb(kb, person);
                actors.mentions.push(PersonMention { span, actor, via: Via::FullName });
                i += n;
            }
            None => i += 1,
        }
    }
    actors.mentions.sort_by_key(|m| m.span.start);
}

/// "the Vietnamese capital", "the Russian capital": that country's capital city.
fn add_capitals(text: &str, actors: &mut Actors, kb: &KnowledgeBase) {
    let mut added = Vec::new();
    for c in actors.countries.iter().filter(|c| c.demonym) {
        let after = &text[c.span.end..];
        let before = text[..c.span.start].to_ascii_lowercase();
        if !(after.starts_with(" capital") && before.ends_with("the ")) {
            continue;
        }
        let Some(capital) = kb.places.iter().find(|p| p.kind == PlaceKind::Capital && p.country == c.iso3) else { continue };
        added.push(PlaceMention {
            span: c.span.start - 4..c.span.end + " capital".len(),
            name: capital.name.clone(),
            country: capital.country.clone(),
            is_city: true,
        });
    }
    // "two days in Hanoi ... landed in the capital late on Sunday": the capital named last.
    for (at, _) in text.match_indices("the capital") {
        let end = at + "the capital".len();
        let rest = &text[end..];
        if rest.starts_with(char::is_alphanumeric) || rest.starts_with(" of") || rest.starts_with(" city") {
            continue;
        }
        let last_capital = actors
            .places
            .iter()
            .chain(added.iter())
            .filter(|p| p.span.end <= at && kb.places.iter().any(|k| k.kind == PlaceKind::Capital && k.name == p.name))
            .max_by_key(|p| p.span.start)
            .cloned();
        if let Some(capital) = last_capital {
            added.push(PlaceMention { span: at..end, ..capital });
        }
    }
    actors.places.extend(added);
    actors.places.sort_by_key(|p| p.span.start);
}

/// "the northern town of Oyo", "the Congolese city of Pointe-Noire": a place the knowledge base
/// does not list, introduced as one. Its country is a demonym in the description, else the country
/// named last before it (the text is telling a stay there); without either it is left out.
static DESCRIBED_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    // (ASCII classes: Unicode ones make the whole-text scan several times slower.)
    word_regex(r"\bthe\s+(?:[A-Za-z-]+\s+){0,3}?(?:town|city|village|port|resort|province|region|district)\s+of\s+([A-Z][A-Za-z'-]+(?:[ -][A-Z][A-Za-z'-]+){0,2})").expect("described place pattern")
});

/// How far back a country named before an unknown place may stand to give it its country.
const DESCRIBED_PLACE_REACH: usize = 400;

fn add_described_places(text: &str, actors: &mut Actors) {
    let mut added = Vec::new();
    for m in DESCRIBED_PLACE.captures_iter(text) {
        let (whole, name) = (m.get(0).expect("whole match"), m.get(1).expect("place name"));
        let known = |span: &Range<usize>| span.start < name.end() && name.start() < span.end;
        if actors.places.iter().any(|p| known(&p.span))
            || actors.countries.iter().any(|c| known(&c.span))
            || actors.mentions.iter().any(|p| known(&p.span))
        {
            continue;
        }
        let described = actors.countries.iter().find(|c| c.demonym && c.span.start >= whole.start() && c.span.end <= name.start());
        let named_before = actors.countries.iter().rev().find(|c| !c.demonym && c.span.end <= whole.start() && whole.start() - c.span.end <= DESCRIBED_PLACE_REACH);
        let Some(country) = described.or(named_before) else { continue };
        added.push(PlaceMention {
            span: name.range(),
            name: fold(name.as_str()),
            country: country.iso3.clone(),
            is_city: true,
        });
    }
    actors.places.extend(added);
    actors.places.sort_by_key(|p| p.span.start);
}

/// "Tô Lâm ... Lâm met Prime Minister Mishustin": after a person's full name, the last word of
/// it alone is that person when no other person of the text shares it and it stands alone (no
/// capitalised word beside it). The knowledge base lists no such short form when the word is
/// ambiguous in general ("Lam", "Man"); within one text it is not.
fn add_last_name_mentions(text: &str, actors: &mut Actors, last_names: &LastNames) {
    if last_names.0.is_empty() {
        return;
    }
    let taken = |start: usize, end: usize, actors: &Actors| {
        actors.mentions.iter().any(|m| m.span.start < end && start < m.span.end)
            || actors.places.iter().any(|p| p.span.start < end && start < p.span.end)
            || actors.countries.iter().any(|c| c.span.start < end && start < c.span.end)
    };
    let mut added = Vec::new();
    let mut words = alphabetic_words(text).peekable();
    let mut previous: Option<(usize, &str)> = None;
    while let Some((start, word)) = words.next() {
        let end = start + word.len();
        let owner = word.starts_with(char::is_uppercase).then(|| last_names.owner(word, start)).flatten();
        if let Some(actor) = owner {
            // A capitalised neighbour across a sentence break ("on Saturday.\n\nLam arrived") is
            // not part of one name with this word.
            // Nor across a comma: "called on Sang, Party General Secretary Trong and ...".
            let joined = |from: usize, to: usize| !text[from..to].contains(['.', '!', '?', '\n', ';', ':', ',']);
            let previous_word = previous.filter(|&(s, w)| joined(s + w.len(), start)).map(|(_, w)| w);
            let next = words.peek().filter(|&&(s, _)| joined(end, s)).map(|(_, w)| *w);
            // "On Sunday Mishustin": a weekday or month is no part of a name.
            let calendar = |w: &str| crate::time::weekday_number(w).is_some() || crate::time::month_number(w).is_some();
            let capitalised = |w: Option<&str>| w.is_some_and(|w| w.starts_with(char::is_uppercase) && !calendar(w));
            if !capitalised(previous_word) && !capitalised(next) && !taken(start, end, actors) {
                added.push(PersonMention { span: start..end, actor, via: Via::ShortName });
            }
        }
        previous = Some((start, word));
    }
    actors.mentions.extend(added);
}

/// The last word of each person named in full (folded), with the person and the end of their
/// first full mention; `None` when two people of the text share the word.
struct LastNames(HashMap<String, Option<(usize, usize)>>);

impl LastNames {
    /// The person whose last name `word` is, when named in full before `position`.
    fn owner(&self, word: &str, position: usize) -> Option<usize> {
        match self.0.get(&fold(word).to_lowercase()) {
            Some(Some((actor, after))) if position >= *after => Some(*actor),
            _ => None,
        }
    }
}

fn last_names(text: &str, actors: &Actors) -> LastNames {
    let mut owners: HashMap<String, Option<(usize, usize)>> = HashMap::new();
    // A name the knowledge base knows, or one read with its title or role.
    for m in actors.mentions.iter().filter(|m| m.via == Via::FullName || m.via == Via::TitledName) {
        let Some(last) = text[m.span.clone()].rsplit(' ').next() else { continue };
        let known = actors.people[m.actor].kb.is_some() || (m.via == Via::TitledName && text[m.span.clone()].contains(' '));
        if last.chars().count() < 2 || !known {
            continue;
        }
        let key = fold(last).to_lowercase();
        match owners.get(&key) {
            Some(Some((a, _))) if *a != m.actor => {
                owners.insert(key, None);
            }
            Some(_) => {}
            None => {
                owners.insert(key, Some((m.actor, m.span.end)));
            }
        }
    }
    LastNames(owners)
}

/// The runs of letters of a text with their byte offsets.
fn alphabetic_words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut start: Option<usize> = None;
    text.char_indices().chain(std::iter::once((text.len(), ' '))).filter_map(move |(i, c)| {
        match (c.is_alphabetic(), start) {
            (true, None) => {
                start = Some(i);
                None
            }
            (false, Some(s)) => {
                start = None;
                Some((s, &text[s..i]))
            }
            _ => None,
        }
    })
}

/// Names after ranks that the knowledge base does not know become people; their country
/// is the demonym before the rank or "of <country>" just after the name.
fn add_ranked_names(text: &str, actors: &mut Actors) {
    for m in RANK.find_iter(text) {
        if actors.mentions.iter().any(|p| p.span.start <= m.end() && m.end() <= p.span.end + 1) {
            continue;
        }
        let Some((name, span)) = titled_unknown_name(text, m.end() - 1) else { continue };
        if actors.mentions.iter().any(|p| p.span.start < span.end && span.start < p.span.end)
            || actors.places.iter().any(|p| p.span.start < span.end && span.start < p.span.end)
            || actors.countries.iter().any(|c| c.span.start < span.end && span.start < c.span.end)
        {
            continue;
        }
        let after_end = floor_boundary(text, span.end + 80);
        let country = demonym_before(text, m.start(), actors).or_else(|| {
            actors
                .countries
                .iter()
                .filter(|c| !c.demonym && c.span.start >= span.end && c.span.end <= after_end)
                .find(|c| text[..c.span.start].trim_end().ends_with(" of"))
                .map(|c| c.iso3.clone())
        });
        let actor = actors.actor_for_name(name, country);
        actors.mentions.push(PersonMention { span, actor, via: Via::TitledName });
    }
}

/// "Nguyen Manh Quyen, Vice Chairman of the Hanoi People's Committee", "Sergei Kudryashov,
/// chief executive of Zarubezhneft": a name the knowledge base does not know, followed by its
/// role. The country is that of the place or country the role names ("of the Hanoi ...").
static ROLE_AFTER_COMMA: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i-u), (?:the )?(?:[a-z]+'s )?(?:(?:vice|deputy|first|acting|executive) ){0,2}(?:chairman|chairwoman|chair|head|governor|mayor|minister|secretary|director|director-general|chief executive|president|ambassador|speaker|secretary-general|secretary general|ceo|rector)\b")
        .expect("role pattern")
});

/// Capitalised words that name institutions, not people ("Moscow State University, head of").
const INSTITUTION_WORDS: &[&str] = &[
    "University", "Institute", "Academy", "Bank", "Group", "Corporation", "Company", "Forum", "Fund", "Agency", "Centre",
    "Center", "School", "Hospital", "Museum", "Association", "Federation", "Chamber", "Court", "Department",
];

fn add_names_before_roles(text: &str, actors: &mut Actors) {
    if !text.contains(", ") {
        return;
    }
    // Who was introduced with which role noun, for "the governor" later.
    let mut introduced: Vec<(usize, String, usize)> = Vec::new();
    // The role is found first (a cheap scan); the name is read back from its comma.
    for role in ROLE_AFTER_COMMA.find_iter(text) {
        let Some(span) = name_before(text, role.start()) else { continue };
        let name = &text[span.clone()];
        let taken = actors.mentions.iter().any(|p| p.span.start < span.end && span.start < p.span.end)
            || actors.places.iter().any(|p| p.span.start < span.end && span.start < p.span.end)
            || actors.countries.iter().any(|c| c.span.start < span.end && span.start < c.span.end);
        let words: Vec<&str> = name.split(' ').collect();
        if taken || words.iter().any(|w| STOP_CAPITALS.contains(w) || INSTITUTION_WORDS.contains(w) || ROLE_WORDS.contains(w)) {
            continue;
        }
        let role_end = role.end();
        // The role's phrase ends at its comma: "Secretary of Russia's Security Council, spent
        // three days in Hanoi" is Russian.
        let after_end = floor_boundary(text, role_end + 60);
        let after_end = text[role_end..after_end].find([',', ';', '.', '(']).map_or(after_end, |i| role_end + i);
        let country = actors
            .places
            .iter()
            .filter(|p| p.span.start >= role_end && p.span.end <= after_end)
            .map(|p| (p.span.start, p.country.clone()))
            // (Also a country owning the role: ", Russia's Minister of Science".)
            .chain(actors.countries.iter().filter(|c| c.span.start >= role.start() && c.span.end <= after_end).map(|c| (c.span.start, c.iso3.clone())))
            .min_by_key(|(at, _)| *at)
            .map(|(_, country)| country)
            .or_else(|| demonym_before(text, span.start, actors))
            .or_else(|| (words.len() >= 3 && VIETNAMESE_SURNAMES.contains(&fold(words[0]).as_str())).then(|| "VNM".to_owned()));
        let actor = actors.actor_for_name(fold(name), country);
        let role_noun = role.as_str().rsplit(' ').next().unwrap_or("").to_ascii_lowercase();
        introduced.push((actor, role_noun, role.end()));
        actors.mentions.push(PersonMention { span, actor, via: Via::TitledName });
    }
    // "Russian Ambassador Konstantin Vnukov ... the ambassador": a role written as a title.
    for m in &actors.mentions {
        let title = last_word(&text[..m.span.start]);
        let noun = title.to_ascii_lowercase();
        if title.starts_with(char::is_uppercase) && ANAPHORIC_ROLES.contains(&noun.as_str()) {
            introduced.push((m.actor, noun, m.span.end));
        }
    }
    introduced.sort_by_key(|&(_, _, at)| at);
    add_role_anaphora(text, actors, &introduced);
}

/// "Vladislav Shapsha, Governor of the Kaluga Region ... The following day, the governor called
/// on Ha": a role noun with "the" names the person last introduced with it. Only roles one
/// person holds in a story; "the minister" or "the president" may be anyone.
const ANAPHORIC_ROLES: &[&str] = &["governor", "mayor", "ambassador", "chairman", "chairwoman", "speaker", "director", "director-general", "ceo"];

fn add_role_anaphora(text: &str, actors: &mut Actors, introduced: &[(usize, String, usize)]) {
    static THE_ROLE: LazyLock<Regex> = LazyLock::new(|| {
        word_regex(&format!(r"(?i)\bthe ({})\b", ANAPHORIC_ROLES.join("|"))).expect("role anaphora pattern")
    });
    if introduced.is_empty() {
        return;
    }
    let mut added = Vec::new();
    for caps in THE_ROLE.captures_iter(text) {
        let whole = caps.get(0).expect("group 0");
        // "the governor of Kaluga", "the Governor Vladislav Shapsha": a description or a title.
        let next = text[whole.end()..].trim_start();
        if next.starts_with("of ") || next.starts_with(char::is_uppercase) {
            continue;
        }
        let noun = caps[1].to_ascii_lowercase();
        let taken = actors.mentions.iter().any(|m| m.span.start < whole.end() && whole.start() < m.span.end);
        if let (Some((actor, _, _)), false) = (introduced.iter().rev().find(|(_, role, at)| *role == noun && *at <= whole.start()), taken) {
            added.push(PersonMention { span: whole.start()..whole.end(), actor: *actor, via: Via::Office });
        }
    }
    actors.mentions.extend(added);
}

/// A capitalised word of letters and hyphens, longer than one letter: a word of a name.
fn is_name_word(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase) && word.chars().count() > 1 && word.chars().skip(1).all(|c| c.is_alphabetic() || c == '-')
}

/// Two to four name words that end at `end`, on one line.
fn name_before(text: &str, end: usize) -> Option<Range<usize>> {
    let mut start = end;
    let mut words = 0;
    // (A name may open its line: the line break ends it there.)
    for word in text[floor_boundary(text, end.saturating_sub(80))..end].rsplit([' ', '\n']) {
        if !is_name_word(word) || words == 4 {
            break;
        }
        words += 1;
        start -= word.len() + usize::from(words > 1);
    }
    (words >= 2).then_some(start..end)
}

/// The commonest Vietnamese family names: a three-word name that starts with one and whose
/// role names no place is Vietnamese ("Le Khanh Hai, Chairman of the Presidential Office").
const VIETNAMESE_SURNAMES: &[&str] = &[
    "Nguyen", "Tran", "Le", "Pham", "Hoang", "Huynh", "Phan", "Vu", "Vo", "Dang", "Bui", "Do", "Ho", "Ngo", "Duong", "Dinh", "Trinh", "Truong",
];

/// Capitalised words of titles and ranks, which a name before a role does not contain.
const ROLE_WORDS: &[&str] = &["President", "Minister", "Prime", "Chairman", "Chairwoman", "General", "Secretary", "Deputy", "Vice", "Governor", "Mayor", "Ambassador", "Head", "Mr", "Mrs", "Ms", "Dr"];

/// "the Russian leader", "his Vietnamese counterpart", "the Vietnamese Party chief": the last
/// person of that country mentioned before, else the head of state (or party chief) then.
fn add_role_references(
    folded: &Folded,
    actors: &mut Actors,
    seats: &[CountryMention],
    kb: &KnowledgeBase,
    date: Option<NaiveDate>,
) {
    let lower = folded.text.to_ascii_lowercase();
    // "the Kremlin leader", "the Kremlin chief": a seat of state stands for its country.
    let demonyms: Vec<CountryMention> = actors.countries.iter().filter(|c| c.demonym).chain(seats).cloned().collect();
    for c in demonyms {
        let fstart = folded_index(folded, c.span.end);
        let Some(after) = lower.get(fstart..) else { continue };
        let after_trim = after.trim_start();
        let Some(role) = ROLE_NOUNS.iter().find(|r| {
            after_trim.starts_with(*r)
                && !after_trim[r.len()..].starts_with(|ch: char| ch.is_ascii_alphabetic())
        }) else {
            continue;
        };
        let role_start = c.span.end + (after.len() - after_trim.len());
        let span = c.span.start..role_start + role.len();
        // "the first visit by a key Vietnamese leader": an indefinite role names nobody, nor does
        // one after an ordinal ("the first South Korean head of state to visit", "the former
        // Soviet leader"). The article may stand before one adjective.
        let mut words_before = lower.get(..folded_index(folded, c.span.start)).unwrap_or("").split(|ch: char| !ch.is_alphanumeric()).rev().filter(|w| !w.is_empty());
        let (last, second_last) = (words_before.next().unwrap_or(""), words_before.next().unwrap_or(""));
        let indefinite = |w: &str| matches!(w, "a" | "an" | "any" | "every" | "another");
        let generic = indefinite(last) || (indefinite(second_last) && !matches!(last, "the" | "his" | "her" | "its" | "their"));
        if generic || matches!(last, "first" | "second" | "third" | "last" | "only" | "former" | "previous" | "next") {
            continue;
        }
        if actors.mentions.iter().any(|m| m.span.start < span.end && span.start < m.span.end) {
            continue;
        }
        // Followed by a name: "his Russian counterpart Mikhail Mishustin", "his Russian
        // counterpart, General Sergei Shoigu" name them already.
        let next_mention = actors.mentions.iter().filter(|m| m.span.start >= span.end).min_by_key(|m| m.span.start);
        let next_name = next_mention.is_some_and(|m| {
            let gap = folded.text.get(folded_index(folded, span.end)..folded_index(folded, m.span.start)).unwrap_or("x");
            gap.trim().is_empty() || is_title_chain(gap.strip_prefix(',').unwrap_or(gap))
        });
        if next_name {
            continue;
        }
        let before = actors
            .mentions
            .iter()
            .filter(|m| m.span.end <= span.start)
            .rev()
            .find(|m| actors.people[m.actor].country.as_deref() == Some(c.iso3.as_str()))
            .map(|m| m.actor);
        let actor = before.or_else(|| {
            if REFERRING_ONLY.contains(role) {
                return None;
            }
            let office = if *role == "party chief" { Office::PartyGeneralSecretary } else { Office::President };
            let person = kb.office_holder(office, Some(&c.iso3), date?)?;
            Some(actors.actor_for_kb(kb, person))
        });
        if let Some(actor) = actor {
            actors.mentions.push(PersonMention { span, actor, via: Via::Office });
        }
    }
}

/// The folded byte index of an original byte offset (first folded byte at or after it).
fn folded_index(folded: &Folded, original: usize) -> usize {
    let mut lo = 0;
    let mut hi = folded.text.len();
    while lo < hi {
        let mid = usize::midpoint(lo, hi);
        if folded.original(mid..mid).start < original {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}
