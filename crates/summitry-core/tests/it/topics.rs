//! Document topics: a topic is tagged when the text discusses it, not when a word for it
//! appears in passing.

use summitry_core::{Document, Extractor};

fn topics_of(text: &str) -> Vec<String> {
    let (record, _) = Extractor::new().extract_document(&Document::new("t", text));
    record.topics.into_iter().map(|(t, _)| t).collect()
}

#[test]
fn a_bilateral_summit_and_travel_plans_are_not_topics() {
    let topics = topics_of(
        "The two presidents will hold a bilateral summit in Rome on Friday. \
         The leaders must travel together on the road ahead, the minister wrote.",
    );
    assert!(!topics.iter().any(|t| t == "multilateral" || t == "tourism"), "{topics:?}");
}
