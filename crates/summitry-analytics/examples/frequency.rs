//! The bundled sample corpus from text to meetings per year.
//!
//! Run with `cargo run --release -p summitry-analytics --example frequency`.

use summitry_analytics::{meeting_frequency, By, Period, Tables};

fn main() -> Result<(), summitry_analytics::Error> {
    let corpus = summitry_core::sample_corpus();
    let extraction = summitry_core::Extractor::new().extract(&corpus);
    let tables = Tables::from_extraction(&extraction)?;
    println!(
        "{} documents, {} events, {} meetings",
        tables.documents.height(),
        tables.events.height(),
        tables.meetings.height()
    );
    println!("{}", tables.events);
    let per_year = meeting_frequency(&tables.meetings, Period::Year, By::CountryPair)?;
    println!("Meetings per year and country pair:\n{per_year}");
    Ok(())
}
