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
    /// Each person's full names (name and aliases) as folded lower-case words, for names
    /// written with a slip.
    person_words: Vec<(usize, Vec<String>)>,
    /// Every word of every person's name, with the entries of `person_words` it is in.
    name_words: HashMap<String, Vec<usize>>,
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
        let mut person_words = Vec::new();
        for (i, p) in kb.people.iter().enumerate() {
            for name in std::iter::once(&p.name).chain(&p.aliases) {
                let words: Vec<String> = fold(name).to_ascii_lowercase().split_whitespace().map(str::to_owned).collect();
                if words.len() >= 2 {
                    person_words.push((i, words));
                }
            }
        }
        let mut name_words: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, (_, words)) in person_words.iter().enumerate() {
            for word in words {
                name_words.entry(word.clone()).or_default().push(i);
            }
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
            person_words,
            name_words,
        }
    }

    /// Whether `word` (folded, lower case) is a word of some person's full name.
    pub(crate) fn is_name_word(&self, word: &str) -> bool {
        self.name_words.contains_key(word)
    }

    /// The person whose full name `words` (folded, lower case) spell with one slip ("nguen phu
    /// trong"): one word of five letters or more one edit away, the others the same. A word
    /// that is itself part of someone's name ("hung" beside "dung") is another person, not a
    /// slip; and two people that fit are no answer.
    pub(crate) fn misspelled_person(&self, words: &[&str]) -> Option<usize> {
        // One slip leaves the first or the second word as written: the names with either.
        let mut candidates: Vec<usize> = words.iter().take(2).filter_map(|w| self.name_words.get(*w)).flatten().copied().collect();
        candidates.sort_unstable();
        candidates.dedup();
        let mut found = None;
        for (person, name) in candidates.into_iter().map(|i| &self.person_words[i]) {
            if name.len() != words.len() {
                continue;
            }
            let mut differing = name.iter().zip(words).filter(|(a, b)| a.as_str() != **b);
            let Some((right, written)) = differing.next() else { continue };
            let slip = differing.next().is_none()
                && written.len() >= 5
                && !self.name_words.contains_key(*written)
                && strsim::levenshtein(right, written) == 1;
            if slip {
                match found {
                    Some(other) if other != *person => return None,
                    _ => found = Some(*person),
                }
            }
        }
        found
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
