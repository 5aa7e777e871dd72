//! What each command reads, writes and exits with.

use std::fs;

use crate::{scratch, stderr, stdout, summitry};

const GOOD_ARTICLE: &str = "HANOI, June 20 - Vietnamese Prime Minister Pham Minh Chinh held \
talks with Russian President Vladimir Putin in Hanoi on June 20, 2024.";

/// A folder with a good article, a non-UTF-8 file and an empty file.
fn mixed_folder(name: &str) -> std::path::PathBuf {
    let dir = scratch(name);
    fs::write(dir.join("good.txt"), GOOD_ARTICLE).unwrap();
    fs::write(dir.join("latin1.txt"), b"Ha N\xf4i talks\n").unwrap();
    fs::write(dir.join("empty.txt"), "").unwrap();
    dir
}

#[test]
fn analyze_without_paths_summarises_the_sample_corpus() {
    let output = summitry(&["analyze"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    for heading in ["Documents (", "Events (", "Meetings per year ("] {
        assert!(text.contains(heading), "{heading} missing from:\n{text}");
    }
}

#[test]
fn analyze_reports_bad_files_on_stderr_and_still_succeeds() {
    let dir = mixed_folder("analyze");
    let output = summitry(&["analyze", dir.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let problems = stderr(&output);
    assert!(problems.contains("latin1.txt") && problems.contains("UTF-8"), "{problems}");
    assert!(problems.contains("empty.txt"), "{problems}");
    assert!(stdout(&output).contains("Documents (3)"), "{}", stdout(&output));
}

#[test]
fn nothing_readable_exits_with_1() {
    let dir = scratch("unreadable");
    let missing = dir.join("missing.txt");
    let output = summitry(&["analyze", missing.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("missing.txt"), "{}", stderr(&output));
}

#[test]
fn usage_errors_exit_with_2() {
    assert_eq!(summitry(&["extract"]).status.code(), Some(2));
    assert_eq!(summitry(&["analyze", "--no-such-option"]).status.code(), Some(2));
}

#[test]
fn help_documents_the_exit_statuses() {
    let text = stdout(&summitry(&["--help"]));
    assert!(text.contains("Exit status") && text.contains("usage error"), "{text}");
}

#[test]
fn extract_writes_three_tables_in_the_chosen_format() {
    let input = mixed_folder("extract-in");
    let out = scratch("extract-out");
    let output = summitry(&[
        "extract",
        input.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--format",
        "jsonl",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let documents = fs::read_to_string(out.join("documents.jsonl")).unwrap();
    let rows: Vec<serde_json::Value> = documents
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let outcomes: Vec<(&str, &str)> = rows
        .iter()
        .map(|r| (r["doc_id"].as_str().unwrap(), r["outcome"].as_str().unwrap()))
        .collect();
    assert_eq!(
        outcomes,
        [("empty", "warning"), ("good", "ok"), ("latin1", "error")]
    );
    assert!(out.join("events.jsonl").is_file() && out.join("meetings.jsonl").is_file());

    let parquet_out = scratch("extract-parquet");
    let output = summitry(&["extract", input.to_str().unwrap(), "-o", parquet_out.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let magic = fs::read(parquet_out.join("documents.parquet")).unwrap();
    assert_eq!(&magic[..4], b"PAR1");
}

#[test]
fn events_writes_document_topics_for_every_document() {
    let input = mixed_folder("events");
    let docs = input.join("docs.jsonl.out");
    let output = summitry(&[
        "events",
        input.to_str().unwrap(),
        "--jsonl",
        "--documents",
        docs.to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    for line in stdout(&output).lines() {
        let event: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(event["doc_id"], "good");
    }
    let lines: Vec<serde_json::Value> = fs::read_to_string(&docs)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert!(lines.iter().all(|l| l["topics"].is_array()));
}

#[test]
fn timex_writes_one_line_per_document_and_reports_bad_lines() {
    let dir = scratch("timex");
    let input = dir.join("in.jsonl");
    fs::write(
        &input,
        "{\"doc_id\": \"d1\", \"dct\": \"2024-06-20\", \"text\": \"Phạm Minh Chính arrived on June 19, 2024.\"}\n\
         not json\n\
         {\"doc_id\": \"d2\", \"text\": \"\"}\n",
    )
    .unwrap();
    let output = summitry(&["timex", input.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stderr(&output).contains("in.jsonl:2"), "{}", stderr(&output));
    let lines: Vec<serde_json::Value> = stdout(&output)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["doc_id"], "d1");
    assert_eq!(lines[1]["timexes"], serde_json::json!([]));
    // Offsets are code points: whatever the engine finds lies inside the 41-character text.
    for timex in lines[0]["timexes"].as_array().unwrap() {
        assert!(timex["end"].as_u64().unwrap() <= 41, "{timex}");
    }
}
