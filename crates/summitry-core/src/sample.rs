//! The bundled sample corpus: short Vietnam–Russia news articles written by the summitry
//! authors from public facts, embedded in the binary.

use crate::corpus::{Corpus, Document};

/// The sample corpus, one document per article, ids are the file stems.
pub fn sample_corpus() -> Corpus {
    Corpus::from_documents(
        SAMPLE
            .iter()
            .map(|(id, text)| {
                let mut doc = Document::new(*id, *text);
                doc.source = Some(format!("sample/{id}.txt"));
                doc
            })
            .collect(),
    )
}

/// (id, text) of each article. A test checks this list against the folder.
const SAMPLE: &[(&str, &str)] = &[];
