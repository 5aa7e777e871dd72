//! Topics: a lexicon of phrases per topic (the gold taxonomy by default), counted per
//! document and per event passage.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::{Arc, LazyLock};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::error::{Error, Result};
use crate::text::fold;

/// Phrases per topic, compiled into one automaton.
#[derive(Debug, Clone)]
pub struct TopicLexicon {
    /// (topic, phrase) rows.
    rows: Vec<(String, String)>,
    automaton: AhoCorasick,
    /// Per pattern, the topics it signals.
    topics: Vec<Vec<usize>>,
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

    fn parse_into(text: &str, name: &str, rows: &mut Vec<(String, String)>) -> Result<()> {
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
                rows.push(((*topic).to_owned(), phrase.to_owned()));
            }
        }
        Ok(())
    }

    fn build(rows: Vec<(String, String)>) -> Self {
        let mut names: Vec<String> = rows.iter().map(|(t, _)| t.clone()).collect();
        names.sort();
        names.dedup();
        let mut by_phrase: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (topic, phrase) in &rows {
            let t = names.binary_search(topic).expect("topic listed");
            let entry = by_phrase.entry(fold(phrase).to_ascii_lowercase()).or_default();
            if !entry.contains(&t) {
                entry.push(t);
            }
        }
        let automaton = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(by_phrase.keys())
            .expect("topic phrases build an automaton");
        TopicLexicon {
            rows,
            automaton,
            topics: by_phrase.into_values().collect(),
            names,
        }
    }

    /// Topic names, sorted.
    pub fn topic_names(&self) -> &[String] {
        &self.names
    }

    /// Counts of topic phrases in a folded text (whole words only).
    pub fn count(&self, folded: &str) -> BTreeMap<String, u32> {
        let bytes = folded.as_bytes();
        let mut counts = BTreeMap::new();
        for m in self.automaton.find_iter(folded) {
            let before_ok = m.start() == 0 || !bytes[m.start() - 1].is_ascii_alphanumeric();
            let after_ok = m.end() == bytes.len() || !bytes[m.end()].is_ascii_alphanumeric();
            if !(before_ok && after_ok) {
                continue;
            }
            // Words in an office or body's name ("Culture Minister", "Ministry of Finance") name
            // who someone is, not what was discussed.
            if in_institution_name(folded, m.start(), m.end()) {
                continue;
            }
            // Acronyms (UN, IT, DOC) count only when written in capitals.
            let matched = &folded[m.start()..m.end()];
            if matched.len() <= 3 && matched.chars().any(|c| c.is_ascii_lowercase()) {
                let phrase_is_acronym = self.rows.iter().any(|(_, p)| p.eq_ignore_ascii_case(matched) && p.chars().all(|c| c.is_ascii_uppercase()));
                if phrase_is_acronym {
                    continue;
                }
            }
            for &t in &self.topics[m.pattern().as_usize()] {
                *counts.entry(self.names[t].clone()).or_insert(0) += 1;
            }
        }
        counts
    }
}

fn in_institution_name(folded: &str, start: usize, end: usize) -> bool {
    const AFTER: &[&str] = &[" minister", " ministry", " ministers", " committee", " commission", " department", " agency", " development minister"];
    const BEFORE: &[&str] = &["minister of ", "ministry of ", "minister for ", "committee for ", "commission for ", "department of "];
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
    }

    #[test]
    fn bad_user_rows_name_the_line() {
        let err = TopicLexicon::from_str("topic\tphrase\nBad Topic\tx\n", "mine.tsv").unwrap_err();
        assert!(err.to_string().starts_with("mine.tsv:2: field `topic`"), "{err}");
    }
}
