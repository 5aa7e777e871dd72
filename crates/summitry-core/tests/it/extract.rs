//! End-to-end extraction on texts we wrote, on a folder with bad files, and on the seeds.

use std::path::PathBuf;
use std::sync::Arc;

use chrono::NaiveDate;
use summitry_core::knowledge::KnowledgeBase;
use summitry_core::topics::TopicLexicon;
use summitry_core::{Corpus, Document, Event, EventKind, Extractor, Outcome, Status};

fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn find<'a>(events: &'a [Event], kind: EventKind, people: &[&str]) -> Option<&'a Event> {
    events.iter().find(|e| {
        e.kind == kind
            && e.participants.len() == people.len()
            && people.iter().all(|p| e.participants.iter().any(|q| q == p))
    })
}

#[test]
fn a_dated_article_gives_its_meeting_with_date_place_and_status() {
    let text = "date 2023-10-17\n\nBEIJING - President Vo Van Thuong met Russian President Vladimir Putin \
                in Beijing on Tuesday on the sidelines of a forum. The two leaders discussed trade and energy. \
                Putin invited Thuong to visit Russia next year.";
    let (record, events) = Extractor::new().extract_document(&Document::new("t1", text));
    assert_eq!(record.published, day(2023, 10, 17));
    let meeting = find(&events, EventKind::Meeting, &["Vo Van Thuong", "Vladimir Putin"]).expect("the meeting");
    assert_eq!(meeting.date, day(2023, 10, 17));
    assert_eq!(meeting.location.as_deref(), Some("Beijing"));
    assert_eq!(meeting.location_country.as_deref(), Some("CHN"));
    assert_eq!(meeting.status, Status::Occurred);
    let visit = find(&events, EventKind::Visit, &["Vo Van Thuong"]).expect("the invited visit");
    assert_eq!(visit.status, Status::Planned);
    assert_eq!(visit.location_country.as_deref(), Some("RUS"));
    let topics: Vec<&str> = record.topics.iter().map(|(t, _)| t.as_str()).collect();
    assert!(topics.contains(&"trade") && topics.contains(&"energy"), "{topics:?}");
}

#[test]
fn coordinated_objects_give_separate_meetings_and_years_separate_visits() {
    let text = "Posted June 21, 2024\n\nThe Russian President arrived in Hanoi on Thursday. \
                Vladimir Putin met with Prime Minister Pham Minh Chinh and National Assembly Chairman \
                Tran Thanh Man the same day.\nNguyen Phu Trong visited Russia in 2014 and 2018.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t2", text));
    for other in ["Pham Minh Chinh", "Tran Thanh Man"] {
        let m = find(&events, EventKind::Meeting, &["Vladimir Putin", other]).expect(other);
        assert_eq!(m.date, day(2024, 6, 20), "{other}");
    }
    let visits: Vec<_> = events
        .iter()
        .filter(|e| e.kind == EventKind::Visit && e.participants == ["Nguyen Phu Trong"])
        .map(|e| e.date_text())
        .collect();
    assert_eq!(visits, [Some("2014".to_owned()), Some("2018".to_owned())]);
}

#[test]
fn bad_files_are_reported_and_good_ones_still_extracted() {
    let dir = std::env::temp_dir().join(format!("summitry-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("a_bad.txt"), b"Putin \xff\xfe met").unwrap();
    std::fs::write(dir.join("b_empty.txt"), b"").unwrap();
    std::fs::write(
        dir.join("c_good.txt"),
        "date 2024-10-25\n\nPrime Minister Pham Minh Chinh held talks with Russian President Vladimir Putin in Kazan on October 24.",
    )
    .unwrap();
    let corpus = Corpus::from_dir(&dir).unwrap();
    let extraction = Extractor::new().extract(&corpus);
    std::fs::remove_dir_all(&dir).ok();
    let outcome = |id: &str| extraction.documents.iter().find(|d| d.doc_id == id).map(|d| (d.outcome, d.message.clone()));
    let (bad, message) = outcome("a_bad").unwrap();
    assert_eq!(bad, Outcome::Error);
    assert!(message.unwrap().contains("a_bad.txt"));
    assert_eq!(outcome("b_empty").unwrap().0, Outcome::Warning);
    assert_eq!(outcome("c_good").unwrap().0, Outcome::Ok);
    let meeting = find(&extraction.events, EventKind::Meeting, &["Pham Minh Chinh", "Vladimir Putin"]).unwrap();
    assert_eq!(meeting.date, day(2024, 10, 24));
    assert_eq!(meeting.location.as_deref(), Some("Kazan"));
}

#[test]
fn a_user_knowledge_file_adds_a_person_found_in_text() {
    let path = std::env::temp_dir().join(format!("summitry-people-{}.tsv", std::process::id()));
    std::fs::write(&path, "id\tname\tcountry\tshort\taliases\nivan-testov\tIvan Testov\tRUS\tTestov\t\n").unwrap();
    let kb = KnowledgeBase::with_files([&path]).unwrap();
    std::fs::remove_file(&path).ok();
    let extractor = Extractor::with_knowledge(Arc::new(kb), TopicLexicon::builtin());
    let text = "date 2024-03-05\n\nIvan Testov held talks with Pham Minh Chinh in Hanoi on Monday.";
    let (_, events) = extractor.extract_document(&Document::new("k", text));
    let meeting = find(&events, EventKind::Meeting, &["Ivan Testov", "Pham Minh Chinh"]).expect("the new person's meeting");
    assert_eq!(meeting.date, day(2024, 3, 4));
    assert_eq!(meeting.countries, ["RUS", "VNM"]);
}

#[test]
fn office_titles_resolve_by_date() {
    let kb = KnowledgeBase::builtin();
    let president = |d| kb.office_holder(summitry_core::knowledge::Office::President, Some("VNM"), d).map(|p| kb.person(p).ascii.clone());
    assert_eq!(president(day(2023, 10, 17).unwrap()).as_deref(), Some("Vo Van Thuong"));
    assert_eq!(president(day(2024, 10, 24).unwrap()).as_deref(), Some("Luong Cuong"));
}

fn shared(path: &str) -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared").join(path);
    p.exists().then_some(p)
}

/// Extraction quality on the seed articles (skipped when ../shared is absent).
#[test]
fn seeds_give_their_main_meetings() {
    let Some(seeds) = shared("corpus/seeds") else { return };
    let extraction = Extractor::new().extract(&Corpus::from_dir(seeds).unwrap());
    let beijing = find(&extraction.events, EventKind::Meeting, &["Vo Van Thuong", "Vladimir Putin"]).unwrap();
    assert_eq!((beijing.date, beijing.location.as_deref()), (day(2023, 10, 17), Some("Beijing")));
    let kazan = find(&extraction.events, EventKind::Meeting, &["Pham Minh Chinh", "Vladimir Putin"]).unwrap();
    assert_eq!((kazan.date, kazan.location.as_deref()), (day(2024, 10, 24), Some("Kazan")));
}
