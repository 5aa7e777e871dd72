//! Throughput of `find_timexes` on the texts of a JSONL file (`text` and `dct` fields).
//!
//! ```sh
//! cargo run --release -p summitry-core --example bench_timex -- train.jsonl [ROUNDS]
//! ```
//!
//! Prints MB/s by the wall clock and, on Linux, MB per second of CPU time of the thread.

use std::time::Instant;

use chrono::NaiveDate;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: bench_timex FILE.jsonl [ROUNDS]");
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(20);
    let content = std::fs::read_to_string(&path).expect("readable JSONL file");
    let documents: Vec<(String, Option<NaiveDate>)> = content
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .map(|doc| {
            let text = doc["text"].as_str().unwrap_or_default().to_string();
            let dct = doc["dct"].as_str().and_then(|d| NaiveDate::parse_from_str(d.get(..10)?, "%Y-%m-%d").ok());
            (text, dct)
        })
        .collect();
    let bytes: usize = documents.iter().map(|(t, _)| t.len()).sum();
    // Warm-up compiles the rule set.
    let mut found = 0;
    for (text, dct) in &documents {
        found += summitry_core::time::find_timexes(text, *dct).len();
    }
    let start = Instant::now();
    let cpu_start = thread_cpu_nanoseconds();
    for _ in 0..rounds {
        for (text, dct) in &documents {
            std::hint::black_box(summitry_core::time::find_timexes(text, *dct));
        }
    }
    let seconds = start.elapsed().as_secs_f64();
    let cpu_seconds = thread_cpu_nanoseconds().zip(cpu_start).map(|(end, start)| (end - start) as f64 / 1e9);
    let megabytes = (bytes * rounds) as f64 / 1e6;
    println!(
        "{} documents, {:.2} MB, {rounds} rounds: {found} timexes per round, {:.1} MB/s, {:.0} docs/s (one core)",
        documents.len(),
        bytes as f64 / 1e6,
        megabytes / seconds,
        (documents.len() * rounds) as f64 / seconds
    );
    // On a shared machine the wall clock counts the time other processes hold the core: the
    // time this thread actually ran gives the per-core figure.
    if let Some(cpu) = cpu_seconds {
        println!("{:.1} MB per CPU second ({cpu:.2} s on CPU, {seconds:.2} s wall)", megabytes / cpu);
    }
}

/// Nanoseconds this thread has run on a CPU (Linux `schedstat`), if the system says.
fn thread_cpu_nanoseconds() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    stat.split_whitespace().next()?.parse().ok()
}
