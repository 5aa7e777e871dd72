//! One automaton over every name in the knowledge base: people (full names, aliases, short
//! forms), countries and demonyms, places, and office titles. Matching is linear in the text
//! (aho-corasick over the diacritic-folded text), whatever the size of the knowledge base.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::knowledge::KnowledgeBase;
use crate::text::{fold, Folded};

/// What a matched name refers to (indexes into the knowledge base tables).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Entry {
    /// A full name or alias of a person.
    Person(usize),
    /// A short form of a person's name ("Putin").
    PersonShort(usize),
    /// A country's name or alias ("Viet Nam", "Russian Federation").
    Country(usize),
    /// A country's demonym ("Vietnamese", "Russian").
    Demonym(usize),
    Place(usize),
    Title(usize),
}

impl Entry {
    /// Names of things are written with a capital letter; titles may be lower case.
    fn needs_capital(self) -> bool {
        !matches!(self, Entry::Title(_))
    }
}

/// A name found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct NameMatch {
    /// Byte span in the original text.
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// Everything this string can refer to (usually one thing).
    pub(crate) entries: Vec<Entry>,
}

#[derive(Debug)]
pub(crate) struct Gazetteer {
    automaton: AhoCorasick,
    /// Per pattern, the entries it names.
    payloads: Vec<Vec<Entry>>,
}

impl Gazetteer {
    pub(crate) fn new(kb: &KnowledgeBase) -> Self {
        let mut by_key: HashMap<String, Vec<Entry>> = HashMap::new();
        let mut add = |name: &str, entry: Entry| {
            let key = fold(name.trim()).to_ascii_lowercase();
            if key.len() < 2 {
                return;
            }
            let entries = by_key.entry(key).or_default();
            if !entries.contains(&entry) {
                entries.push(entry);
            }
        };
        for (i, p) in kb.people.iter().enumerate() {
            add(&p.name, Entry::Person(i));
            for alias in &p.aliases {
                add(alias, Entry::Person(i));
            }
            for short in &p.short {
                add(short, Entry::PersonShort(i));
            }
        }
        for (i, c) in kb.countries.iter().enumerate() {
            add(&c.name, Entry::Country(i));
            for alias in &c.aliases {
                add(alias, Entry::Country(i));
            }
            for demonym in &c.demonyms {
                add(demonym, Entry::Demonym(i));
            }
        }
        for (i, p) in kb.places.iter().enumerate() {
            add(&p.name, Entry::Place(i));
            for alias in &p.aliases {
                add(alias, Entry::Place(i));
            }
        }
        for (i, t) in kb.titles.iter().enumerate() {
            add(&t.phrase, Entry::Title(i));
        }
        let mut keys: Vec<(String, Vec<Entry>)> = by_key.into_iter().collect();
        keys.sort_by(|a, b| a.0.cmp(&b.0));
        let automaton = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(keys.iter().map(|(k, _)| k.as_str()))
            .expect("knowledge-base names build an automaton");
        Gazetteer {
            automaton,
            payloads: keys.into_iter().map(|(_, v)| v).collect(),
        }
    }

    /// Every name in `original` (whose folded form is `folded`), in text order.
    pub(crate) fn find(&self, original: &str, folded: &Folded) -> Vec<NameMatch> {
        let text = folded.text.as_bytes();
        let mut out = Vec::new();
        for m in self.automaton.find_iter(&folded.text) {
            let (s, e) = (m.start(), m.end());
            let before_ok = s == 0 || !is_word_byte(text[s - 1]);
            let after_ok = e == text.len() || !is_word_byte(text[e]);
            if !before_ok || !after_ok {
                continue;
            }
            let capital = text[s].is_ascii_uppercase();
            let entries: Vec<Entry> = self.payloads[m.pattern().as_usize()]
                .iter()
                .copied()
                .filter(|entry| capital || !entry.needs_capital())
                .collect();
            if entries.is_empty() {
                continue;
            }
            let span = folded.original(s..e);
            debug_assert!(original.is_char_boundary(span.start) && original.is_char_boundary(span.end));
            out.push(NameMatch {
                start: span.start,
                end: span.end,
                entries,
            });
        }
        out
    }
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}
