//! The analyses of `notebooks/relationship.ipynb`, from Rust: Vietnam–Russia meetings
//! 2001–2025 in the bundled sample corpus, who met whom, topics over time, the network, and the
//! tables saved and read back.
//!
//! Run with `cargo run --release -p summitry-analytics --example relationship`.

use chrono::NaiveDate;
use summitry_analytics::polars::prelude::*;
use summitry_analytics::{
    last_met, meeting_frequency, meeting_intervals, relationship, topic_cooccurrence,
    topic_frequency, By, Period, TableFormat, Tables, Weight,
};

fn main() -> Result<(), summitry_analytics::Error> {
    let extraction = summitry_core::Extractor::new().extract(&summitry_core::sample_corpus());
    let tables = Tables::from_extraction(&extraction)?;

    // Meetings (not visits, calls, signings) dated in the span the sample covers.
    let first = NaiveDate::from_ymd_opt(2001, 1, 1).expect("valid date");
    let last = NaiveDate::from_ymd_opt(2025, 12, 31).expect("valid date");
    let meetings = tables
        .meetings
        .clone()
        .lazy()
        .filter(
            col("kind")
                .eq(lit("meeting"))
                .and(col("date").gt_eq(lit(first)))
                .and(col("date").lt_eq(lit(last))),
        )
        .collect()?;

    let rel = relationship(&meetings, "VNM", "RUS")?;
    println!("{rel}\n");
    println!(
        "Meetings per year, occurred and planned:\n{}",
        meeting_frequency(&rel.meetings, Period::Year, By::Status)?
    );
    println!(
        "Per half-year and host:\n{}",
        meeting_frequency(&rel.meetings, "6mo".parse()?, [By::Host])?
    );
    println!("Who met whom:\n{}", rel.pairs.head(Some(10)));
    println!(
        "Most frequent participants:\n{}",
        rel.participants.head(Some(5))
    );
    println!(
        "Days between meeting dates:\n{}",
        meeting_intervals(&rel.meetings, By::CountryPair)?
    );
    println!(
        "Last met, by office:\n{}",
        last_met(&rel.meetings, By::Office)?
    );
    println!(
        "Topics per year (by document):\n{}",
        topic_frequency(&rel.meetings, Period::Year, By::None, Weight::Document)?
    );
    println!(
        "Topics together:\n{}",
        topic_cooccurrence(&tables.events)?.head(Some(5))
    );
    println!("Network edges:\n{}", rel.network);

    // Saved once, read back without extracting again.
    let dir = std::env::temp_dir().join("summitry-relationship-example");
    tables.write(&dir, TableFormat::Parquet)?;
    let again = Tables::read(&dir, None)?;
    println!(
        "Read back from {}: {} meetings",
        dir.display(),
        again.meetings.height()
    );
    Ok(())
}
