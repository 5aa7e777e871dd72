//! Topics: a lexicon of phrases per topic (the gold taxonomy by default), counted per
//! document and per event passage.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::Path;
use std::sync::{Arc, LazyLock};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::error::{Error, Result};
use crate::text::fold;

/// Phrases per topic, compiled into one automaton.
#[derive(Debug, Clone)]
pub struct TopicLexicon {
    /// (topic, phrase, weak) rows.
    rows: Vec<(String, String, bool)>,
    automaton: AhoCorasick,
    /// Per pattern, the topics it signals.
    topics: Vec<Vec<usize>>,
    /// Per pattern, whether it is a weak cue (written `~phrase` in the lexicon).
    weak: Vec<bool>,
    names: Vec<String>,
}

static BUILTIN: LazyLock<Arc<TopicLexicon>> = LazyLock::new(|| {
    Arc::new(
        TopicLexicon::from_str(include_str!("../data/topics.tsv"), "topics.tsv")
            .expect("built-in topic lexicon is valid"),
    )
});

impl TopicLexicon {
    /// The built-in lexicon (the taxonomy of the gold annotations).
    pub fn builtin() -> Arc<TopicLexicon> {
        Arc::clone(&BUILTIN)
    }

    /// A lexicon from TSV text with header `topic<TAB>phrase` (phrases `;`-separated).
    pub fn from_str(text: &str, name: &str) -> Result<Self> {
        let mut rows = Vec::new();
        Self::parse_into(text, name, &mut rows)?;
        Ok(Self::build(rows))
    }

