//! Text utilities shared by the extractors: diacritic folding with offset maps, sentences,
//! paragraphs, and byte-to-code-point offsets.

use std::ops::Range;

use regex::Regex;
use unicode_normalization::char::decompose_canonical;

/// A regex whose `\b` are ASCII word boundaries. A Unicode word boundary makes the regex crate
/// leave its DFA for a backtracking engine on any text with a non-ASCII letter (every
/// Vietnamese name), about ten times slower; the words these patterns look for are English.
pub(crate) fn word_regex(pattern: &str) -> Result<Regex, regex::Error> {
    Regex::new(&pattern.replace(r"\b", r"(?-u:\b)"))
}

/// The last word of `before` (what ends just before a position), read from its end only: a check
/// such as "a date right after *since*" costs the same whatever the length of the text.
pub(crate) fn last_word(before: &str) -> &str {
    before.trim_end().rsplit(char::is_whitespace).next().unwrap_or("")
}

/// Folds one character to ASCII where it is a Latin letter with diacritics (`ư` → `u`,
/// `đ` → `d`), and typographic punctuation to its plain form. Other characters are kept.
pub fn fold_char(c: char, out: &mut String) {
    match c {
        'đ' => out.push('d'),
        'Đ' => out.push('D'),
        'ı' => out.push('i'),
        '\u{2018}' | '\u{2019}' | '\u{02BC}' => out.push('\''),
        '\u{201C}' | '\u{201D}' => out.push('"'),
        '\u{2013}' | '\u{2014}' | '\u{2212}' => out.push('-'),
        '\u{00A0}' => out.push(' '),
        c if c.is_ascii() => out.push(c),
        c => {
            let start = out.len();
            decompose_canonical(c, |d| {
                if !unicode_normalization::char::is_combining_mark(d) {
                    out.push(d);
                }
            });
            if out.len() == start {
                out.push(c);
            }
        }
    }
}

/// A string folded to ASCII-like form (`Phạm Minh Chính` → `Pham Minh Chinh`).
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// Folded lower-case key with single spaces and no punctuation, for comparing names.
pub fn name_key(s: &str) -> String {
    let folded = fold(s).to_lowercase();
    let mut key = String::with_capacity(folded.len());
    for word in folded
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
    {
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(word);
    }
    key
}

/// A folded copy of a text that remembers where each folded byte came from.
#[derive(Debug, Clone)]
pub struct Folded {
    pub text: String,
    /// `origin[i]` is the byte offset in the original text of folded byte `i`;
    /// one extra entry maps the end.
    origin: Vec<usize>,
}

impl Folded {
    pub fn new(original: &str) -> Self {
        let mut text = String::with_capacity(original.len());
        let mut origin = Vec::with_capacity(original.len() + 1);
        for (i, c) in original.char_indices() {
            let before = text.len();
            fold_char(c, &mut text);
            origin.extend(std::iter::repeat_n(i, text.len() - before));
        }
        origin.push(original.len());
        Folded { text, origin }
    }

    /// The original byte range of a folded byte range.
    pub fn original(&self, range: Range<usize>) -> Range<usize> {
        let start = self.origin[range.start];
        // The end maps to the start of the original char after the last folded byte.
        let end = if range.end >= self.origin.len() - 1 {
            *self.origin.last().unwrap_or(&0)
        } else {
            let last = self.origin[range.end];
            if range.end > range.start && self.origin[range.end - 1] == last {
                // The range ends inside one original char's expansion: include that char.
                self.origin[(range.end..self.origin.len())
                    .find(|&j| self.origin[j] != last)
                    .unwrap_or(self.origin.len() - 1)]
            } else {
                last
            }
        };
        start..end
    }
}

/// The largest char boundary of `text` at or before `i` (clamped to its length).
pub fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary of `text` at or after `i` (clamped to its length).
pub fn ceil_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Byte offsets to code point (Python string) offsets, for one text.
#[derive(Debug, Clone)]
pub struct CharOffsets {
    /// Byte offsets of every char boundary, in order; the index is the code point offset.
    boundaries: Vec<usize>,
}

impl CharOffsets {
    pub fn new(text: &str) -> Self {
        let mut boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        boundaries.push(text.len());
        CharOffsets { boundaries }
    }

    /// Code point offset of a byte offset (rounded down to a char boundary).
    pub fn char_offset(&self, byte: usize) -> usize {
        match self.boundaries.binary_search(&byte) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }
}

