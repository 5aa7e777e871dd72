//! Extracts events from files or folders and prints one JSON event per line.
//!
//! ```sh
//! cargo run --release -p summitry-core --example extract_jsonl -- ../shared/corpus/seeds
//! ```

use summitry_core::{Corpus, Extractor};

fn main() -> Result<(), summitry_core::Error> {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    let corpus = Corpus::from_files(&paths)?;
    let extraction = Extractor::new().extract(&corpus);
    for event in &extraction.events {
        let mut value = serde_json::to_value(event).expect("events serialise");
        value["date"] = event.date_text().into();
        println!("{value}");
    }
    for doc in &extraction.documents {
        let topics: Vec<&str> = doc.topics.iter().map(|(t, _)| t.as_str()).collect();
        eprintln!("{}", serde_json::json!({"doc_id": doc.doc_id, "topics": topics, "topic_counts": doc.topics, "published": doc.published, "reference": doc.reference_date}));
    }
    Ok(())
}
