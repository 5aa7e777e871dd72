//! Documents and the loaders that build a [`Corpus`] from folders, files, JSONL, CSV or strings.
//!
//! Loading never loses a document: a file that cannot be read, is not UTF-8, is empty, or a
//! malformed JSONL line still becomes a [`Document`] (with empty text) that carries an
//! [`InputIssue`] naming the file and line, so that it shows up in the `documents` table.

use std::collections::BTreeMap;
use std::fs;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// How serious an input problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The document could not be read; it has no text.
    Error,
    /// The document was read but is suspicious (empty, binary-looking); it is still processed.
    Warning,
}

/// A problem met while reading one document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InputIssue {
    pub severity: Severity,
    /// The file the document came from (or `<memory>`).
    pub file: String,
    /// 1-based line number for line-oriented inputs (JSONL, CSV).
    pub line: Option<usize>,
    pub message: String,
}

impl std::fmt::Display for InputIssue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        match self.line {
            Some(line) => write!(f, "{level}: {}:{line}: {}", self.file, self.message),
            None => write!(f, "{level}: {}: {}", self.file, self.message),
        }
    }
}

/// One input document, its text kept exactly as read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// File stem for a folder of files; the given id (or a generated one) otherwise.
    pub id: String,
    pub text: String,
    /// A publication date given by the caller (JSONL `published`, a `DataFrame` column).
    /// When absent, extraction looks for one in the text.
    pub published: Option<NaiveDate>,
    /// Where the document came from: a path, or `path:line` for line-oriented inputs.
    pub source: Option<String>,
    /// Other fields of structured inputs (JSONL keys, CSV columns), as text.
    pub metadata: BTreeMap<String, String>,
    /// What went wrong while reading it, if anything.
    pub issue: Option<InputIssue>,
}

impl Document {
    /// A document from an id and its text.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        let text = text.into();
        let id = id.into();
        let issue = check_text(&text, "<memory>", None);
        Document {
            id,
            text,
            published: None,
            source: None,
            metadata: BTreeMap::new(),
            issue,
        }
    }

    /// Sets the publication date given by the caller.
    #[must_use]
    pub fn with_published(mut self, published: Option<NaiveDate>) -> Self {
        self.published = published;
        self
    }

    fn failed(id: String, source: String, issue: InputIssue) -> Self {
        Document {
            id,
            text: String::new(),
            published: None,
            source: Some(source),
            metadata: BTreeMap::new(),
            issue: Some(issue),
        }
    }

    /// True when the document could not be read (its text is empty for that reason).
    pub fn is_unreadable(&self) -> bool {
        matches!(&self.issue, Some(i) if i.severity == Severity::Error)
    }
}

/// Warnings for texts that were read but will give nothing useful.
fn check_text(text: &str, file: &str, line: Option<usize>) -> Option<InputIssue> {
    let warn = |message: &str| {
        Some(InputIssue {
            severity: Severity::Warning,
            file: file.to_owned(),
            line,
            message: message.to_owned(),
        })
    };
    if text.trim().is_empty() {
        return warn("empty text");
    }
    // Binary junk that happens to be valid UTF-8: many control characters.
    let sample: Vec<char> = text.chars().take(4096).collect();
    let control = sample
        .iter()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        .count();
    if control * 10 > sample.len() {
        return warn("text looks binary (many control characters)");
    }
    None
}

/// A collection of documents, in input order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Corpus {
    pub documents: Vec<Document>,
}

/// Extensions read as plain-text articles when walking a folder.
const TEXT_EXTENSIONS: &[&str] = &["txt", "md"];

impl Corpus {
    /// A corpus from documents built by the caller.
    pub fn from_documents(documents: Vec<Document>) -> Self {
        Corpus { documents }
    }

    /// A corpus from strings; ids are `doc-0`, `doc-1`, ... unless given.
    pub fn from_texts<S: Into<String>>(texts: impl IntoIterator<Item = S>) -> Self {
        let documents = texts
            .into_iter()
            .enumerate()
            .map(|(i, text)| Document::new(format!("doc-{i}"), text))
            .collect();
        Corpus { documents }
    }