/// Sentence spans (byte ranges, trimmed) of a text.
///
/// Splits at line breaks and after `.`, `!`, `?` followed by a space and a capital letter,
/// a quote or a digit, unless the period ends a known abbreviation ("Dec.", "Mr.", "St.") or an
/// initial.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut spans = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let mut cut = None;
        if b == b'\n' {
            cut = Some(i);
        } else if matches!(b, b'.' | b'!' | b'?') && ends_sentence(text, i) {
            cut = Some(i + 1);
        }
        if let Some(end) = cut {
            push_trimmed(text, start..end, &mut spans);
            start = end;
        }
        i += 1;
    }
    push_trimmed(text, start..text.len(), &mut spans);
    spans
}

/// Words after which a period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "maj", "capt", "sen", "rep", "gov", "prof",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no",
    "vs", "u.s", "u.n", "e.g", "i.e", "inc", "co", "corp", "ltd", "jr", "sr", "mt", "ft", "approx",
    "vol", "pp", "fig", "dept", "univ", "assn", "bros", "adm", "cmdr", "sgt", "pres", "lieut", "brig",
    "cdr", "amb", "hon", "rev",
];

fn ends_sentence(text: &str, dot: usize) -> bool {
    let bytes = text.as_bytes();
    // What follows: spaces, then a capital, digit, quote or opening bracket.
    let mut j = dot + 1;
    // Closing quotes and brackets belong to the sentence that ends here.
    while j < bytes.len() && matches!(bytes[j], b'"' | b'\'' | b')') {
        j += 1;
    }
    if j < bytes.len() && !bytes[j].is_ascii_whitespace() {
        // "U.S.", "3.5", "Hanoi.Vietnam": no break; but typographic closing quotes are fine.
        let rest = &text[j..];
        if !(rest.starts_with('\u{201D}') || rest.starts_with('\u{2019}')) {
            return false;
        }
    }
    while j < bytes.len() && bytes[j] == b' ' {
        j += 1;
    }
    if j >= bytes.len() {
        return true;
    }
    if bytes[dot] != b'.' {
        return true;
    }
    let next = text[j..].chars().next().unwrap_or(' ');
    if !(next.is_uppercase() || next.is_ascii_digit() || "\"'\u{201C}\u{2018}(–—-".contains(next)) {
        return false;
    }
    // The word before the period.
    let before = &text[..dot];
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || c == '(')
        .map_or(0, |k| k + 1);
    let word = before[word_start..].to_ascii_lowercase();
    if ABBREVIATIONS.contains(&word.as_str()) {
        return false;
    }
    // A single capital letter is an initial ("Vladimir V. Putin").
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_alphabetic() {
            return false;
        }
    }
    true
}

fn push_trimmed(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[range.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(range.start + lead..range.end - trail);
    }
}

/// Paragraph spans: blocks separated by blank lines, or single lines when the text has no
/// blank lines at all (one paragraph per line is common in scraped news).
pub fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let separator = if text.contains("\n\n") || text.contains("\r\n\r\n") {
        "\n\n"
    } else {
        "\n"
    };
    let mut spans = Vec::new();
    let mut start = 0;
    for (i, _) in text.match_indices(separator) {
        push_trimmed(text, start..i, &mut spans);
        start = i + separator.len();
    }
    push_trimmed(text, start..text.len(), &mut spans);
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_vietnamese_and_keeps_offsets() {
        let original = "Thủ tướng Phạm Minh Chính và Đà Nẵng";
        let folded = Folded::new(original);
        assert_eq!(folded.text, "Thu tuong Pham Minh Chinh va Da Nang");
        let at = folded.text.find("Chinh").unwrap();
        let range = folded.original(at..at + "Chinh".len());
        assert_eq!(&original[range], "Chính");
        let at = folded.text.find("Da Nang").unwrap();
        assert_eq!(&original[folded.original(at..at + 7)], "Đà Nẵng");
    }

    #[test]
    fn name_keys_ignore_case_diacritics_and_punctuation() {
        assert_eq!(name_key("Võ Văn Thưởng"), "vo van thuong");
        assert_eq!(name_key("St. Petersburg"), "st petersburg");
    }

    #[test]
    fn splits_sentences_but_not_abbreviations_or_initials() {
        let text = "HANOI, Dec. 13 (Xinhua) -- Xi met Chinh. The U.S. said so.\nPutin arrived. Vladimir V. Putin spoke on Sept. 5.";
        let got: Vec<&str> = sentences(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            got,
            [
                "HANOI, Dec. 13 (Xinhua) -- Xi met Chinh.",
                "The U.S. said so.",
                "Putin arrived.",
                "Vladimir V. Putin spoke on Sept. 5."
            ]
        );
    }

    #[test]
    fn char_offsets_count_code_points() {
        let text = "Việt Nam và Nga";
        let offsets = CharOffsets::new(text);
        let byte = text.find("Nga").unwrap();
        assert_eq!(offsets.char_offset(byte), 12);
        assert_eq!(offsets.char_offset(text.len()), text.chars().count());
    }
}
