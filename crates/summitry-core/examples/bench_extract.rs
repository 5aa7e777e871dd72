//! Full-pipeline extraction throughput on one core, or with `--entities` the actor layer alone
//! (people, places and countries recognised and resolved).
//!
//! ```sh
//! cargo run --release -p summitry-core --example bench_extract -- [ROUNDS] [--entities] [PATH...]
//! ```
//! With no path, the bundled sample corpus is used.

use std::time::Instant;

use summitry_core::actors::find_actors;
use summitry_core::knowledge::KnowledgeBase;
use summitry_core::{sample_corpus, Corpus, Extractor};

fn main() -> Result<(), summitry_core::Error> {
    let mut args = std::env::args().skip(1);
    let rounds: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(20);
    let mut paths: Vec<String> = args.collect();
    let entities_only = paths.first().is_some_and(|a| a == "--entities");
    if entities_only {
        paths.remove(0);
    }
    let corpus = if paths.is_empty() { sample_corpus() } else { Corpus::from_files(&paths)? };
    let bytes: usize = corpus.documents.iter().map(|d| d.text.len()).sum();
    let extractor = Extractor::new();
    let kb = KnowledgeBase::builtin();
    // Warm up: the knowledge base and automata are built once, on first use.
    extractor.extract_document(&corpus.documents[0]);
    let start = Instant::now();
    let mut found = 0;
    for _ in 0..rounds {
        for doc in &corpus.documents {
            found += if entities_only {
                find_actors(&doc.text, &kb, doc.published).mentions.len()
            } else {
                extractor.extract_document(doc).1.len()
            };
        }
    }
    let what = if entities_only { "person mentions" } else { "events" };
    let seconds = start.elapsed().as_secs_f64();
    let mb = (bytes * rounds) as f64 / 1e6;
    println!(
        "{} documents x {rounds} rounds, {:.2} MB: {:.2} MB/s, {:.0} docs/s on one core ({found} {what})",
        corpus.len(),
        mb,
        mb / seconds,
        (corpus.len() * rounds) as f64 / seconds
    );
    Ok(())
}