    /// Every `.txt` and `.md` file under `dir`, recursively, in path order, except hidden files
    /// and those that describe the folder (README, LICENSE, CHANGELOG, ...).
    /// The document id is the file stem (the relative path without extension when two stems clash).
    pub fn from_dir(dir: impl AsRef<Path>) -> Result<Self> {
        let dir = dir.as_ref();
        let mut paths = Vec::new();
        walk(dir, &mut paths)?;
        paths.sort();
        let mut corpus = Corpus::default();
        let ids = unique_ids(dir, &paths);
        for (path, id) in paths.iter().zip(ids) {
            corpus.documents.push(read_text_file(path, id));
        }
        Ok(corpus)
    }

    /// Files given one by one: `.jsonl` and `.csv` are read as tables of documents, folders
    /// are walked, anything else is one plain-text document. A file that cannot be used is
    /// reported as a document with an issue, never dropped.
    pub fn from_files<P: AsRef<Path>>(paths: impl IntoIterator<Item = P>) -> Result<Self> {
        let mut corpus = Corpus::default();
        for path in paths {
            let path = path.as_ref();
            let loaded = if path.is_dir() {
                Corpus::from_dir(path)
            } else {
                match extension(path).as_deref() {
                    Some("jsonl" | "ndjson") => Corpus::from_jsonl(path),
                    Some("csv") => Corpus::from_csv(path),
                    _ => Ok(Corpus {
                        documents: vec![read_text_file(path, stem(path))],
                    }),
                }
            };
            match loaded {
                Ok(part) => corpus.documents.extend(part.documents),
                Err(err) => corpus.documents.push(Document::failed(
                    stem(path),
                    path.display().to_string(),
                    InputIssue {
                        severity: Severity::Error,
                        file: path.display().to_string(),
                        line: None,
                        message: err.to_string(),
                    },
                )),
            }
        }
        Ok(corpus)
    }

    /// One JSON object per line with a `text` field and optional `doc_id` (or `id`),
    /// `published` (`YYYY-MM-DD`) and `source`; other fields go to metadata.
    /// A bad line becomes a document with an issue naming the file and line.
    pub fn from_jsonl(path: impl AsRef<Path>) -> Result<Self> {
        let path = path.as_ref();
        let file = fs::File::open(path).map_err(|e| Error::io(path, e))?;
        Self::from_jsonl_reader(BufReader::new(file), &path.display().to_string())
    }