    /// The built-in lexicon plus a user file (rows add phrases; new topics are allowed).
    pub fn with_file(path: &Path) -> Result<Self> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        let mut rows = Self::builtin().rows.clone();
        Self::parse_into(&text, &path.display().to_string(), &mut rows)?;
        Ok(Self::build(rows))
    }

    fn parse_into(text: &str, name: &str, rows: &mut Vec<(String, String, bool)>) -> Result<()> {
        let mut header_seen = false;
        for (i, line) in text.lines().enumerate() {
            let line_no = i + 1;
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            let cells: Vec<&str> = line.split('\t').map(str::trim).collect();
            if !header_seen {
                if cells != ["topic", "phrase"] {
                    return Err(Error::Knowledge {
                        path: name.into(),
                        line: line_no,
                        field: "header".into(),
                        message: "expected `topic<TAB>phrase`".into(),
                    });
                }
                header_seen = true;
                continue;
            }
            let (Some(topic), Some(phrases), 2) = (cells.first(), cells.get(1), cells.len()) else {
                return Err(Error::Knowledge {
                    path: name.into(),
                    line: line_no,
                    field: "phrase".into(),
                    message: format!("expected 2 cells, found {}", cells.len()),
                });
            };
            if topic.is_empty() || !topic.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
                return Err(Error::Knowledge {
                    path: name.into(),
                    line: line_no,
                    field: "topic".into(),
                    message: format!("`{topic}` is not a snake_case topic name"),
                });
            }
            for phrase in phrases.split(';').map(str::trim).filter(|p| !p.is_empty()) {
                let (phrase, weak) = match phrase.strip_prefix('~') {
                    Some(rest) => (rest.trim(), true),
                    None => (phrase, false),
                };
                rows.push(((*topic).to_owned(), phrase.to_owned(), weak));
            }
        }
        Ok(())
    }

    fn build(rows: Vec<(String, String, bool)>) -> Self {
        let mut names: Vec<String> = rows.iter().map(|(t, _, _)| t.clone()).collect();
        names.sort();
        names.dedup();
        // A phrase is weak only if every row that lists it says so.
        let mut by_phrase: BTreeMap<String, (Vec<usize>, bool)> = BTreeMap::new();
        for (topic, phrase, weak) in &rows {
            let t = names.binary_search(topic).expect("topic listed");
            let entry = by_phrase.entry(fold(phrase).to_ascii_lowercase()).or_insert((Vec::new(), true));
            if !entry.0.contains(&t) {
                entry.0.push(t);
            }
            entry.1 &= *weak;
        }
        let automaton = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(by_phrase.keys())
            .expect("topic phrases build an automaton");
        let (topics, weak) = by_phrase.into_values().unzip();
        TopicLexicon {
            rows,
            automaton,
            topics,
            weak,
            names,
        }
    }

    /// Topic names, sorted.
    pub fn topic_names(&self) -> &[String] {
        &self.names
    }

    /// Counts of topic phrases in a folded text (whole words only).
    pub fn count(&self, folded: &str) -> BTreeMap<String, u32> {
        let mut counts = BTreeMap::new();
        for (_, pattern) in self.mentions(folded) {
            for &t in &self.topics[pattern] {
                *counts.entry(self.names[t].clone()).or_insert(0) += 1;
            }
        }
        counts
    }

    /// The topics a folded text discusses, with their mention counts: like [`TopicLexicon::count`]
    /// but without topics only named in passing. A mention in a circumstance ("delayed owing to
    /// the pandemic") does not count; a weak cue (`~phrase`: a body's name, "military") counts
    /// only in a sentence about cooperation or talks or after "within" ("partners within ASEAN"),
    /// unless the topic comes up in two different sentences.
    pub fn discussed(&self, folded: &str) -> BTreeMap<String, u32> {
        #[derive(Default)]
        struct Tally<'a> {
            mentions: u32,
            strong: bool,
            sentences: Vec<&'a str>,
        }
        let sentences = crate::text::sentences(folded);
        // A file photo's caption shows another occasion ("... at the SCO summit in Samarkand,
        // 2022. File photo: ..."): what it names is not what this story discusses.
        let mut line_start = 0;
        let file_captions: Vec<std::ops::Range<usize>> = folded
            .split_inclusive('\n')
            .map(|line| {
                let range = line_start..line_start + line.len();
                line_start = range.end;
                range
            })
            .filter(|line| folded[line.clone()].to_ascii_lowercase().contains("file photo"))
            .collect();
        let mut tallies: BTreeMap<usize, Tally> = BTreeMap::new();
        for (span, pattern) in self.mentions(folded) {
            if after_circumstance(folded, span.start) || file_captions.iter().any(|c| c.start <= span.start && span.end <= c.end) {
                continue;
            }
            let i = sentences.partition_point(|s| s.end <= span.start);
            let sentence = sentences.get(i).filter(|s| s.start <= span.start).cloned().unwrap_or(span.clone());
            let strong = !self.weak[pattern]
                || has_discussion_cue(folded, &sentence, &span)
                || within_body(folded, span.start);
            // A repeated sentence (a lead printed twice, once as a heading without its period)
            // is one sentence.
            let text = folded[sentence].trim().trim_end_matches(['.', '!', '?']);
            for &t in &self.topics[pattern] {
                let tally = tallies.entry(t).or_default();
                tally.mentions += 1;
                tally.strong |= strong;
                if !tally.sentences.contains(&text) {
                    tally.sentences.push(text);
                }
            }
        }
        tallies
            .into_iter()
            .filter(|(_, tally)| tally.strong || tally.sentences.len() >= 2)
            .map(|(t, tally)| (self.names[t].clone(), tally.mentions))
            .collect()
    }

    /// Whole-word matches of topic phrases (byte span, pattern), leaving out words in an
    /// office's name and lower-case look-alikes of acronyms.
    fn mentions<'a>(&'a self, folded: &'a str) -> impl Iterator<Item = (Range<usize>, usize)> + 'a {
        let bytes = folded.as_bytes();
        self.automaton.find_iter(folded).filter_map(move |m| {
            let before_ok = m.start() == 0 || !bytes[m.start() - 1].is_ascii_alphanumeric();
            let after_ok = m.end() == bytes.len() || !bytes[m.end()].is_ascii_alphanumeric();
            if !(before_ok && after_ok) {
                return None;
            }
            // Words in an office or body's name ("Culture Minister", "Ministry of Finance") name
            // who someone is, not what was discussed.
            if in_institution_name(folded, m.start(), m.end()) {
                return None;
            }
            // Acronyms (UN, IT, DOC) count only when written in capitals.
            let matched = &folded[m.start()..m.end()];
            if matched.len() <= 3 && matched.chars().any(|c| c.is_ascii_lowercase()) {
                let phrase_is_acronym = self
                    .rows
                    .iter()
                    .any(|(_, p, _)| p.eq_ignore_ascii_case(matched) && p.chars().all(|c| c.is_ascii_uppercase()));
                if phrase_is_acronym {
                    return None;
                }
            }
            Some((m.start()..m.end(), m.pattern().as_usize()))
        })
    }
}

