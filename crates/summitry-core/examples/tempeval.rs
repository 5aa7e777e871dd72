//! TempEval-3 runner: reads JSONL lines `{doc_id, dct, text}` (file path or stdin) and writes
//! `{doc_id, timexes: [{start, end, type, value}]}` lines with code point offsets, as
//! `tempeval3/score.py` reads them.
//!
//! ```sh
//! cargo run --release -p summitry-core --example tempeval -- train.jsonl > out.jsonl
//! ```

use std::io::{BufRead, BufReader, BufWriter, Write};

fn main() -> std::io::Result<()> {
    let input: Box<dyn BufRead> = match std::env::args().nth(1) {
        Some(path) => Box::new(BufReader::new(std::fs::File::open(path)?)),
        None => Box::new(std::io::stdin().lock()),
    };
    let mut out = BufWriter::new(std::io::stdout().lock());
    for (number, line) in input.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        match summitry_core::time::timex_jsonl_line(&line) {
            Ok(output) => writeln!(out, "{output}")?,
            Err(error) => eprintln!("line {}: {error}", number + 1),
        }
    }
    out.flush()
}
