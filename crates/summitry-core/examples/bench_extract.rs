//! Full-pipeline extraction throughput on one core.
//!
//! ```sh
//! cargo run --release -p summitry-core --example bench_extract -- [ROUNDS] [PATH...]
//! ```
//! With no path, the bundled sample corpus is used.

use std::time::Instant;

use summitry_core::{sample_corpus, Corpus, Extractor};

fn main() -> Result<(), summitry_core::Error> {
    let mut args = std::env::args().skip(1);
    let rounds: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(20);
    let paths: Vec<String> = args.collect();
    let corpus = if paths.is_empty() { sample_corpus() } else { Corpus::from_files(&paths)? };
    let bytes: usize = corpus.documents.iter().map(|d| d.text.len()).sum();
    let extractor = Extractor::new();
    // Warm up: the knowledge base and automata are built once, on first use.
    extractor.extract_document(&corpus.documents[0]);
    let start = Instant::now();
    let mut events = 0;
    for _ in 0..rounds {
        for doc in &corpus.documents {
            events += extractor.extract_document(doc).1.len();
        }
    }
    let seconds = start.elapsed().as_secs_f64();
    let mb = (bytes * rounds) as f64 / 1e6;
    println!(
        "{} documents x {rounds} rounds, {:.2} MB: {:.2} MB/s, {:.0} docs/s on one core ({events} events)",
        corpus.len(),
        mb,
        mb / seconds,
        (corpus.len() * rounds) as f64 / seconds
    );
    Ok(())
}