    /// Like [`Corpus::from_jsonl`], from any reader; `name` is used in ids and messages.
    pub fn from_jsonl_reader(mut reader: impl BufRead, name: &str) -> Result<Self> {
        let mut corpus = Corpus::default();
        let base = Path::new(name)
            .file_stem()
            .map_or_else(|| name.to_owned(), |s| s.to_string_lossy().into_owned());
        let mut buf = Vec::new();
        let mut line_no = 0;
        loop {
            buf.clear();
            let n = reader
                .read_until(b'\n', &mut buf)
                .map_err(|e| Error::io(name, e))?;
            if n == 0 {
                break;
            }
            line_no += 1;
            let fallback_id = format!("{base}:{line_no}");
            let source = format!("{name}:{line_no}");
            let fail = |message: String| {
                Document::failed(
                    fallback_id.clone(),
                    source.clone(),
                    InputIssue {
                        severity: Severity::Error,
                        file: name.to_owned(),
                        line: Some(line_no),
                        message,
                    },
                )
            };
            let Ok(line) = std::str::from_utf8(&buf) else {
                corpus.documents.push(fail("line is not valid UTF-8".into()));
                continue;
            };
            if line.trim().is_empty() {
                continue;
            }
            let value: serde_json::Value = match serde_json::from_str(line) {
                Ok(v) => v,
                Err(e) => {
                    corpus.documents.push(fail(format!("malformed JSON: {e}")));
                    continue;
                }
            };
            let serde_json::Value::Object(map) = value else {
                corpus.documents.push(fail("expected a JSON object".into()));
                continue;
            };
            let mut fields: BTreeMap<String, String> = map
                .into_iter()
                .map(|(k, v)| {
                    let s = match v {
                        serde_json::Value::String(s) => s,
                        serde_json::Value::Null => String::new(),
                        other => other.to_string(),
                    };
                    (k, s)
                })
                .collect();
            let id = fields
                .remove("doc_id")
                .or_else(|| fields.remove("id"))
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| fallback_id.clone());
            let Some(text) = fields.remove("text") else {
                corpus
                    .documents
                    .push(fail("no `text` field".into()).with_id(id));
                continue;
            };
            let mut doc = Document::new(id, text);
            doc.source = Some(fields.remove("source").unwrap_or(source));
            if let Some(issue) = &mut doc.issue {
                name.clone_into(&mut issue.file);
                issue.line = Some(line_no);
            }
            match parse_published(fields.remove("published")) {
                Ok(date) => doc.published = date,
                Err(bad) => {
                    doc.issue.get_or_insert(InputIssue {
                        severity: Severity::Warning,
                        file: name.to_owned(),
                        line: Some(line_no),
                        message: format!("`published` is not a YYYY-MM-DD date: {bad:?} (ignored)"),
                    });
                }
            }
            doc.metadata = fields;
            corpus.documents.push(doc);
        }
        Ok(corpus)
    }

    /// A CSV file with a header row holding a `text` column, and optional `doc_id`/`id`,
    /// `published` and `source` columns; other columns go to metadata.
    /// Fails as a whole (naming the file) only when there is no `text` column.
    pub fn from_csv(path: impl AsRef<Path>) -> Result<Self> {
        let path = path.as_ref();
        let file = fs::File::open(path).map_err(|e| Error::io(path, e))?;
        Self::from_csv_reader(file, &path.display().to_string())
    }

    /// Like [`Corpus::from_csv`], from any reader; `name` is used in ids and messages.
    pub fn from_csv_reader(reader: impl Read, name: &str) -> Result<Self> {
        let mut rdr = csv::ReaderBuilder::new().flexible(true).from_reader(reader);
        let headers: Vec<String> = rdr
            .byte_headers()
            .map_err(|e| Error::Format {
                path: PathBuf::from(name),
                message: format!("cannot read the header row: {e}"),
            })?
            .iter()
            .map(|h| String::from_utf8_lossy(h).trim().to_owned())
            .collect();
        let col = |names: &[&str]| headers.iter().position(|h| names.contains(&h.as_str()));
        let text_col = col(&["text"]).ok_or_else(|| Error::Format {
            path: PathBuf::from(name),
            message: format!("line 1: no `text` column (columns: {})", headers.join(", ")),
        })?;
        let id_col = col(&["doc_id", "id"]);
        let base = Path::new(name)
            .file_stem()
            .map_or_else(|| name.to_owned(), |s| s.to_string_lossy().into_owned());
        let mut corpus = Corpus::default();
        for (i, record) in rdr.byte_records().enumerate() {
            // The header is line 1; records may span lines, so this is the record's number + 1.
            let line_no = i + 2;
            let fallback_id = format!("{base}:{line_no}");
            let issue = |message: String| InputIssue {
                severity: Severity::Error,
                file: name.to_owned(),
                line: Some(line_no),
                message,
            };
            let record = match record {
                Ok(r) => r,
                Err(e) => {
                    corpus.documents.push(Document::failed(
                        fallback_id,
                        format!("{name}:{line_no}"),
                        issue(format!("malformed CSV record: {e}")),
                    ));
                    continue;
                }
            };
            let mut fields = BTreeMap::new();
            let mut bad_utf8 = false;
            for (h, v) in headers.iter().zip(record.iter()) {
                match std::str::from_utf8(v) {
                    Ok(s) => {
                        fields.insert(h.clone(), s.to_owned());
                    }
                    Err(_) => bad_utf8 = true,
                }
            }
            let id = id_col
                .and_then(|c| fields.remove(&headers[c]))
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| fallback_id.clone());
            if bad_utf8 || record.get(text_col).is_none() {
                let why = if bad_utf8 {
                    "a field is not valid UTF-8"
                } else {
                    "the record has no value in the `text` column"
                };
                corpus.documents.push(Document::failed(
                    id,
                    format!("{name}:{line_no}"),
                    issue(why.to_owned()),
                ));
                continue;
            }
            let text = fields.remove("text").unwrap_or_default();
            let mut doc = Document::new(id, text);
            if let Some(issue) = &mut doc.issue {
                name.clone_into(&mut issue.file);
                issue.line = Some(line_no);
            }
            doc.source = Some(
                fields
                    .remove("source")
                    .unwrap_or_else(|| format!("{name}:{line_no}")),
            );
            match parse_published(fields.remove("published")) {
                Ok(date) => doc.published = date,
                Err(bad) => {
                    doc.issue.get_or_insert(InputIssue {
                        severity: Severity::Warning,
                        file: name.to_owned(),
                        line: Some(line_no),
                        message: format!("`published` is not a YYYY-MM-DD date: {bad:?} (ignored)"),
                    });
                }
            }
            doc.metadata = fields;
            corpus.documents.push(doc);
        }
        Ok(corpus)
    }

    /// Number of documents.
    pub fn len(&self) -> usize {
        self.documents.len()
    }

    /// True when there are no documents.
    pub fn is_empty(&self) -> bool {
        self.documents.is_empty()
    }

    /// Every input problem, in document order.
    pub fn issues(&self) -> impl Iterator<Item = (&Document, &InputIssue)> {
        self.documents
            .iter()
            .filter_map(|d| d.issue.as_ref().map(|i| (d, i)))
    }
}

