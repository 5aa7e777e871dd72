//! Extraction quality on the seed articles of `../shared`: these wait for the real extractor
//! (the stubs find no events) and are skipped when `../shared` is absent.
//! `scripts/test-all.sh` runs them last, as their own step.

use crate::{shared, stderr, stdout, summitry};

fn seed_events() -> Option<Vec<serde_json::Value>> {
    let seeds = shared()?.join("corpus/seeds");
    let output = summitry(&["events", seeds.to_str().unwrap(), "--jsonl"]);
    assert!(output.status.success(), "{}", stderr(&output));
    Some(
        stdout(&output)
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect(),
    )
}

fn has_meeting(events: &[serde_json::Value], people: [&str; 2], place: &str, date: &str) -> bool {
    events.iter().any(|e| {
        let participants: Vec<&str> = e["participants"]
            .as_array()
            .map(|a| a.iter().filter_map(|p| p.as_str()).collect())
            .unwrap_or_default();
        e["kind"] == "meeting"
            && people.iter().all(|p| participants.contains(p))
            && e["location"] == place
            && e["date"] == date
    })
}

#[test]
fn extraction_quality_seeds_have_thuong_putin_in_beijing() {
    let Some(events) = seed_events() else { return };
    assert!(
        has_meeting(&events, ["Vo Van Thuong", "Vladimir Putin"], "Beijing", "2023-10-17"),
        "{events:#?}"
    );
}

#[test]
fn extraction_quality_seeds_have_chinh_putin_in_kazan() {
    let Some(events) = seed_events() else { return };
    assert!(
        has_meeting(&events, ["Pham Minh Chinh", "Vladimir Putin"], "Kazan", "2024-10-24"),
        "{events:#?}"
    );
}

/// The meetings table over seeds, dev and the bundled sample: Putin's June 2024 visit reported
/// by three seeds (occurred, planned, a month-precision mention) is one meeting, and other
/// meetings of the same people stay apart.
#[test]
fn extraction_quality_meetings_merge_one_visit_across_reports_and_keep_others_apart() {
    let Some(shared) = shared() else { return };
    let sample = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../summitry-core/data/sample");
    let out = crate::scratch("meetings");
    let corpus = [shared.join("corpus/seeds"), shared.join("corpus/dev"), sample];
    let mut args = vec!["extract", "--format", "jsonl", "-o", out.to_str().unwrap()];
    args.extend(corpus.iter().map(|p| p.to_str().unwrap()));
    let output = summitry(&args);
    assert!(output.status.success(), "{}", stderr(&output));
    let meetings: Vec<serde_json::Value> = std::fs::read_to_string(out.join("meetings.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let text = |m: &serde_json::Value, key: &str| m[key].as_str().unwrap_or_default().to_owned();
    let with = |m: &serde_json::Value, people: &[&str]| {
        let participants: Vec<&str> = m["participants"].as_array().unwrap().iter().filter_map(|p| p.as_str()).collect();
        participants.len() == people.len() && people.iter().all(|p| participants.contains(p))
    };
    let june_visits: Vec<&serde_json::Value> = meetings
        .iter()
        .filter(|m| m["kind"] == "visit" && with(m, &["Vladimir Putin"]) && text(m, "date").starts_with("2024-06"))
        .collect();
    assert_eq!(june_visits.len(), 1, "{june_visits:#?}");
    let visit = june_visits[0];
    let docs: Vec<&str> = visit["doc_ids"].as_array().unwrap().iter().filter_map(|d| d.as_str()).collect();
    for seed in ["001_91dff8f65ae8c272", "002_c79cfec5afc41c64", "004_8799607ff4c7bb43"] {
        assert!(docs.contains(&seed), "{seed} not in {docs:?}");
    }
    assert_eq!((text(visit, "status"), text(visit, "location")), ("occurred".into(), "Hanoi".into()));
    // Chinh met Putin in Hanoi in June and in Kazan in October 2024: two meetings.
    let chinh: Vec<String> = meetings
        .iter()
        .filter(|m| m["kind"] == "meeting" && with(m, &["Pham Minh Chinh", "Vladimir Putin"]) && text(m, "date").starts_with("2024"))
        .map(|m| format!("{} {}", text(m, "date"), text(m, "location")))
        .collect();
    assert!(chinh.contains(&"2024-06-20 Hanoi".to_owned()) && chinh.contains(&"2024-10-24 Kazan".to_owned()), "{chinh:?}");
}
