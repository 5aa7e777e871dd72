//! The `summitry` command: dated diplomatic events from English news.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget};
use serde_json::json;
use summitry_analytics::polars::prelude::*;
use summitry_analytics::{meeting_frequency, timexes_frame, By, Period, TableFormat, Tables};
use summitry_core::{Corpus, Event, Extraction, Extractor};

const EXIT_STATUS_HELP: &str = "\
Exit status:
  0  success, even when some documents were bad (they are reported on stderr)
  1  no document could be read at all, or the output could not be written
  2  usage error (unknown option, missing argument)";

/// Dated diplomatic events from English news: who met whom, where, when, and about what.
#[derive(Debug, Parser)]
#[command(name = "summitry", version, after_help = EXIT_STATUS_HELP)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Print a readable summary: documents, events, meetings per year, top topics.
    #[command(after_help = EXIT_STATUS_HELP)]
    Analyze {
        /// Folders, text files, .jsonl or .csv files; none = the bundled sample corpus.
        paths: Vec<PathBuf>,
    },
    /// Write the documents, events and meetings tables into a folder.
    #[command(after_help = EXIT_STATUS_HELP)]
    Extract {
        /// Folders, text files, .jsonl or .csv files.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// The output folder (created if missing).
        #[arg(short, long)]
        output: PathBuf,
        #[arg(long, value_enum, default_value_t = Format::Parquet)]
        format: Format,
    },
    /// Write one event per line as JSON on stdout (the event model's field names).
    #[command(after_help = EXIT_STATUS_HELP)]
    Events {
        /// Folders, text files, .jsonl or .csv files.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Write JSON lines (the only output format, and the default).
        #[arg(long)]
        jsonl: bool,
        /// Also write `{doc_id, topics}` per document to this file.
        #[arg(long)]
        documents: Option<PathBuf>,
    },
    /// Read `{doc_id, dct, text}` lines; write `{doc_id, timexes: [{start, end, type, value}]}`
    /// lines on stdout, offsets in code points.
    #[command(after_help = EXIT_STATUS_HELP)]
    Timex {
        /// A JSONL file.
        input: PathBuf,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Format {
    Parquet,
    Csv,
    Jsonl,
}

impl From<Format> for TableFormat {
    fn from(format: Format) -> Self {
        match format {
            Format::Parquet => TableFormat::Parquet,
            Format::Csv => TableFormat::Csv,
            Format::Jsonl => TableFormat::Jsonl,
        }
    }
}

/// A failure that ends the run with exit status 1.
#[derive(Debug)]
struct Failure(String);

impl<E: std::fmt::Display> From<E> for Failure {
    fn from(err: E) -> Self {
        Failure(err.to_string())
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Analyze { paths } => analyze(&paths),
        Command::Extract {
            paths,
            output,
            format,
        } => extract(&paths, &output, format.into()),
        Command::Events {
            paths, documents, ..
        } => events(&paths, documents.as_deref()),
        Command::Timex { input } => timex(&input),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure(message)) => {
            eprintln!("summitry: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Loads the corpus, reports its input problems on stderr, and fails when nothing is readable.
fn load(paths: &[PathBuf]) -> Result<Corpus, Failure> {
    let corpus = if paths.is_empty() {
        summitry_core::sample_corpus()
    } else {
        Corpus::from_files(paths)?
    };
    for (_, issue) in corpus.issues() {
        eprintln!("{issue}");
    }
    if !paths.is_empty() && corpus.documents.iter().all(summitry_core::Document::is_unreadable) {
        return Err(Failure("no document could be read".to_owned()));
    }
    Ok(corpus)
}

/// Extracts with a progress bar on stderr, drawn only on a terminal and once the run has taken
/// more than a second (short runs stay quiet).
fn extract_with_progress(corpus: &Corpus) -> Extraction {
    let bar = ProgressBar::hidden();
    bar.set_length(corpus.len() as u64);
    let shown = AtomicBool::new(false);
    let stderr_is_terminal = io::stderr().is_terminal();
    let extraction = Extractor::new().extract_with_progress(corpus, |n| {
        bar.inc(n as u64);
        if stderr_is_terminal
            && bar.elapsed() > Duration::from_secs(1)
            && !shown.swap(true, Ordering::Relaxed)
        {
            bar.set_draw_target(ProgressDrawTarget::stderr());
        }
    });
    bar.finish_and_clear();
    extraction
}

fn analyze(paths: &[PathBuf]) -> Result<(), Failure> {
    let corpus = load(paths)?;
    let extraction = extract_with_progress(&corpus);
    let tables = Tables::from_extraction(&extraction)?;
    let mut out = io::stdout().lock();

    let documents = tables
        .documents
        .select(["doc_id", "outcome", "n_chars", "published", "n_events"])?;
    writeln!(out, "Documents ({}):\n{documents}\n", documents.height())?;

    let events = tables.events.select([
        "doc_id",
        "kind",
        "date",
        "date_precision",
        "participants",
        "location",
        "status",
    ])?;
    writeln!(out, "Events ({}):\n{events}\n", events.height())?;

    let meetings_only = tables
        .meetings
        .clone()
        .lazy()
        .filter(col("kind").eq(lit("meeting")))
        .collect()?;
    let per_year = meeting_frequency(&meetings_only, Period::Year, By::None)?;
    writeln!(
        out,
        "Meetings per year ({} meetings in all):\n{per_year}\n",
        tables.meetings.height()
    )?;

    let topics = top_topics(&extraction, 10);
    if !topics.is_empty() {
        writeln!(out, "Top topics:")?;
        for (topic, mentions) in topics {
            writeln!(out, "  {topic:<24} {mentions}")?;
        }
    }
    Ok(())
}

/// Topics by their mentions summed over documents, most mentioned first.
fn top_topics(extraction: &Extraction, limit: usize) -> Vec<(String, u32)> {
    let mut totals: BTreeMap<&str, u32> = BTreeMap::new();
    for document in &extraction.documents {
        for (topic, mentions) in &document.topics {
            *totals.entry(topic).or_default() += mentions;
        }
    }
    let mut ranked: Vec<(String, u32)> = totals
        .into_iter()
        .map(|(topic, n)| (topic.to_owned(), n))
        .collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    ranked.truncate(limit);
    ranked
}

fn extract(paths: &[PathBuf], output: &Path, format: TableFormat) -> Result<(), Failure> {
    let corpus = load(paths)?;
    let tables = Tables::from_extraction(&extract_with_progress(&corpus))?;
    for path in tables.write(output, format)? {
        eprintln!("wrote {}", path.display());
    }
    Ok(())
}

fn events(paths: &[PathBuf], documents: Option<&Path>) -> Result<(), Failure> {
    let corpus = load(paths)?;
    let extraction = extract_with_progress(&corpus);
    let mut out = BufWriter::new(io::stdout().lock());
    for event in &extraction.events {
        writeln!(out, "{}", event_json(event))?;
    }
    out.flush()?;
    if let Some(path) = documents {
        let file = File::create(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut file = BufWriter::new(file);
        for document in &extraction.documents {
            let topics: Vec<&str> = document.topics.iter().map(|(t, _)| t.as_str()).collect();
            writeln!(file, "{}", json!({"doc_id": document.doc_id, "topics": topics}))?;
        }
        file.flush()?;
    }
    Ok(())
}

/// An event in the field names of the event model, its date cut to its precision.
fn event_json(event: &Event) -> serde_json::Value {
    json!({
        "doc_id": event.doc_id,
        "kind": event.kind.as_str(),
        "date": event.date_text(),
        "date_precision": event.date_precision.map(summitry_core::Precision::as_str),
        "date_end": event.date_end.map(|d| d.format("%Y-%m-%d").to_string()),
        "participants": event.participants,
        "countries": event.countries,
        "location": event.location,
        "location_country": event.location_country,
        "status": event.status.as_str(),
        "evidence": event.evidence,
        "start": event.start,
        "end": event.end,
        "topics": event.topics,
        "date_basis": event.date_basis.as_str(),
        "confidence": event.confidence,
    })
}

fn timex(input: &Path) -> Result<(), Failure> {
    let file = File::open(input).map_err(|e| format!("{}: {e}", input.display()))?;
    let mut out = BufWriter::new(io::stdout().lock());
    let mut n_read = 0;
    let mut n_lines = 0;
    for (index, line) in BufReader::new(file).lines().enumerate() {
        let line_no = index + 1;
        let line = line.map_err(|e| format!("{}:{line_no}: {e}", input.display()))?;
        if line.trim().is_empty() {
            continue;
        }
        n_lines += 1;
        let Some((doc_id, dct, text)) = parse_timex_input(&line) else {
            eprintln!(
                "error: {}:{line_no}: expected a JSON object with `doc_id` and `text`",
                input.display()
            );
            continue;
        };
        let frame = timexes_frame(&text, dct)?;
        let mut timexes = Vec::with_capacity(frame.height());
        for row in 0..frame.height() {
            let full = summitry_analytics::row_to_json(&frame, row)?;
            timexes.push(json!({
                "start": full["start"],
                "end": full["end"],
                "type": full["type"],
                "value": full["value"],
            }));
        }
        writeln!(out, "{}", json!({"doc_id": doc_id, "timexes": timexes}))?;
        n_read += 1;
    }
    out.flush()?;
    if n_lines > 0 && n_read == 0 {
        return Err(Failure("no document could be read".to_owned()));
    }
    Ok(())
}

/// `doc_id`, the reference date (`dct`, first ten characters as `YYYY-MM-DD`) and `text`.
fn parse_timex_input(line: &str) -> Option<(String, Option<NaiveDate>, String)> {
    let value: serde_json::Value = serde_json::from_str(line).ok()?;
    let doc_id = value.get("doc_id")?.as_str()?.to_owned();
    let text = value.get("text")?.as_str()?.to_owned();
    let dct = value
        .get("dct")
        .and_then(serde_json::Value::as_str)
        .and_then(|d| NaiveDate::parse_from_str(d.get(..10).unwrap_or(d), "%Y-%m-%d").ok());
    Some((doc_id, dct, text))
}