impl Document {
    fn with_id(mut self, id: String) -> Self {
        self.id = id;
        self
    }
}

/// `Ok(None)` for a missing or empty value, `Err(value)` for one that is not a date.
fn parse_published(value: Option<String>) -> Result<Option<NaiveDate>, String> {
    let Some(value) = value else { return Ok(None) };
    let v = value.trim();
    if v.is_empty() {
        return Ok(None);
    }
    // Accept a timestamp too: its first ten characters are the date.
    let day = v.get(..10).unwrap_or(v);
    NaiveDate::parse_from_str(day, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| value.clone())
}

fn extension(path: &Path) -> Option<String> {
    path.extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
}

fn stem(path: &Path) -> String {
    path.file_stem().map_or_else(
        || path.display().to_string(),
        |s| s.to_string_lossy().into_owned(),
    )
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    let entries = fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(dir, e))?;
        let path = entry.path();
        let file_type = entry.file_type().map_err(|e| Error::io(&path, e))?;
        if is_hidden_or_about_the_folder(&path) {
            continue;
        }
        if file_type.is_dir() {
            walk(&path, out)?;
        } else if extension(&path).is_some_and(|e| TEXT_EXTENSIONS.contains(&e.as_str())) {
            out.push(path);
        }
    }
    Ok(())
}

/// Files that describe a folder rather than report news: a README or licence next to the
/// articles, and hidden files and folders (`.git`, editor backups).
fn is_hidden_or_about_the_folder(path: &Path) -> bool {
    const ABOUT_THE_FOLDER: &[&str] = &["readme", "license", "licence", "changelog", "contributing", "notice", "authors", "copying"];
    let name = path.file_name().map(|n| n.to_string_lossy().to_ascii_lowercase()).unwrap_or_default();
    let stem = name.split('.').next().unwrap_or_default();
    name.starts_with('.') || ABOUT_THE_FOLDER.contains(&stem)
}

