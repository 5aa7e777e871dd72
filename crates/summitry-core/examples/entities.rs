//! Prints the people, places and countries recognised in a text file, one per line.
//!
//! ```sh
//! cargo run --release -p summitry-core --example entities -- article.txt
//! ```

use summitry_core::actors::find_actors;
use summitry_core::knowledge::KnowledgeBase;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: entities FILE")?;
    let text = std::fs::read_to_string(&path)?;
    let actors = find_actors(&text, &KnowledgeBase::builtin(), None);
    for m in &actors.mentions {
        let who = &actors.people[m.actor];
        println!("person\t{}\t{:?}\t{}\t{}", &text[m.span.clone()], m.via, who.name, who.country.as_deref().unwrap_or("-"));
    }
    for p in &actors.places {
        println!("place\t{}\t{}\t{}", &text[p.span.clone()], p.name, p.country);
    }
    for c in &actors.countries {
        println!("country\t{}\t{}\t{}", &text[c.span.clone()], c.iso3, if c.demonym { "demonym" } else { "name" });
    }
    Ok(())
}