/// Words that show a sentence is about what two sides do together or talk about. Written in
/// lower case: "Cooperation" in "Shanghai Cooperation Organization" is part of a name.
const DISCUSSION_CUES: &[&str] = &[
    "agenda", "agree", "agreed", "agreement", "agreements", "area", "areas", "boost", "collaboration",
    "concentrate", "contacts", "cooperate", "cooperating", "cooperation", "coordinate", "coordination",
    "cover", "covered", "covering", "deal", "deals", "deepen", "develop", "developing", "development",
    "discuss", "discussed", "discussing", "discussion", "discussions", "documents", "expand", "field",
    "fields", "focus", "focused", "fringes", "goal", "goals", "issue", "issues", "links", "margins",
    "memorandum", "partnership",
    "pillar", "pillars", "position", "potential", "priorities", "priority", "project", "projects",
    "promote", "relations", "relationship", "review", "reviewed", "sector", "sectors", "situation",
    "sidelines", "strengthen", "talked", "talks", "target", "targets", "ties", "topic", "topics",
];

/// Whether the sentence, outside the mention itself, has a discussion cue.
fn has_discussion_cue(folded: &str, sentence: &Range<usize>, mention: &Range<usize>) -> bool {
    let mut words = words_at(&folded[sentence.clone()]).map(|(at, w)| (sentence.start + at, w));
    let first = words.next();
    let is_cue = |w: &str| DISCUSSION_CUES.contains(&w.to_ascii_lowercase().as_str());
    let outside = |at: usize| at < mention.start || at >= mention.end;
    first.is_some_and(|(at, w)| outside(at) && is_cue(w))
        || words.any(|(at, w)| outside(at) && w.starts_with(|c: char| c.is_ascii_lowercase()) && is_cue(w))
}

/// Whether a mention follows "within" ("partners within ASEAN", "within the framework of APEC"):
/// work inside a body, not a passing name.
fn within_body(folded: &str, start: usize) -> bool {
    let before = &folded[crate::text::floor_boundary(folded, start.saturating_sub(40))..start];
    let words: Vec<&str> = words_at(before).map(|(_, w)| w).collect();
    words.iter().rev().take(4).any(|w| w.eq_ignore_ascii_case("within"))
}

/// ASCII words with their byte offsets.
fn words_at(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() && !bytes[i].is_ascii_alphabetic() {
            i += 1;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
            i += 1;
        }
        (i > start).then(|| (start, &text[start..i]))
    })
}

/// Whether a mention is inside a circumstance ("owing to the pandemic", "despite the war"): the
/// setting of what happened, not its subject.
fn after_circumstance(folded: &str, start: usize) -> bool {
    const CONNECTIVES: &[&str] = &["owing to", "due to", "because of", "in spite of", "despite"];
    let before = folded[crate::text::floor_boundary(folded, start.saturating_sub(80))..start].to_ascii_lowercase();
    let clause = before.rsplit([',', '.', ';', ':', '(', '\n']).next().unwrap_or("");
    CONNECTIVES.iter().any(|c| {
        clause.rfind(c).is_some_and(|i| {
            let at_word = i == 0 || !clause.as_bytes()[i - 1].is_ascii_alphanumeric();
            at_word && clause[i + c.len()..].split_whitespace().count() <= 3
        })
    })
}

