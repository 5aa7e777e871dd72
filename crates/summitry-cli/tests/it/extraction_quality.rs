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