/// File stems, or relative paths without extension where two files share a stem.
fn unique_ids(root: &Path, paths: &[PathBuf]) -> Vec<String> {
    let stems: Vec<String> = paths.iter().map(|p| stem(p)).collect();
    stems
        .iter()
        .zip(paths)
        .map(|(s, p)| {
            if stems.iter().filter(|t| *t == s).count() > 1 {
                let rel = p.strip_prefix(root).unwrap_or(p).with_extension("");
                rel.to_string_lossy().replace('\\', "/")
            } else {
                s.clone()
            }
        })
        .collect()
}

fn read_text_file(path: &Path, id: String) -> Document {
    let name = path.display().to_string();
    let fail = |message: String| {
        Document::failed(
            id.clone(),
            name.clone(),
            InputIssue {
                severity: Severity::Error,
                file: name.clone(),
                line: None,
                message,
            },
        )
    };
    let bytes = match fs::read(path) {
        Ok(b) => b,
        Err(e) => return fail(format!("cannot read: {e}")),
    };
    match String::from_utf8(bytes) {
        Ok(text) => {
            let mut doc = Document::new(id.clone(), text);
            doc.source = Some(name.clone());
            if let Some(issue) = &mut doc.issue {
                issue.file.clone_from(&name);
            }
            doc
        }
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            let bytes = e.as_bytes();
            // Once per bad file: a plain count is fast enough, no extra crate needed.
            #[allow(clippy::naive_bytecount)]
            let line = bytes[..offset].iter().filter(|&&b| b == b'\n').count() + 1;
            Document::failed(
                id,
                name.clone(),
                InputIssue {
                    severity: Severity::Error,
                    file: name,
                    line: Some(line),
                    message: format!("not valid UTF-8 (first bad byte at offset {offset})"),
                },
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jsonl_keeps_good_lines_and_reports_bad_ones() {
        let input = b"{\"doc_id\": \"a\", \"text\": \"Hello\", \"published\": \"2024-06-20\"}\n\
                      not json\n\
                      {\"text\": \"second\", \"lang\": \"en\"}\n\
                      \xff\xfe\n" as &[u8];
        let corpus = Corpus::from_jsonl_reader(input, "news.jsonl").unwrap();
        let ids: Vec<&str> = corpus.documents.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["a", "news:2", "news:3", "news:4"]);
        assert_eq!(corpus.documents[0].published, NaiveDate::from_ymd_opt(2024, 6, 20));
        let bad = corpus.documents[1].issue.as_ref().unwrap();
        assert_eq!((bad.file.as_str(), bad.line), ("news.jsonl", Some(2)));
        assert!(bad.message.contains("malformed JSON"));
        assert_eq!(corpus.documents[2].metadata["lang"], "en");
        assert!(corpus.documents[3].is_unreadable());
    }

    #[test]
    fn csv_without_text_column_is_an_error_naming_the_file() {
        let err = Corpus::from_csv_reader(&b"id,body\n1,hello\n"[..], "x.csv").unwrap_err();
        let message = err.to_string();
        assert!(message.contains("x.csv") && message.contains("text"), "{message}");
    }

    #[test]
    fn csv_reads_rows_with_ids_and_dates() {
        let input = "doc_id,published,text,outlet\nn1,2023-10-17,\"A, quoted\ntext\",VNS\n";
        let corpus = Corpus::from_csv_reader(input.as_bytes(), "x.csv").unwrap();
        let doc = &corpus.documents[0];
        assert_eq!(doc.id, "n1");
        assert_eq!(doc.text, "A, quoted\ntext");
        assert_eq!(doc.metadata["outlet"], "VNS");
        assert!(doc.issue.is_none());
    }

    #[test]
    fn empty_and_binary_texts_are_warned_about() {
        assert!(Document::new("e", "  \n").issue.is_some());
        assert!(Document::new("b", "\u{1}\u{2}\u{3}abc\u{4}\u{5}").issue.is_some());
        assert!(Document::new("ok", "Putin met Trong.").issue.is_none());
    }
}