fn in_institution_name(folded: &str, start: usize, end: usize) -> bool {
    const AFTER: &[&str] = &[" minister", " ministry", " ministers", " committee", " commission", " department", " agency", " development minister"];
    const BEFORE: &[&str] = &["minister of ", "ministry of ", "minister for ", "committee for ", "committee on ", "commission for ", "department of "];
    let after = folded[end..].get(..folded.len().min(end + 24) - end).unwrap_or("").to_ascii_lowercase();
    let before_start = start.saturating_sub(40);
    let before = folded.get(before_start..start).unwrap_or("").to_ascii_lowercase();
    let before_clause = before.rsplit([',', '.', ';']).next().unwrap_or("");
    AFTER.iter().any(|a| after.starts_with(a))
        || BEFORE.iter().any(|b| {
            before_clause
                .rfind(b)
                .is_some_and(|i| !before_clause[i + b.len()..].contains(" and "))
        })
        || in_capitalised_name(folded, start, BEFORE)
}

/// Whether a capitalised mention continues a name in title case that an office's word opens:
/// "Minister of Digital Development, Communications, and Mass Media", "Committee on
/// Economic-Trade and Scientific-Technical Cooperation".
fn in_capitalised_name(folded: &str, start: usize, openers: &[&str]) -> bool {
    if !folded[start..].starts_with(|c: char| c.is_ascii_uppercase()) {
        return false;
    }
    let before = &folded[crate::text::floor_boundary(folded, start.saturating_sub(80))..start];
    let lower = before.to_ascii_lowercase();
    openers.iter().any(|opener| {
        lower.rfind(opener).is_some_and(|i| {
            let between = &before[i + opener.len()..];
            between.chars().all(|c| c.is_ascii_alphabetic() || matches!(c, ' ' | ',' | '-'))
                && words_at(between).all(|(_, w)| {
                    w.starts_with(|c: char| c.is_ascii_uppercase()) || matches!(w, "and" | "of" | "the")
                })
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_whole_words_and_respects_acronym_case() {
        let lexicon = TopicLexicon::builtin();
        let counts = lexicon.count("They discussed trade, oil and gas and the East Sea; it was a document.");
        assert_eq!(counts.get("trade"), Some(&1));
        assert_eq!(counts.get("energy"), Some(&1));
        assert_eq!(counts.get("maritime"), Some(&1));
        assert_eq!(lexicon.count("an undocumented doc").get("maritime"), None);
        assert_eq!(lexicon.count("tradesman").get("trade"), None);
        let titles = lexicon.count("Finance Minister Anton Siluanov and the Minister of Culture attended.");
        assert_eq!((titles.get("finance"), titles.get("culture")), (None, None));
        let offices = lexicon.count(
            "the Minister of Sport, Tourism, and Youth and the Committee on Economic-Trade and Scientific Cooperation met",
        );
        assert_eq!((offices.get("tourism"), offices.get("science_technology")), (None, None));
        // Outside a capitalised name the words count.
        let talk = lexicon.count("the Minister of Sport met them, and tourism and science were discussed");
        assert_eq!((talk.get("tourism"), talk.get("science_technology")), (Some(&1), Some(&1)));
    }

    #[test]
    fn a_weak_phrase_needs_a_discussion_cue_or_a_second_sentence() {
        let lexicon = TopicLexicon::from_str("topic\tphrase\nsport\t~stadium;football\n", "mine.tsv").unwrap();
        assert_eq!(lexicon.discussed("They opened a stadium.").get("sport"), None);
        assert_eq!(lexicon.discussed("They agreed to build a stadium.").get("sport"), Some(&1));
        assert_eq!(lexicon.discussed("A stadium opened. The stadium is big.").get("sport"), Some(&2));
        assert_eq!(lexicon.discussed("They watched football.").get("sport"), Some(&1));
        assert_eq!(lexicon.count("They opened a stadium.").get("sport"), Some(&1));
    }

    #[test]
    fn bad_user_rows_name_the_line() {
        let err = TopicLexicon::from_str("topic\tphrase\nBad Topic\tx\n", "mine.tsv").unwrap_err();
        assert!(err.to_string().starts_with("mine.tsv:2: field `topic`"), "{err}");
    }
}
