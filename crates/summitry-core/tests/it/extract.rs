//! End-to-end extraction on texts we wrote, on a folder with bad files, and on the seeds.

use std::path::PathBuf;
use std::sync::Arc;

use chrono::{Datelike, NaiveDate};
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
        .map(summitry_core::Event::date_text)
        .collect();
    assert_eq!(visits, [Some("2014".to_owned()), Some("2018".to_owned())]);
}

#[test]
fn the_country_refers_back_to_the_country_named_before() {
    let text = "Putin to visit Vietnam\nPosted June 18, 2024\n\nRussian President Vladimir Putin will pay a state \
                visit to Vietnam on June 19. It will be his fifth visit to the country, after trips in 2001 and 2006.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t3", text));
    let earlier: Vec<_> = events
        .iter()
        .filter(|e| e.kind == EventKind::Visit && e.status == Status::Occurred)
        .map(|e| (e.date_text(), e.location_country.clone()))
        .collect();
    let vietnam = Some("VNM".to_owned());
    assert_eq!(earlier, [(Some("2001".to_owned()), vietnam.clone()), (Some("2006".to_owned()), vietnam)]);
}

#[test]
fn a_trip_for_summit_talks_is_a_meeting_with_the_host_the_story_names() {
    let text = "Posted May 3, 2023\n\nOn Sunday, South Korean President Yoon Suk Yeol and Japanese Prime Minister \
                Fumio Kishida are to meet in Seoul. It comes one month after President Yoon went to Tokyo for \
                summit talks in March this year.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t4", text));
    let tokyo = events
        .iter()
        .find(|e| e.kind == EventKind::Meeting && e.location.as_deref() == Some("Tokyo"))
        .expect("the Tokyo summit");
    assert_eq!(tokyo.participants, ["Yoon Suk Yeol", "Fumio Kishida"]);
    assert_eq!((tokyo.date_text().as_deref(), tokyo.status), (Some("2023-03"), Status::Occurred));
    // A trip to a country whose people the story does not have the visitor meet names no host.
    let text = "Posted May 3, 2023\n\nPresident Yoon went to Tokyo for summit talks in March this year.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t5", text));
    assert!(events.iter().all(|e| e.kind != EventKind::Meeting), "{events:?}");
}

#[test]
fn one_of_several_meetings_is_met_and_a_date_about_the_counterpart_is_not_its_date() {
    let text = "Posted Nov 10, 2017\n\nPutin arrived in Da Nang on Friday. An aide said Putin would hold several \
                bilateral meetings on the sidelines, including one with Vietnamese President Tran Dai Quang, who \
                chairs this year's APEC meetings.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t6", text));
    let meeting = find(&events, EventKind::Meeting, &["Vladimir Putin", "Tran Dai Quang"]).expect("the meeting");
    assert_eq!((meeting.date, meeting.status), (day(2017, 11, 10), Status::Planned));
    assert_eq!(meeting.location.as_deref(), Some("Da Nang"));
}

#[test]
fn he_is_the_guest_a_host_spoke_of_and_his_undated_meeting_falls_in_his_visit() {
    // No publication date; the last year named (2020) is the writing year, too far from "May 22"
    // for that day to frame the sentences after it.
    let text = "Phuc in Russia\n\nPrime Minister Nguyen Xuan Phuc paid an official visit to Russia from May 20 to 23, \
                2019. In Moscow on May 22, he held talks with Prime Minister Dmitry Medvedev. President Vladimir \
                Putin welcomed his guest warmly. Exchange years, held in 2019 and 2020, mark the 70th anniversary \
                of diplomatic ties. In the capital he also met Valentina Matviyenko, speaker of the Federation Council.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t7", text));
    let meeting = find(&events, EventKind::Meeting, &["Nguyen Xuan Phuc", "Valentina Matviyenko"]).expect("Phuc met her");
    assert_eq!((meeting.date, meeting.date_end), (day(2019, 5, 20), day(2019, 5, 23)), "during the visit");
    assert_eq!(meeting.location_country.as_deref(), Some("RUS"));
    assert!(find(&events, EventKind::Meeting, &["Vladimir Putin", "Valentina Matviyenko"]).is_none());
}

#[test]
fn the_one_met_is_not_the_visitor_of_a_coordinated_trip_and_a_meeting_is_placed_with_its_trip() {
    let text = "Sep 6, 2018\n\nGeneral Secretary Nguyen Phu Trong arrived in Moscow on Wednesday. He is scheduled to hold \
                talks with President Vladimir Putin in Sochi on Thursday and to visit the Kaluga region on September 7.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t8", text));
    let kaluga = events.iter().find(|e| e.kind == EventKind::Visit && e.date == day(2018, 9, 7)).expect("the Kaluga trip");
    assert_eq!((kaluga.participants.as_slice(), kaluga.location.as_deref()), (&["Nguyen Phu Trong".to_owned()][..], Some("Kaluga Oblast")));
    // Met the day before flying on: where the people met come from, not the next stop.
    let text = "Sep 2, 2016\n\nPrime Minister Narendra Modi arrived in Hanoi on Friday. He will then leave for Hangzhou, \
                China, on Sunday for the G20 Summit. On Saturday, Modi will hold talks with \
                Vietnamese Prime Minister Nguyen Xuan Phuc.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t9", text));
    let talks = find(&events, EventKind::Meeting, &["Narendra Modi", "Nguyen Xuan Phuc"]).expect("the talks");
    assert_eq!((talks.date, talks.location.as_deref()), (day(2016, 9, 3), Some("Hanoi")));
}

#[test]
fn a_meeting_told_as_done_is_not_on_the_later_day_of_a_plan_told_before_it() {
    let text = "date 2024-10-23\n\nUN Secretary-General Antonio Guterres will hold talks with President Vladimir Putin \
                in Kazan on Thursday. At the summit in Kazan, Prime Minister Narendra Modi held a meeting with \
                Russian President Vladimir Putin.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t10", text));
    let plan = find(&events, EventKind::Meeting, &["Antonio Guterres", "Vladimir Putin"]).expect("the plan");
    assert_eq!((plan.date, plan.status), (day(2024, 10, 24), Status::Planned));
    let done = find(&events, EventKind::Meeting, &["Narendra Modi", "Vladimir Putin"]).expect("the meeting");
    assert_eq!((done.date_text().as_deref(), done.status), (Some("2024-10"), Status::Occurred));
}

#[test]
fn a_folder_readme_and_hidden_files_are_not_articles() {
    let dir = std::env::temp_dir().join(format!("summitry-readme-{}", std::process::id()));
    std::fs::create_dir_all(dir.join(".git")).unwrap();
    std::fs::write(dir.join("README.md"), "# My corpus\n\nArticles about Putin's visits to Hanoi, one per file.").unwrap();
    std::fs::write(dir.join("LICENSE.txt"), "Permission is granted to copy these notes.").unwrap();
    std::fs::write(dir.join(".draft.txt"), "Putin met Trong.").unwrap();
    std::fs::write(dir.join(".git").join("notes.txt"), "Putin met Trong.").unwrap();
    std::fs::write(dir.join("readme-first-article.md"), "President Putin arrived in Hanoi on June 19, 2024.").unwrap();
    std::fs::write(dir.join("kazan.txt"), "Pham Minh Chinh met Vladimir Putin in Kazan on October 24, 2024.").unwrap();
    let corpus = Corpus::from_dir(&dir).unwrap();
    std::fs::remove_dir_all(&dir).ok();
    let mut ids: Vec<&str> = corpus.documents.iter().map(|d| d.id.as_str()).collect();
    ids.sort_unstable();
    assert_eq!(ids, ["kazan", "readme-first-article"]);
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

#[test]
fn every_leader_in_a_titled_list_is_met_even_at_the_end_of_the_text() {
    // Titles before a name ("General Secretary and President of Laos") are that person; the last
    // name of the text ends at its punctuation, whatever follows.
    let text = "TIANJIN, September 1, 2025 (VNA) - Prime Minister Pham Minh Chinh met Russian President \
                Vladimir Putin on September 1 in Tianjin.\nThe same day, Prime Minister Pham also held \
                meetings with General Secretary and President of Laos Thongloun Sisoulith, Mongolian \
                President Ukhnaagiin Khurelsukh and Pakistani Prime Minister Shehbaz Sharif./.";
    let (_, events) = Extractor::new().extract_document(&Document::new("list", text));
    for other in ["Thongloun Sisoulith", "Ukhnaagiin Khurelsukh", "Shehbaz Sharif"] {
        let m = find(&events, EventKind::Meeting, &["Pham Minh Chinh", other]).expect(other);
        assert_eq!(m.date, day(2025, 9, 1), "{other}");
        assert_eq!(m.location.as_deref(), Some("Tianjin"), "{other}");
    }
}

#[test]
fn an_undated_text_is_written_after_the_latest_date_it_mentions() {
    // No publication date; the only year is November 2023, so "May 14" is the next May.
    let text = "Prime Minister Pham Minh Chinh arrived in Tokyo on May 14 for an official visit. \
                The two sides recalled the talks they held when Prime Minister Fumio Kishida visited \
                Hanoi in November 2023.";
    let (record, events) = Extractor::new().extract_document(&Document::new("anchor", text));
    assert_eq!(record.reference_date, day(2024, 1, 1));
    let visit = find(&events, EventKind::Visit, &["Pham Minh Chinh"]).expect("the visit");
    assert_eq!(visit.date, day(2024, 5, 14));
}

#[test]
fn a_weekday_and_a_month_day_that_agree_date_a_text_without_publication_date() {
    // 2019 is the only year; November 8, 2019 was a Friday, so "on Friday" is that day.
    let text = "President Nguyen Phu Trong arrived in Moscow on Friday. He will hold talks with \
                President Vladimir Putin on November 8, ahead of the 2019 anniversary celebrations.";
    let (record, events) = Extractor::new().extract_document(&Document::new("weekday", text));
    assert_eq!(record.reference_date, day(2019, 11, 8));
    let visit = find(&events, EventKind::Visit, &["Nguyen Phu Trong"]).expect("the visit");
    assert_eq!(visit.date, day(2019, 11, 8));
}

#[test]
fn a_date_after_since_belongs_to_another_verb_and_a_stated_date_beats_during_his_stay() {
    let text = "date 2023-12-12\n\nCambodian Prime Minister Hun Manet held talks with Prime Minister \
                Pham Minh Chinh in Hanoi on Monday. It is his first trip to Vietnam since he took office \
                in August.\nHun Manet is scheduled to meet Party General Secretary Nguyen Phu Trong on \
                December 13 during his stay in Hanoi.";
    let (_, events) = Extractor::new().extract_document(&Document::new("since", text));
    let visit = find(&events, EventKind::Visit, &["Hun Manet"]).expect("the visit");
    assert_ne!(visit.date.map(|d| d.format("%m").to_string()), Some("08".to_owned()), "{visit:?}");
    let planned = find(&events, EventKind::Meeting, &["Hun Manet", "Nguyen Phu Trong"]).expect("the planned meeting");
    assert_eq!((planned.date, planned.status), (day(2023, 12, 13), Status::Planned));
}

#[test]
fn years_marked_since_a_stated_start_and_a_yearless_dateline_date_a_text() {
    let marked = "Leaders met in Sochi on May 19 for a summit held to mark twenty years of dialogue \
                  partnership between Russia and ASEAN, which began in 1996.";
    let (record, _) = Extractor::new().extract_document(&Document::new("marked", marked));
    assert_eq!(record.reference_date, day(2016, 1, 1));
    // The anniversary's name runs past "in": "victory in the Great Patriotic War" (1945).
    let dateline = "MOSCOW, May 10. /TASS/. General Secretary To Lam and President Vladimir Putin \
                    held talks at the Kremlin today, after the parade for the 80th anniversary of \
                    victory in the Great Patriotic War.";
    let (record, events) = Extractor::new().extract_document(&Document::new("dateline", dateline));
    assert_eq!(record.reference_date, day(2025, 5, 10));
    let talks = find(&events, EventKind::Meeting, &["To Lam", "Vladimir Putin"]).expect("the talks");
    assert_eq!(talks.date, day(2025, 5, 10));
}

#[test]
fn witnesses_of_a_signing_sign_with_the_signers() {
    let text = "date 2010-10-31\n\nPresident Nguyen Minh Triet held talks with Russian President Dmitry \
                Medvedev in Hanoi on Sunday. Afterwards the two presidents looked on as Sergei Kiriyenko, \
                head of Rosatom, and Minister of Industry and Trade Vu Huy Hoang signed the agreement.\n\
                Both leaders were also present as several other agreements were signed.";
    let (_, events) = Extractor::new().extract_document(&Document::new("witness", text));
    let signing = find(&events, EventKind::Signing, &["Nguyen Minh Triet", "Dmitry Medvedev", "Sergey Kiriyenko", "Vu Huy Hoang"]);
    assert!(signing.is_some(), "{events:#?}");
    assert_eq!(signing.expect("checked").date, day(2010, 10, 31));
}

#[test]
fn a_dated_mention_long_before_the_writing_date_happened_whatever_the_sentence_plans() {
    let text = "Posted May 3, 2023\n\nPrime Minister Fumio Kishida will visit Seoul on Sunday. It will be \
                the first such trip in 12 years, the last being Prime Minister Yoshihiko Noda's visit to \
                Seoul in October 2011.";
    let (_, events) = Extractor::new().extract_document(&Document::new("past", text));
    let noda = find(&events, EventKind::Visit, &["Yoshihiko Noda"]).expect("Noda's visit");
    assert_eq!((noda.date_text().as_deref(), noda.status), (Some("2011-10"), Status::Occurred));
    let kishida = find(&events, EventKind::Visit, &["Fumio Kishida"]).expect("Kishida's visit");
    assert_eq!((kishida.date, kishida.status), (day(2023, 5, 7), Status::Planned));
}

#[test]
fn a_place_name_that_ends_a_named_persons_name_and_acts_is_that_person() {
    // Huế is a city, and the last word of Vương Đình Huệ's name.
    let text = "Vyacheslav Volodin, Chairman of the Russian State Duma, began an official visit to \
                Vietnam on October 15, 2023, at the invitation of Vương Đình Huệ.\nThat afternoon, Huệ \
                hosted a welcome ceremony for his Russian guest in Hà Nội. Volodin later flew on to Huế.";
    let (_, events) = Extractor::new().extract_document(&Document::new("hue", text));
    let talks = find(&events, EventKind::Meeting, &["Vuong Dinh Hue", "Vyacheslav Volodin"]).expect("the ceremony");
    assert_eq!((talks.date, talks.status), (day(2023, 10, 15), Status::Occurred));
}

#[test]
fn listed_years_after_has_been_to_are_one_visit_each() {
    let text = "date 2017-11-10\n\nThe Russian leader has been to Vietnam three times before as \
                president, in 2001, 2006 and 2013.";
    let (_, events) = Extractor::new().extract_document(&Document::new("years", text));
    let years: Vec<Option<String>> = events
        .iter()
        .filter(|e| e.kind == EventKind::Visit && e.participants == ["Vladimir Putin"])
        .map(Event::date_text)
        .collect();
    assert_eq!(years, [Some("2001".into()), Some("2006".into()), Some("2013".into())]);
}

#[test]
fn invitations_to_come_interactions_and_nominal_signings() {
    let text = "date 2024-10-23\n\nPrime Minister Narendra Modi held talks with President Vladimir Putin \
                in Kazan. Modi invited Putin to come next year to India for their annual summit. Modi's \
                previous interaction with Xi Jinping took place in 2019 in Chennai. Modi praised the \
                talks, which ended with the signing of several documents by ministers.";
    let (_, events) = Extractor::new().extract_document(&Document::new("come", text));
    let visit = find(&events, EventKind::Visit, &["Vladimir Putin"]).expect("the invited visit");
    assert_eq!((visit.date_text().as_deref(), visit.status, visit.location_country.as_deref()), (Some("2025"), Status::Planned, Some("IND")));
    let earlier = find(&events, EventKind::Meeting, &["Narendra Modi", "Xi Jinping"]).expect("the 2019 meeting");
    assert_eq!(earlier.date_text().as_deref(), Some("2019"));
    // "the signing of documents by ministers" names no signer of ours: no signing for Modi.
    assert!(events.iter().all(|e| e.kind != EventKind::Signing), "{events:#?}");
}

#[test]
fn years_ago_dates_a_text_and_a_full_date_frames_a_retrospective() {
    let text = "HANOI, June 20 (VNA) - Prime Minister Pham Minh Chinh met President Vladimir Putin on \
                Thursday. It was Putin's first visit since the APEC summit in Da Nang in 2017, seven \
                years ago.";
    let (record, events) = Extractor::new().extract_document(&Document::new("ago", text));
    assert_eq!(record.reference_date, day(2024, 6, 20));
    let talks = find(&events, EventKind::Meeting, &["Pham Minh Chinh", "Vladimir Putin"]).expect("the talks");
    assert_eq!(talks.date, day(2024, 6, 20));
    // Written in 2016 about 2010: the lead's full date still dates the talks told after it.
    let retro = "The nuclear deal was sealed in Hanoi on October 31, 2010, during a visit by President \
                 Dmitry Medvedev.\nMedvedev held talks with President Nguyen Minh Triet.\nIn November \
                 2016, the National Assembly shelved the programme.";
    let (_, events) = Extractor::new().extract_document(&Document::new("retro", retro));
    let talks = find(&events, EventKind::Meeting, &["Dmitry Medvedev", "Nguyen Minh Triet"]).expect("the talks");
    assert_eq!(talks.date, day(2010, 10, 31));
}

#[test]
fn a_last_name_alone_after_the_full_name_is_that_person() {
    let text = "General Secretary Tô Lâm began an official visit to Russia on May 8, 2025.\nOn the first \
                day of the visit, Lâm met Prime Minister Mikhail Mishustin in Moscow.";
    let (_, events) = Extractor::new().extract_document(&Document::new("lam", text));
    let talks = find(&events, EventKind::Meeting, &["To Lam", "Mikhail Mishustin"]).expect("the talks");
    assert_eq!((talks.date, talks.location.as_deref()), (day(2025, 5, 8), Some("Moscow")));
}

#[test]
fn a_caption_of_signers_and_applauding_leaders_and_a_report_of_witnesses_are_one_signing() {
    let text = "Posted October 31, 2010\n\nPresident Dmitry Medvedev (L), on a visit, and President Nguyen \
                Minh Triet (R) applaud while Sergei Kiriyenko, along with Vu Huy Hoang, sign the agreement \
                in Hanoi on October 31, 2010.\nTriet and Medvedev looked on as the deal was signed.";
    let (_, events) = Extractor::new().extract_document(&Document::new("caption", text));
    let signings: Vec<&Event> = events.iter().filter(|e| e.kind == EventKind::Signing).collect();
    assert_eq!(signings.len(), 1, "{signings:#?}");
    let mut people = signings[0].participants.clone();
    people.sort();
    assert_eq!(people, ["Dmitry Medvedev", "Nguyen Minh Triet", "Sergey Kiriyenko", "Vu Huy Hoang"]);
}

#[test]
fn nominal_pairs_negations_and_hypotheticals() {
    let text = "date 2024-06-21\n\nThe Putin-Trong meeting on Thursday in Hanoi lasted two hours.\n\
                Putin did not meet Prime Minister Pham Minh Chinh on Friday.\n\
                If Putin visited Japan, he would meet Fumio Kishida.\n\
                Prime Minister Fumio Kishida has not yet met Putin.\n\
                Lavrov not only met Bui Thanh Son on Friday but also spoke to the press.";
    let (_, events) = Extractor::new().extract_document(&Document::new("forms", text));
    let pair = find(&events, EventKind::Meeting, &["Vladimir Putin", "Nguyen Phu Trong"]).expect("the nominal meeting");
    assert_eq!(pair.date, day(2024, 6, 20));
    assert!(find(&events, EventKind::Meeting, &["Sergey Lavrov", "Bui Thanh Son"]).is_some(), "'not only met' is a meeting");
    let about = |name: &str| events.iter().any(|e| e.participants.iter().any(|p| p == name));
    assert!(!about("Pham Minh Chinh") && !about("Fumio Kishida"), "no event for a negated or hypothetical meeting: {events:#?}");
}

#[test]
fn reports_of_one_visit_in_three_texts_are_one_meeting_and_other_meetings_stay_apart() {
    let texts = [
        ("planned", "date 2024-06-17\n\nPresident Vladimir Putin will pay a state visit to Vietnam on June 19 and 20."),
        ("occurred", "date 2024-06-20\n\nPresident Vladimir Putin arrived in Hanoi on Thursday for a state visit. \
                      He met Prime Minister Pham Minh Chinh the same day."),
        ("mention", "date 2024-10-25\n\nPrime Minister Pham Minh Chinh met President Vladimir Putin in Kazan on \
                     Thursday. Chinh recalled Putin's state visit to Vietnam in June 2024."),
    ];
    let corpus = Corpus::from_documents(texts.iter().map(|(id, text)| Document::new(*id, *text)).collect());
    let extraction = Extractor::new().extract(&corpus);
    let meetings = summitry_core::merge_meetings(&extraction);
    let visits: Vec<_> = meetings.iter().filter(|m| m.kind == EventKind::Visit && m.participants == ["Vladimir Putin"]).collect();
    assert_eq!(visits.len(), 1, "{visits:#?}");
    assert_eq!(visits[0].doc_ids, ["mention", "occurred", "planned"]);
    assert_eq!((visits[0].status, visits[0].location.as_deref()), (Status::Occurred, Some("Hanoi")));
    let talks: Vec<_> = meetings
        .iter()
        .filter(|m| m.kind == EventKind::Meeting)
        .map(|m| (m.date, m.location.clone()))
        .collect();
    assert_eq!(talks, [(day(2024, 6, 20), Some("Hanoi".into())), (day(2024, 10, 24), Some("Kazan".into()))]);
}

#[test]
fn the_visitor_of_a_visit_named_after_talks_is_the_one_from_abroad() {
    let text = "date 2015-04-06\n\nRussian Prime Minister Dmitry Medvedev held talks with Prime Minister \
                Nguyen Tan Dung in Hanoi on Monday during an official visit to Vietnam.";
    let (_, events) = Extractor::new().extract_document(&Document::new("visitor", text));
    let visit = find(&events, EventKind::Visit, &["Dmitry Medvedev"]).expect("Medvedev's visit");
    assert_eq!(visit.location_country.as_deref(), Some("VNM"));
    assert!(find(&events, EventKind::Visit, &["Nguyen Tan Dung"]).is_none());
}

#[test]
fn a_dated_lead_gives_its_day_to_the_story_told_after_it() {
    let text = "Posted May 29, 2015\n\nBURABAY - Vietnam on Friday signed a free trade deal with the Eurasian \
                Economic Union.\nBefore the ceremony, Prime Minister Dmitry Medvedev and Prime Minister \
                Nguyen Tan Dung held a bilateral meeting.";
    let (_, events) = Extractor::new().extract_document(&Document::new("lead", text));
    let talks = find(&events, EventKind::Meeting, &["Dmitry Medvedev", "Nguyen Tan Dung"]).expect("the meeting");
    assert_eq!(talks.date, day(2015, 5, 29));
}

#[test]
fn a_range_around_the_latest_full_date_stays_in_its_year() {
    let text = "Prime Minister Dmitry Medvedev held talks with Prime Minister Nguyen Tan Dung in Hanoi on \
                April 6, 2015, during an official visit to Vietnam from April 5 to 7.";
    let (record, events) = Extractor::new().extract_document(&Document::new("range", text));
    assert_eq!(record.reference_date, day(2015, 1, 1));
    let visit = find(&events, EventKind::Visit, &["Dmitry Medvedev"]).expect("the visit");
    assert_eq!((visit.date, visit.date_end), (day(2015, 4, 5), day(2015, 4, 7)));
}

#[test]
fn a_plan_announced_on_a_past_day_keeps_the_plans_own_date() {
    // Written on a Wednesday: "on Tuesday" dates the announcement, the stay begins on Sunday.
    let text = "Posted May 3, 2023\n\nPresident Yoon Suk Yeol and Prime Minister Fumio Kishida are to meet \
                in Seoul on Sunday. The Japanese prime minister is to stay in Seoul for two days from Sunday.\n\
                In a statement on Tuesday, the presidential office confirmed the summit, saying that \
                Prime Minister Kishida intends to pay a working visit to South Korea.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-plan", text));
    let visits: Vec<&Event> = events.iter().filter(|e| e.kind == EventKind::Visit).collect();
    assert!(!visits.is_empty());
    for visit in visits {
        assert_eq!(visit.status, Status::Planned);
        assert_eq!(visit.date, day(2023, 5, 7), "{visit:?}");
    }
}

#[test]
fn a_stay_from_one_day_to_another_is_one_dated_range() {
    let text = "MOSCOW, June 29, 2017 - President Tran Dai Quang is paying an official visit to Russia \
                from June 28 to July 1, his first as head of state.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-range", text));
    let visit = find(&events, EventKind::Visit, &["Tran Dai Quang"]).expect("the visit");
    assert_eq!(visit.date, day(2017, 6, 28));
    assert_eq!(visit.date_end, day(2017, 7, 1));
}

#[test]
fn meeting_a_host_in_the_hosts_country_implies_the_guests_visit() {
    let text = "Posted June 15, 2022\n\nIndonesian President Joko Widodo is to meet Russian President \
                Vladimir Putin in Moscow on June 30.\nLast year, Vietnamese Prime Minister Pham Minh Chinh \
                and Russian President Vladimir Putin met in Beijing on the sidelines of a forum.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-implied", text));
    let visit = find(&events, EventKind::Visit, &["Joko Widodo"]).expect("Widodo's trip to Moscow");
    assert_eq!(visit.location.as_deref(), Some("Moscow"));
    assert_eq!(visit.date, day(2022, 6, 30));
    assert_eq!(visit.status, Status::Planned);
    // The host does not travel, and a meeting at a third country's venue implies no visit.
    assert!(find(&events, EventKind::Visit, &["Vladimir Putin"]).is_none(), "{events:#?}");
    assert!(find(&events, EventKind::Visit, &["Pham Minh Chinh"]).is_none(), "{events:#?}");
}

#[test]
fn days_of_a_stay_date_the_meetings_told_about_them() {
    let text = "Posted January 16, 2025\n\nRussian Prime Minister Mikhail Mishustin left Hanoi on January 15, \
                ending an official visit to Vietnam that he made on January 14 and 15.\nOn the final day, \
                President Luong Cuong received Mishustin. Mishustin briefed him on his talks with Prime \
                Minister Pham Minh Chinh the previous day.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-stay", text));
    let cuong = find(&events, EventKind::Meeting, &["Luong Cuong", "Mikhail Mishustin"]).expect("the reception");
    assert_eq!(cuong.date, day(2025, 1, 15));
    assert_eq!(cuong.location_country.as_deref(), Some("VNM"));
    let chinh = find(&events, EventKind::Meeting, &["Pham Minh Chinh", "Mikhail Mishustin"]).expect("the talks");
    assert_eq!(chinh.date, day(2025, 1, 14));
}

#[test]
fn this_morning_dates_an_event_and_to_be_welcomed_is_still_ahead() {
    let text = "Sun, 31st Oct 2010 08:30\n\nPresident Dmitry Medvedev, who arrived in Hanoi on Saturday, is due \
                to be welcomed by President Nguyen Minh Triet at the Presidential Palace this morning.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-morning", text));
    let welcome = find(&events, EventKind::Meeting, &["Dmitry Medvedev", "Nguyen Minh Triet"]).expect("the welcome");
    assert_eq!(welcome.date, day(2010, 10, 31));
    assert_eq!(welcome.status, Status::Planned);
    let visit = find(&events, EventKind::Visit, &["Dmitry Medvedev"]).expect("the arrival");
    assert_eq!((visit.date, visit.status), (day(2010, 10, 30), Status::Occurred));
}

#[test]
fn a_date_in_an_earlier_clause_joined_by_and_dates_that_clause() {
    let text = "Posted May 3, 2023\n\nPrime Minister Fumio Kishida is to visit Seoul on Sunday.\nPresident \
                Yoon Suk Yeol had invited Kishida while he was in Japan in March, and the visit by Kishida \
                would revive shuttle diplomacy.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-clause", text));
    let visits: Vec<&Event> = events.iter().filter(|e| e.kind == EventKind::Visit && e.participants == ["Fumio Kishida"]).collect();
    assert_eq!(visits.len(), 1, "{visits:#?}");
    assert_eq!((visits[0].date, visits[0].status), (day(2023, 5, 7), Status::Planned));
}

#[test]
fn a_weekday_header_orders_a_numeric_date_and_an_arrival_may_describe_its_city() {
    let text = "Putin lands for the summit\n\nFri, 11/10/2017 - 18:40\n\nRussian President Vladimir Putin \
                arrived in the central Vietnamese city of Da Nang on Friday to attend the summit.";
    let (record, events) = Extractor::new().extract_document(&Document::new("t-header", text));
    assert_eq!(record.published, day(2017, 11, 10));
    let visit = find(&events, EventKind::Visit, &["Vladimir Putin"]).expect("the arrival");
    assert_eq!((visit.date, visit.location.as_deref()), (day(2017, 11, 10), Some("Da Nang")));
}

#[test]
fn a_possessive_before_talks_is_a_side_of_them() {
    let text = "date 2024-06-20\n\nPrime Minister Pham Minh Chinh met Vladimir Putin in Hanoi on Thursday \
                afternoon.\nThe meeting followed Putin's talks that morning with State President To Lam.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-possessive", text));
    let talks = find(&events, EventKind::Meeting, &["Vladimir Putin", "To Lam"]).expect("Putin's talks with Lam");
    assert_eq!((talks.date, talks.location.as_deref()), (day(2024, 6, 20), Some("Hanoi")));
}

#[test]
fn he_is_due_to_leave_one_capital_for_another() {
    let text = "MOSCOW, May 10, 2025 - General Secretary To Lam held talks with President Vladimir Putin \
                today.\nLam is paying an official visit to Russia. He is due to leave Moscow tomorrow for Minsk.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-leave", text));
    let onward = events
        .iter()
        .find(|e| e.kind == EventKind::Visit && e.location.as_deref() == Some("Minsk"))
        .expect("the trip to Minsk");
    assert_eq!((onward.participants.as_slice(), onward.date, onward.status), (&["To Lam".to_owned()][..], day(2025, 5, 11), Status::Planned));
}

#[test]
fn talks_in_the_kremlin_are_in_moscow_whatever_else_the_sentence_recalls() {
    let text = "date 2004-05-18\n\nVietnamese President Tran Duc Luong held talks with Russian President \
                Vladimir Putin in the Kremlin on Tuesday, three years after the two leaders launched a \
                strategic partnership in Hanoi.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-kremlin", text));
    let talks = find(&events, EventKind::Meeting, &["Tran Duc Luong", "Vladimir Putin"]).expect("the talks");
    assert_eq!((talks.date, talks.location.as_deref()), (day(2004, 5, 18), Some("Moscow")));
    let trip = find(&events, EventKind::Visit, &["Tran Duc Luong"]).expect("Luong's trip, implied by the talks");
    assert_eq!(trip.location.as_deref(), Some("Moscow"));
    assert!(find(&events, EventKind::Visit, &["Vladimir Putin"]).is_none(), "{events:#?}");
}

#[test]
fn a_visit_that_lasted_until_a_day_runs_from_the_arrival_and_its_talks_are_in_the_city() {
    let text = "Russian President Vladimir Putin arrived in Hanoi on February 28, 2001 for a state visit that \
                lasted until March 2, the first visit to Vietnam by a Russian head of state.\nThe Kremlin \
                leader held official talks with President Tran Duc Luong on March 1.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-until", text));
    let visits: Vec<&Event> = events.iter().filter(|e| e.kind == EventKind::Visit).collect();
    assert_eq!(visits.len(), 1, "{visits:#?}");
    assert_eq!((visits[0].date, visits[0].date_end), (day(2001, 2, 28), day(2001, 3, 2)));
    let talks = find(&events, EventKind::Meeting, &["Vladimir Putin", "Tran Duc Luong"]).expect("the talks");
    assert_eq!((talks.date, talks.location.as_deref()), (day(2001, 3, 1), Some("Hanoi")));
}

#[test]
fn those_named_after_together_with_sign_too() {
    let text = "Posted May 29, 2015\n\nBURABAY, Kazakhstan - Prime Minister Nguyen Tan Dung signed the free trade \
                agreement in Burabay on Friday together with the heads of government of the union's member \
                states, among them Russian Prime Minister Dmitry Medvedev.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-cosign", text));
    let signing = find(&events, EventKind::Signing, &["Nguyen Tan Dung", "Dmitry Medvedev"]).expect("one signing by both");
    assert_eq!((signing.date, signing.location.as_deref()), (day(2015, 5, 29), Some("Burabay")));
}

#[test]
fn the_aim_of_a_visit_is_a_purpose_not_a_plan() {
    let text = "Posted March 3, 2016\n\nVietnamese Prime Minister Nguyen Tan Dung met Russian Prime Minister \
                Dmitry Medvedev in Moscow on Thursday. He said the aim of his visit was to deepen trade ties.\n\
                Next month, Dung is to visit Minsk.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-aim", text));
    let visits: Vec<(Status, Option<&str>)> = events
        .iter()
        .filter(|e| e.kind == EventKind::Visit)
        .map(|e| (e.status, e.location.as_deref()))
        .collect();
    assert!(visits.contains(&(Status::Occurred, Some("Moscow"))), "{visits:?}");
    assert!(!visits.contains(&(Status::Planned, Some("Moscow"))), "{visits:?}");
    assert!(visits.contains(&(Status::Planned, Some("Minsk"))), "{visits:?}");
}

#[test]
fn a_signing_after_their_talks_takes_the_day_of_the_talks() {
    let text = "Mon, 12 Nov 2018 07:00\n\nPrime Minister Dmitry Medvedev, who flew into Hanoi on Sunday, will hold \
                talks with Prime Minister Nguyen Xuan Phuc this afternoon.\nMedvedev and Phuc will sign a \
                shipping agreement after their talks.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-after-talks", text));
    let talks = find(&events, EventKind::Meeting, &["Dmitry Medvedev", "Nguyen Xuan Phuc"]).expect("the talks");
    assert_eq!(talks.date, day(2018, 11, 12));
    let signing = find(&events, EventKind::Signing, &["Dmitry Medvedev", "Nguyen Xuan Phuc"]).expect("the signing");
    assert_eq!(signing.date, day(2018, 11, 12), "{events:#?}");
    assert_eq!(signing.status, Status::Planned);
}

#[test]
fn a_stay_of_n_days_runs_from_the_arrival_or_up_to_its_last_day() {
    let text = "Posted July 6, 2022\n\nRussian Foreign Minister Sergey Lavrov arrived in Hanoi on Tuesday to begin a \
                two-day official visit to Vietnam.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-two-day", text));
    let visit = find(&events, EventKind::Visit, &["Sergey Lavrov"]).expect("the visit");
    assert_eq!((visit.date, visit.date_end), (day(2022, 7, 5), day(2022, 7, 6)));
    let text = "Fri, 25 Oct 2024 07:00\n\nPrime Minister Pham Minh Chinh met President Vladimir Putin in Kazan on \
                Thursday, wrapping up his three-day trip to Russia.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-three-day", text));
    let visit = find(&events, EventKind::Visit, &["Pham Minh Chinh"]).expect("the trip");
    assert_eq!((visit.date, visit.date_end), (day(2024, 10, 22), day(2024, 10, 24)), "{events:#?}");
    // "during a two-day visit" does not say which day the talks were.
    let text = "Posted July 6, 2022\n\nSergey Lavrov met Prime Minister Pham Minh Chinh in Hanoi on Tuesday during a \
                two-day visit.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-during", text));
    let visit = find(&events, EventKind::Visit, &["Sergey Lavrov"]).expect("the visit");
    assert_eq!((visit.date, visit.date_end), (day(2022, 7, 5), None));
}

#[test]
fn a_plan_is_not_framed_by_a_past_visit_named_in_passing() {
    let text = "Posted May 9, 2025\n\nGeneral Secretary To Lam met Prime Minister Mikhail Mishustin in Moscow on \
                Thursday. To Lam recalled Vladimir Putin's state visit to Vietnam in June 2024. To Lam will also hold talks \
                with Putin.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-plan-frame", text));
    let talks = find(&events, EventKind::Meeting, &["To Lam", "Vladimir Putin"]).expect("the planned talks");
    assert_eq!(talks.status, Status::Planned);
    assert_eq!(talks.location.as_deref(), Some("Moscow"), "{events:#?}");
    assert!(talks.date.is_some_and(|d| d >= NaiveDate::from_ymd_opt(2025, 5, 8).unwrap()), "{:?}", talks.date);
}

#[test]
fn two_hosts_holding_meetings_with_a_guest_meet_him_one_by_one() {
    let text = "Posted November 24, 2014\n\nPresident Vladimir Putin and Prime Minister Dmitry Medvedev are due to \
                hold meetings in Sochi with Nguyen Phu Trong on Tuesday.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-meetings", text));
    for host in ["Vladimir Putin", "Dmitry Medvedev"] {
        let m = find(&events, EventKind::Meeting, &[host, "Nguyen Phu Trong"]).expect(host);
        assert_eq!((m.date, m.status), (day(2014, 11, 25), Status::Planned), "{host}");
    }
    assert!(find(&events, EventKind::Meeting, &["Vladimir Putin", "Dmitry Medvedev", "Nguyen Phu Trong"]).is_none());
}

#[test]
fn ranks_written_short_do_not_end_the_sentence() {
    let text = "Posted December 27, 2024\n\nGen. Phan Van Giang on December 26 received in Hanoi Russian Deputy \
                Minister of National Defence Sen. Lieut. Gen. Alexander Vasilyevich Fomin.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-ranks", text));
    let m = find(&events, EventKind::Meeting, &["Phan Van Giang", "Alexander Vasilyevich Fomin"]).expect("the reception");
    assert_eq!((m.date, m.location.as_deref()), (day(2024, 12, 26), Some("Hanoi")));
}

#[test]
fn a_visit_to_a_country_is_in_the_city_of_that_country_its_sentence_names() {
    let text = "Posted January 16, 2025\n\nRussian Prime Minister Mikhail Mishustin left Hanoi on January 15, ending \
                an official visit to Vietnam.\nIn Moscow the week before, Mishustin had met Vladimir Putin about a \
                visit to Vietnam.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-city-of-visit", text));
    let visit = find(&events, EventKind::Visit, &["Mikhail Mishustin"]).expect("the visit");
    assert_eq!(visit.location.as_deref(), Some("Hanoi"), "{events:#?}");
    // A city of another country is not where the visit was.
    assert!(events.iter().all(|e| e.kind != EventKind::Visit || e.location.as_deref() != Some("Moscow")), "{events:#?}");
}

#[test]
fn the_visit_someone_made_is_that_persons_visit() {
    let text = "Posted May 24, 2019\n\nPrime Minister Nguyen Xuan Phuc ended his trip to Russia on Thursday. The trip \
                returned the visit that Dmitry Medvedev, then prime minister, made to Hanoi in November 2018, and the \
                one President Nguyen Minh Triet paid to Moscow in October 2008.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-made", text));
    let medvedev = find(&events, EventKind::Visit, &["Dmitry Medvedev"]).expect("Medvedev's visit");
    assert_eq!((medvedev.date_text().as_deref(), medvedev.location.as_deref()), (Some("2018-11"), Some("Hanoi")));
    assert_eq!(medvedev.status, Status::Occurred);
    assert!(find(&events, EventKind::Visit, &["Nguyen Xuan Phuc"]).is_some_and(|v| v.date_text().as_deref() != Some("2018-11")));
}

#[test]
fn trips_told_together_share_their_country_and_a_city_named_after_goes_to_the_last() {
    let text = "date 2020-01-30\n\nVladimir Putin has been to Vietnam three times as president, in 2001, 2013 and \
                2017, the last time for the APEC summit in Da Nang.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-listed", text));
    let places: Vec<(Option<String>, Option<&str>)> = events
        .iter()
        .filter(|e| e.kind == EventKind::Visit)
        .map(|e| (e.date_text(), e.location.as_deref()))
        .collect();
    assert_eq!(
        places,
        [
            (Some("2001".to_owned()), Some("Vietnam")),
            (Some("2013".to_owned()), Some("Vietnam")),
            (Some("2017".to_owned()), Some("Da Nang"))
        ]
    );
}

#[test]
fn being_invited_to_attend_an_event_abroad_is_a_planned_visit() {
    let text = "Posted January 30, 2025\n\nGeneral Secretary To Lam has been invited to attend the celebrations in \
                Moscow in May.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-invited", text));
    let visit = find(&events, EventKind::Visit, &["To Lam"]).expect("the invited visit");
    assert_eq!((visit.date_text().as_deref(), visit.location.as_deref(), visit.status), (Some("2025-05"), Some("Moscow"), Status::Planned));
}

#[test]
fn leaders_of_two_countries_witnessing_a_signing_together_met() {
    let text = "Posted March 5, 2016\n\nPresident Truong Tan Sang and President Vladimir Putin looked on as their \
                ministers signed a trade agreement in Moscow on Friday.\nLater, Prime Minister Nguyen Tan Dung \
                witnessed the signing of two more deals.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-witnesses", text));
    let met = find(&events, EventKind::Meeting, &["Truong Tan Sang", "Vladimir Putin"]).expect("the witnesses' meeting");
    assert_eq!((met.date, met.location.as_deref()), (day(2016, 3, 4), Some("Moscow")));
    // One witness alone meets nobody.
    assert!(events.iter().filter(|e| e.kind == EventKind::Meeting).all(|e| !e.participants.iter().any(|p| p == "Nguyen Tan Dung")));
}

/// Words of diplomatic news, names (some with a slip), titles, dates and stray marks.
fn news_words() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    let words = prop::sample::select(vec![
        "Putin", "Vladimir", "Poutin", "Nguen", "Phu", "Trong", "Phạm", "Minh", "Chính", "Tô", "Lâm", "President",
        "Prime", "Minister", "Sen.", "Lieut.", "Gen.", "Russian", "Vietnamese", "met", "visited", "held", "talks",
        "with", "in", "Hanoi", "Moscow", "Kazan", "the", "capital", "of", "on", "Tuesday", "May", "8", "2025",
        "two-day", "visit", "arrived", "wrapping", "up", "his", "trip", "that", "made", "paid", "looked", "signed",
        "and", "since", "2013", "will", "meetings", ",", ".", ";", "\n", "“", "–", "🙂", "ư", "Đ",
        // Words the session-10 rules read: openers, headings, repeated prepositions, stays.
        "When", "Later", "In", "his", "meeting", "by", "until", "lasted", "FRIDAY,", "9 MAY", "Road", "Kim", "Jong",
        "Un", "turns", "twenty", "this year", "recalled", "the month before", "touched down at", "after earlier stops in",
        "Wednesday, 28 February", "the same day", "who", "The two leaders,",
    ]);
    prop::collection::vec(words.prop_map(str::to_string), 0..40).prop_map(|w| w.join(" "))
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 300, ..proptest::prelude::ProptestConfig::default() })]

    /// No text makes the extractor fail (a panic would come back as the document's error).
    #[test]
    fn any_news_like_text_extracts_without_error(text in news_words(), dated in proptest::prelude::any::<bool>()) {
        let text = if dated { format!("Posted May 9, 2025\n\n{text}") } else { text };
        let (record, events) = Extractor::new().extract_document(&Document::new("p", &text));
        proptest::prop_assert!(record.outcome != Outcome::Error, "{:?}", record.message);
        for e in &events {
            proptest::prop_assert!(!e.participants.is_empty());
        }
    }
}

#[test]
fn witnesses_joined_by_and_share_the_sentences_subject() {
    let text = "Posted May 11, 2025\n\nTo Lam held talks with Vladimir Putin in Moscow on Saturday. Following the \
                talks, the two leaders adopted a joint statement, and were present as the documents signed by the \
                two sides were exchanged.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-and-present", text));
    let signing = find(&events, EventKind::Signing, &["To Lam", "Vladimir Putin"]).expect("the signing they witnessed");
    assert_eq!((signing.date, signing.location.as_deref()), (day(2025, 5, 10), Some("Moscow")));
}

#[test]
fn a_date_in_another_events_relative_clause_dates_that_event() {
    let text = "MOSCOW, May 18, 2004 - President Tran Duc Luong held talks with President Vladimir Putin in Moscow \
                on Tuesday. Luong's visit to Moscow returns the state visit that Putin paid to Vietnam in 2001.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-relative", text));
    let luong = find(&events, EventKind::Visit, &["Tran Duc Luong"]).expect("Luong's visit");
    assert_ne!(luong.date_text().as_deref(), Some("2001"), "{events:#?}");
    let putin = find(&events, EventKind::Visit, &["Vladimir Putin"]).expect("Putin's visit");
    assert_eq!(putin.date_text().as_deref(), Some("2001"));
}

#[test]
fn the_two_sides_after_a_named_person_are_the_signers() {
    let text = "MOSCOW, May 18, 2004 - President Tran Duc Luong held talks with President Vladimir Putin in Moscow \
                on Tuesday. Luong's visit returns the state visit that Putin paid to Vietnam in 2001, when the two \
                sides signed their strategic partnership declaration.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-two-sides", text));
    let signing = events.iter().find(|e| e.kind == EventKind::Signing).expect("the 2001 signing");
    assert_eq!(signing.participants.len(), 2, "{signing:?}");
    assert_eq!(signing.date_text().as_deref(), Some("2001"));
}

#[test]
fn a_year_counted_since_dates_no_later_happening() {
    let text = "Xi Jinping held talks with Vladimir Putin in Beijing. Xi said that he and Putin had met 42 times \
                since 2013. Putin also held a bilateral meeting with Vietnamese President Vo Van Thuong.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-since-frame", text));
    let thuong = find(&events, EventKind::Meeting, &["Vladimir Putin", "Vo Van Thuong"]).expect("the meeting");
    assert_ne!(thuong.date_text().as_deref(), Some("2013"), "{thuong:?}");
}

#[test]
fn attending_something_in_a_city_abroad_is_a_visit_there() {
    let text = "Posted May 10, 2014\n\nPresident Truong Tan Sang accepted the invitation to attend the celebrations \
                in Moscow next year. Prime Minister Nguyen Tan Dung attended a ceremony in Hanoi on Friday.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-attend", text));
    let visit = find(&events, EventKind::Visit, &["Truong Tan Sang"]).expect("Sang's trip to Moscow");
    assert_eq!((visit.date_text().as_deref(), visit.location.as_deref(), visit.status), (Some("2015"), Some("Moscow"), Status::Planned));
    // At home it is no visit.
    assert!(find(&events, EventKind::Visit, &["Nguyen Tan Dung"]).is_none(), "{events:#?}");
}

#[test]
fn years_joined_by_and_again_in_are_separate_visits() {
    let text = "date 2020-01-30\n\nPrime Minister Nguyen Xuan Phuc went to Russia in 2016 and again in 2019.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-again", text));
    let years: Vec<Option<String>> = events.iter().filter(|e| e.kind == EventKind::Visit).map(Event::date_text).collect();
    assert_eq!(years, [Some("2016".to_owned()), Some("2019".to_owned())]);
}

#[test]
fn the_visit_to_a_place_by_someone_is_that_persons_visit() {
    let text = "Posted October 17, 2023\n\nThuong noted the visit to Hanoi on Sunday and Monday by State Duma Chairman \
                Vyacheslav Volodin.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-visit-by", text));
    let visit = find(&events, EventKind::Visit, &["Vyacheslav Volodin"]).expect("Volodin's visit");
    assert_eq!((visit.date, visit.date_end, visit.location.as_deref()), (day(2023, 10, 15), day(2023, 10, 16), Some("Hanoi")));
}

#[test]
fn a_trip_asked_for_at_a_meeting_today_is_planned_and_not_today() {
    let text = "Posted October 17, 2023\n\nPresident Vo Van Thuong met President Vladimir Putin in Beijing on Tuesday. \
                Thuong asked Putin to come to Vietnam soon.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-come", text));
    let visit = find(&events, EventKind::Visit, &["Vladimir Putin"]).expect("the trip asked for");
    assert_eq!((visit.status, visit.date), (Status::Planned, None), "{visit:?}");
}

#[test]
fn visits_in_general_are_no_visit() {
    let text = "Posted October 17, 2023\n\nPresident Vo Van Thuong met President Vladimir Putin in Beijing on Tuesday. \
                Putin backed Thuong's call for trust through all-level visits and exchanges.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-visits", text));
    assert!(events.iter().all(|e| e.kind != EventKind::Visit || e.location.as_deref() != Some("Beijing")), "{events:#?}");
}

#[test]
fn the_city_a_visitor_leaves_is_not_where_he_goes() {
    let text = "President Xi Jinping held talks with President Vladimir Putin at the Kremlin on May 8, 2025, at the \
                start of a state visit to Russia.\nXi left Beijing on May 7 for the visit, which runs until May 10.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-left", text));
    let visits: Vec<&Event> = events.iter().filter(|e| e.kind == EventKind::Visit).collect();
    assert_eq!(visits.len(), 1, "{visits:#?}");
    assert_eq!((visits[0].date, visits[0].date_end, visits[0].location.as_deref()), (day(2025, 5, 7), day(2025, 5, 10), Some("Moscow")));
}

#[test]
fn trips_recalled_at_a_meeting_keep_their_own_year() {
    let text = "Posted July 27, 2012\n\nPresident Truong Tan Sang met Prime Minister Dmitry Medvedev in Moscow on \
                Thursday. Medvedev welcomed the Vietnamese leader and recalled his own trips to Vietnam, including \
                the one he made as president in 2010.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-trips", text));
    let trip = find(&events, EventKind::Visit, &["Dmitry Medvedev"]).expect("the 2010 trip");
    assert_eq!((trip.date_text().as_deref(), trip.location_country.as_deref()), (Some("2010"), Some("VNM")));
    assert!(events.iter().filter(|e| e.kind == EventKind::Meeting).all(|e| e.date_text().as_deref() != Some("2010")), "{events:#?}");
}

#[test]
fn the_general_secretary_alone_is_the_one_named_who_holds_that_office() {
    let text = "Moscow, September 7, 2018 - General Secretary Nguyen Phu Trong held talks with Prime Minister \
                Dmitry Medvedev in Moscow on Thursday. The general secretary last visited Russia in November 2014.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-gs", text));
    let visit = events
        .iter()
        .find(|e| e.kind == EventKind::Visit && e.date_text().as_deref() == Some("2014-11"))
        .expect("the 2014 trip");
    assert_eq!(visit.participants, ["Nguyen Phu Trong"]);
}

#[test]
fn talks_told_to_a_compatriot_of_the_one_met_are_the_tellers() {
    let text = "Posted January 16, 2025\n\nOn January 15, President Luong Cuong received Russian Prime Minister \
                Mikhail Mishustin in Hanoi. Mishustin briefed the president on his talks with Prime Minister Pham \
                Minh Chinh the previous day.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-briefed", text));
    let talks = find(&events, EventKind::Meeting, &["Mikhail Mishustin", "Pham Minh Chinh"]).expect("Mishustin's talks with Chinh");
    assert_eq!(talks.date, day(2025, 1, 14));
    assert!(find(&events, EventKind::Meeting, &["Luong Cuong", "Pham Minh Chinh"]).is_none(), "{events:#?}");
}

#[test]
fn a_later_dated_sentence_without_an_event_frames_what_follows() {
    let text = "Moscow, 10 May 2025 \u{2014} Putin held talks with Vietnamese party chief To Lam in the Kremlin on Saturday.\n\n\
                To Lam arrived in Moscow on Thursday for an official visit.\n\n\
                Opening the Saturday session, Putin thanked his guest for coming.\n\n\
                The two leaders then witnessed the signing of a package of documents.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-frame", text));
    let signing = find(&events, EventKind::Signing, &["Vladimir Putin", "To Lam"]).expect("the signing");
    assert_eq!(signing.date, day(2025, 5, 10), "{events:#?}");
}

#[test]
fn the_visit_told_before_is_no_visit_of_whoever_is_named_beside_it() {
    let text = "Posted June 21, 2024\n\nNational Assembly Chairman Tran Thanh Man met President Vladimir Putin in Hanoi \
                on June 20, during the Russian leader's state visit to Vietnam. Man was elected to lead the legislature \
                in May 2024, a month before the visit.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-the-visit", text));
    assert!(find(&events, EventKind::Visit, &["Tran Thanh Man"]).is_none(), "{events:#?}");
    assert!(find(&events, EventKind::Visit, &["Vladimir Putin"]).is_some(), "{events:#?}");
}

#[test]
fn spoke_rang_and_talked_are_calls_in_a_story_about_calls() {
    let text = "Updated: Oct 08, 2025 09:15 IST\n\nPrime Minister Narendra Modi held a phone call with President Vladimir \
                Putin on Tuesday. Tuesday's call was their fourth since August. Modi spoke to Putin on August 8. Putin \
                rang Modi on August 18 to brief him on his summit with US President Donald Trump three days earlier. \
                In between, the two leaders met in person in Tianjin on September 1. They last talked before that in June.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-calls", text));
    let calls: Vec<Option<String>> = events.iter().filter(|e| e.kind == EventKind::Call).map(Event::date_text).collect();
    for day in ["2025-10-07", "2025-08-08", "2025-08-18", "2025-06"] {
        assert!(calls.contains(&Some(day.to_owned())), "{day}: {calls:?}");
    }
    let summit = find(&events, EventKind::Meeting, &["Vladimir Putin", "Donald Trump"]).expect("Putin's summit with Trump");
    assert_eq!(summit.date_text().as_deref(), Some("2025-08-15"));
    let tianjin = find(&events, EventKind::Meeting, &["Narendra Modi", "Vladimir Putin"]).expect("the two leaders met");
    assert_eq!((tianjin.date_text().as_deref(), tianjin.location.as_deref()), (Some("2025-09-01"), Some("Tianjin")));
}

#[test]
fn spoke_to_outside_a_story_about_calls_is_no_call() {
    let text = "Posted May 10, 2025\n\nPresident Vladimir Putin spoke to Prime Minister Narendra Modi about trade on Friday.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-spoke", text));
    assert!(events.iter().all(|e| e.kind != EventKind::Call), "{events:#?}");
}

#[test]
fn a_caption_day_is_the_earliest_writing_day_so_a_weekday_after_it_has_happened() {
    let text = "Xi leaves Hanoi with signed deals\n\nChinese leader Xi Jinping left Hanoi on Tuesday afternoon at the end \
                of a two-day state visit.\n\nGeneral Secretary To Lam and Xi Jinping review the guard of honour in Hanoi, \
                April 14, 2025. Photo: staff\n\nOn Tuesday morning, Xi held talks with President Luong Cuong. Lam told his \
                guest that Vietnam wanted the visit to become a landmark, and asked Beijing to help build railways. After \
                the talks, Lam and Xi witnessed the exchange of dozens of cooperation documents.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-caption", text));
    let talks = find(&events, EventKind::Meeting, &["Xi Jinping", "Luong Cuong"]).expect("Tuesday's talks");
    assert_eq!((talks.date, talks.status), (day(2025, 4, 15), Status::Occurred));
    let visits: Vec<&Event> = events.iter().filter(|e| e.kind == EventKind::Visit).collect();
    assert!(visits.iter().all(|v| v.participants == ["Xi Jinping"] && v.location.as_deref() == Some("Hanoi")), "{visits:#?}");
    let signing = find(&events, EventKind::Signing, &["To Lam", "Xi Jinping"]).expect("the exchange of documents");
    assert_eq!(signing.location.as_deref(), Some("Hanoi"));
    assert!(events.iter().all(|e| e.location.as_deref() != Some("Beijing")), "{events:#?}");
}

#[test]
fn counted_trips_take_one_date_and_city_each_and_him_is_the_one_named_before() {
    let text = "Published: 2025-01-28\n\nParty General Secretary Nguyen Phu Trong made two trips to Russia: in November \
                2014, when Putin received him in Sochi, and in September 2018, when the two men held talks in Moscow.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-two-trips", text));
    let of = |kind: EventKind| {
        let mut found: Vec<(Option<String>, Option<String>)> =
            events.iter().filter(|e| e.kind == kind).map(|e| (e.date_text(), e.location.clone())).collect();
        found.sort();
        found
    };
    let expected = vec![(Some("2014-11".to_owned()), Some("Sochi".to_owned())), (Some("2018-09".to_owned()), Some("Moscow".to_owned()))];
    assert_eq!(of(EventKind::Visit), expected);
    assert_eq!(of(EventKind::Meeting), expected);
}

#[test]
fn the_two_heads_of_government_are_the_two_named_before_in_the_sentence() {
    let text = "Posted January 16, 2025\n\nOn January 15, President Luong Cuong received Prime Minister Mikhail Mishustin. \
                Earlier, on January 14, Prime Minister Pham Minh Chinh chaired the welcome ceremony for Mishustin, after \
                which the two heads of government held talks.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-two-heads", text));
    let talks = find(&events, EventKind::Meeting, &["Pham Minh Chinh", "Mikhail Mishustin"]).expect("the talks");
    assert_eq!(talks.date, day(2025, 1, 14));
    assert!(events.iter().filter(|e| e.kind == EventKind::Meeting).all(|e| e.date != day(2025, 1, 14) || e.participants.contains(&"Pham Minh Chinh".to_owned())), "{events:#?}");
}

#[test]
fn he_and_a_name_sign_together_in_the_year_of_the_sentence_before() {
    let text = "Published: 2025-01-28\n\nIn 2001, Vladimir Putin became the first Russian head of state to pay a state \
                visit to Vietnam. In Hanoi he and President Tran Duc Luong signed a joint declaration.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-he-and", text));
    let signing = find(&events, EventKind::Signing, &["Vladimir Putin", "Tran Duc Luong"]).expect("the signing");
    assert_eq!((signing.date_text().as_deref(), signing.location.as_deref()), (Some("2001"), Some("Hanoi")));
}

#[test]
fn a_tour_announced_ahead_with_talks_a_list_and_a_trip_that_tests() {
    let text = "Monday, June 17, 2024 - 19:40\n\nMOSCOW - President Vladimir Putin will visit North Korea on Tuesday and \
                then travel on to Vietnam, the Kremlin said on Monday, in a trip that will test ties while it fights in \
                Ukraine.\n\nIn Hanoi, the centrepiece will be talks on Thursday with Nguyen Phu Trong, Ushakov said.\n\n\
                Putin is also scheduled to meet President To Lam, who took office last month, Prime Minister Pham Minh \
                Chinh and Tran Thanh Man.\n\nPutin last set foot in Vietnam in November 2017.\n\nAnalysts said Putin would \
                look for friends, while Hanoi was expected to receive him with full honours.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-tour", text));
    let talks = find(&events, EventKind::Meeting, &["Vladimir Putin", "Nguyen Phu Trong"]).expect("Thursday's talks");
    assert_eq!((talks.date, talks.status, talks.location.as_deref()), (day(2024, 6, 20), Status::Planned, Some("Hanoi")));
    for other in ["To Lam", "Pham Minh Chinh", "Tran Thanh Man"] {
        assert!(find(&events, EventKind::Meeting, &["Vladimir Putin", other]).is_some(), "{other}: {events:#?}");
    }
    let visits: Vec<(Option<String>, Option<String>)> =
        events.iter().filter(|e| e.kind == EventKind::Visit).map(|e| (e.date_text(), e.location_country.clone())).collect();
    assert!(visits.contains(&(Some("2017-11".to_owned()), Some("VNM".to_owned()))), "{visits:?}");
    assert!(visits.iter().all(|(date, country)| country.as_deref() != Some("UKR") && date.as_deref() != Some("2024-06-17")), "{visits:?}");
    assert_eq!(events.iter().filter(|e| e.participants.contains(&"Nguyen Phu Trong".to_owned())).count(), 1, "{events:#?}");
}

#[test]
fn an_event_an_interval_after_another_is_dated_back_from_it() {
    let text = "Published: 2023-11-28\n\nOn Monday, Prime Minister Fumio Kishida held talks with President Vo Van Thuong \
                in Tokyo. Ministers then signed documents, with Kishida and Thuong looking on. The upgrade comes six \
                months after Prime Minister Pham Minh Chinh travelled to Hiroshima and one year after President Yoon \
                Suk Yeol went to Tokyo in March 2022. Modi spoke to Putin by phone on August 8, a day after National Security Adviser Ajit Doval \
                met Vladimir Putin in Moscow.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-interval", text));
    let signing = find(&events, EventKind::Signing, &["Fumio Kishida", "Vo Van Thuong"]).expect("the witnessed signing");
    assert_eq!(signing.date, day(2023, 11, 27));
    let trip = find(&events, EventKind::Visit, &["Pham Minh Chinh"]).expect("the Hiroshima trip");
    assert_eq!(trip.date_text().as_deref(), Some("2023-05"));
    let tokyo = find(&events, EventKind::Visit, &["Yoon Suk Yeol"]).expect("the Tokyo trip");
    assert_eq!(tokyo.date_text().as_deref(), Some("2022-03"));
    let doval = find(&events, EventKind::Meeting, &["Ajit Doval", "Vladimir Putin"]).expect("Doval's meeting");
    assert_eq!(doval.date_text().as_deref(), Some("2023-08-07"));
}

#[test]
fn the_visit_told_before_does_things_and_an_indefinite_leader_is_nobody() {
    let text = "Tuesday, 10/09/2024 | 06:10 (GMT+7)\n\nMoscow - On September 9, National Assembly Chairman Tran Thanh Man \
                held talks with Federation Council Chairwoman Valentina Matviyenko in Moscow. Man was greeted at the \
                airport by Ambassador Dang Minh Khoi. This is the first visit to Russia by a key Vietnamese leader this \
                year. Matviyenko said Russia attached great importance to the visit, which would help the parliaments. \
                She recalled that when President Vladimir Putin paid a state visit to Vietnam in June, he and Man had \
                met. He said the visit aimed to carry out agreements reached on August 8.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-the-visit-does", text));
    let visitors: Vec<&Vec<String>> = events.iter().filter(|e| e.kind == EventKind::Visit).map(|e| &e.participants).collect();
    assert!(visitors.iter().all(|v| v.as_slice() == ["Tran Thanh Man"] || v.as_slice() == ["Vladimir Putin"]), "{visitors:?}");
    let june = find(&events, EventKind::Meeting, &["Vladimir Putin", "Tran Thanh Man"]).expect("he and Man had met");
    assert_eq!(june.date_text().as_deref(), Some("2024-06"));
    assert!(events.iter().all(|e| e.date_text().as_deref() != Some("2024-08-08")), "{events:#?}");
}

#[test]
fn flying_on_a_passive_signing_and_a_glossing_date() {
    let text = "Published: 2025-01-15\n\nOn January 15 President Luong Cuong received Prime Minister Mikhail Mishustin, \
                who is paying an official visit from January 14 to 15. Cuong welcomed Mishustin on his first visit in \
                the year of the 75th anniversary of relations (January 30, 1950 - 2025). Medvedev came to Hanoi in \
                October 2010 for a visit, during which an agreement was signed. On Sunday Mishustin is due to fly on to \
                Minsk.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-gloss", text));
    let receptions: Vec<Option<String>> = events
        .iter()
        .filter(|e| e.kind == EventKind::Meeting && e.participants.contains(&"Luong Cuong".to_owned()))
        .map(Event::date_text)
        .collect();
    assert_eq!(receptions, [Some("2025-01-15".to_owned())]);
    assert!(events.iter().all(|e| e.kind != EventKind::Signing), "{events:#?}");
    let minsk = events.iter().find(|e| e.location.as_deref() == Some("Minsk")).expect("the flight on to Minsk");
    assert_eq!((minsk.kind, minsk.status, minsk.date), (EventKind::Visit, Status::Planned, day(2025, 1, 19)));
}

#[test]
fn the_one_invited_or_welcomed_is_to_visit_on_the_invitations_own_date() {
    let text = "Published: 2025-01-28\n\nPutin has invited General Secretary To Lam to attend the celebrations in May. \
                Putin invited Luong Cuong to Moscow next year. President Yoon had invited Prime Minister Fumio Kishida \
                to Seoul while he was in Japan in March. Modi told Putin he was looking forward to welcoming him in New \
                Delhi in December. On this occasion, Mishustin conveyed an invitation for Pham Minh Chinh to visit Russia \
                in 2025.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-invited", text));
    let planned = |who: &str| {
        let visit = find(&events, EventKind::Visit, &[who]).unwrap_or_else(|| panic!("{who}: {events:#?}"));
        assert_eq!(visit.status, Status::Planned, "{visit:?}");
        (visit.date_text(), visit.location.clone())
    };
    assert_eq!(planned("To Lam"), (Some("2025-05".to_owned()), None));
    assert_eq!(planned("Luong Cuong"), (Some("2026".to_owned()), Some("Moscow".to_owned())));
    assert_eq!(planned("Fumio Kishida"), (None, Some("Seoul".to_owned())));
    assert_eq!(planned("Vladimir Putin"), (Some("2025-12".to_owned()), Some("New Delhi".to_owned())));
    assert_eq!(planned("Pham Minh Chinh").0.as_deref(), Some("2025"));
}

#[test]
fn called_again_and_another_time_before_that_are_more_calls() {
    let text = "Published: 2024-03-27\n\nParty chief Nguyen Phu Trong held phone talks yesterday with President Vladimir \
                Putin. They last talked on April 5, 2021, after Trong was re-elected, and before that in June 2020. \
                Putin rang Trong on May 18 to thank him, and he called again on June 17 to greet Trong.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-again", text));
    let mut calls: Vec<Option<String>> = events.iter().filter(|e| e.kind == EventKind::Call).map(Event::date_text).collect();
    calls.sort();
    let expected: Vec<Option<String>> = ["2020-06", "2021-04-05", "2023-05-18", "2023-06-17", "2024-03-26"].iter().map(|d| Some((*d).to_owned())).collect();
    assert_eq!(calls, expected);
}

#[test]
fn a_timeline_of_visits_by_year() {
    let text = "Published: 09/08/2025\n\nGeneral Secretary To Lam will arrive in Seoul on Sunday at the invitation of \
                President Lee Jae-myung. The two leaders are scheduled to hold talks on Monday.\n\n\
                1996 - President Kim Young-sam becomes the first South Korean head of state to visit Vietnam.\n\n\
                2022 - President Nguyen Xuan Phuc travels to Seoul in December. At their talks on December 5, Phuc and \
                Yoon Suk Yeol raise relations to a comprehensive strategic partnership.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-timeline", text));
    let kim = find(&events, EventKind::Visit, &["Kim Young-sam"]).expect("Kim's visit");
    assert_eq!(kim.date_text().as_deref(), Some("1996"));
    assert_eq!(find(&events, EventKind::Visit, &["Nguyen Xuan Phuc"]).and_then(Event::date_text).as_deref(), Some("2022-12"));
    assert_eq!(find(&events, EventKind::Meeting, &["Nguyen Xuan Phuc", "Yoon Suk Yeol"]).and_then(Event::date_text).as_deref(), Some("2022-12-05"));
    let talks = find(&events, EventKind::Meeting, &["To Lam", "Lee Jae-myung"]).expect("Monday's talks");
    assert_eq!((talks.date_text().as_deref(), talks.status), (Some("2025-08-11"), Status::Planned));
}

#[test]
fn a_treaty_signed_by_two_and_a_trip_characterised_as_the_first() {
    let text = "HANOI, March 1, 2001 (Wire) - President Vladimir Putin met President Tran Duc Luong on Thursday.\n\n\
                Putin, who arrived in Hanoi on Wednesday for a state visit, is the first head of the Russian state to set \
                foot in Vietnam.\n\nThe declaration builds on the treaty which was signed in Moscow in June 1994 by then \
                Prime Minister Vo Van Kiet and his Russian counterpart Viktor Chernomyrdin.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-treaty", text));
    let treaty = find(&events, EventKind::Signing, &["Vo Van Kiet", "Viktor Chernomyrdin"]).expect("the 1994 treaty");
    assert_eq!((treaty.date_text().as_deref(), treaty.location.as_deref()), (Some("1994-06"), Some("Moscow")));
    let visits: Vec<&Event> = events.iter().filter(|e| e.kind == EventKind::Visit).collect();
    assert_eq!(visits.len(), 1, "{visits:#?}");
}

#[test]
fn a_reception_keeps_its_day_and_a_trip_before_travelling_on_is_the_subjects() {
    let text = "26/05/2025 - 21:10\n\nHANOI - French President Emmanuel Macron was welcomed by State President Luong \
                Cuong at the Presidential Palace this morning.\n\nMacron landed at Noi Bai airport on Sunday evening, \
                beginning a state visit to Vietnam from May 25 to 27.\n\nFollowing the ceremony, the two presidents held \
                talks. After the talks, the two presidents witnessed the signing of 14 documents.\n\nOn Tuesday, Macron \
                will fly to Jakarta, where he is due to hold talks with President Prabowo Subianto on Wednesday, before \
                travelling to Singapore.\n\nFrancois Mitterrand's landmark trip in February 1993 was the first by a Western \
                head of state.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-macron", text));
    let talks = find(&events, EventKind::Meeting, &["Emmanuel Macron", "Luong Cuong"]).expect("the talks");
    assert_eq!((talks.date, talks.date_end), (day(2025, 5, 26), None));
    let signing = find(&events, EventKind::Signing, &["Emmanuel Macron", "Luong Cuong"]).expect("the signing");
    assert_eq!((signing.date, signing.date_end), (day(2025, 5, 26), None));
    let singapore = events.iter().find(|e| e.location.as_deref() == Some("Singapore")).expect("the trip on to Singapore");
    assert_eq!(singapore.participants, ["Emmanuel Macron"]);
    let mitterrand = find(&events, EventKind::Visit, &["Francois Mitterrand"]).expect("Mitterrand's trip");
    assert_eq!(mitterrand.date_text().as_deref(), Some("1993-02"));
}

#[test]
fn co_chairs_meet_and_a_video_link_is_a_call() {
    let text = "Thursday, April 6, 2023 - 18:40\n\nHanoi - Deputy Prime Minister Tran Hong Ha and Russian Deputy Prime \
                Minister Dmitry Chernyshenko co-chaired the session of the committee in Hanoi today. They praised the \
                results of the last session, held in October. When Vladimir Putin and Xi Jinping spoke by video link \
                last Friday, Putin invited Xi to Moscow.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-cochair", text));
    let session = find(&events, EventKind::Meeting, &["Tran Hong Ha", "Dmitry Chernyshenko"]).expect("the co-chairs");
    assert_eq!(session.date, day(2023, 4, 6));
    let call = find(&events, EventKind::Call, &["Vladimir Putin", "Xi Jinping"]).expect("the video call");
    assert_eq!(call.date, day(2023, 3, 31));
}

#[test]
fn a_yearless_dateline_takes_the_year_its_lead_weekday_agrees_with() {
    // December 16 was a Wednesday in 2009; the text looks ahead to 2010 and recalls 2006.
    let text = "MOSCOW, Dec 16 (Wire) - Prime Minister Nguyen Tan Dung met President Dmitry Medvedev in Moscow on \
                Wednesday.\n\nParty chief Nong Duc Manh is also scheduled to make an official visit to Russia in 2010. \
                Putin last travelled to Vietnam in November 2006.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-dateline-weekday", text));
    let talks = find(&events, EventKind::Meeting, &["Nguyen Tan Dung", "Dmitry Medvedev"]).expect("the talks");
    assert_eq!(talks.date, day(2009, 12, 16));
}

#[test]
fn a_numbered_apec_meeting_dates_a_text_without_a_date() {
    let text = "BEIJING - President Truong Tan Sang met President Vladimir Putin on the sidelines of the 22nd APEC \
                Economic Leaders' Meeting, which closed on November 11.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-apec", text));
    let meeting = find(&events, EventKind::Meeting, &["Truong Tan Sang", "Vladimir Putin"]).expect("the meeting");
    assert_eq!(meeting.date.map(|d| chrono::Datelike::year(&d)), Some(2014), "{meeting:?}");
}

#[test]
fn an_anniversary_next_year_and_a_coarse_later_sentence_do_not_misdate_the_story() {
    // The 70th anniversary of the 1945 victory is next year: written in 2014. A sentence about
    // "the first exchange in 2014" does not frame the welcome better than the stay's days.
    let text = "BEIJING - President Truong Tan Sang met President Vladimir Putin on Tuesday, November 11. Sang \
                accepted an invitation to attend celebrations in Moscow next year marking the 70th anniversary of the \
                victory in the Great Patriotic War.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-next-year", text));
    let meeting = find(&events, EventKind::Meeting, &["Truong Tan Sang", "Vladimir Putin"]).expect("the meeting");
    assert_eq!(meeting.date, day(2014, 11, 11));
    let text = "Wednesday, January 24, 2024 - 22:30\n\nPresident Frank-Walter Steinmeier began a state visit to Vietnam \
                on January 23. It was the first trip abroad of the German President in 2024. Steinmeier attended a \
                welcome ceremony hosted by President Vo Van Thuong.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-coarse", text));
    let welcome = find(&events, EventKind::Meeting, &["Frank-Walter Steinmeier", "Vo Van Thuong"]).expect("the welcome");
    assert_eq!(welcome.date, day(2024, 1, 23));
}

#[test]
fn a_backdrop_event_dates_no_later_sentence_and_places_of_other_things_are_not_the_meetings() {
    let text = "VLADIVOSTOK, Russia, Sept 5, 2019 (Wire) - Prime Minister Narendra Modi held meetings with Asian \
                leaders on Thursday, a day after he and President Vladimir Putin held their annual summit.\n\n\
                Modi met Prime Minister Shinzo Abe first.\n\nModi then met his Malaysian counterpart Mahathir Mohamad \
                and raised the case of a preacher, who lives in Malaysia.\n\nAfter the talks on Wednesday, Modi and \
                Putin agreed to work towards a maritime link between Chennai and Vladivostok.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-backdrop", text));
    let abe = find(&events, EventKind::Meeting, &["Narendra Modi", "Shinzo Abe"]).expect("Modi met Abe");
    assert_eq!(abe.date, day(2019, 9, 5));
    let mahathir = find(&events, EventKind::Meeting, &["Narendra Modi", "Mahathir Mohamad"]).expect("Modi met Mahathir");
    assert_eq!(mahathir.location.as_deref(), Some("Vladivostok"));
    assert!(events.iter().all(|e| e.location.as_deref() != Some("Chennai")), "{events:#?}");
}

#[test]
fn came_twice_gives_two_trips_and_a_finer_date_in_the_same_clause_wins() {
    let text = "Published: 2023-03-30\n\nHis successor, Donald Trump, came twice, to Da Nang in November 2017 and to \
                Hanoi in February 2019. Defence Minister Ngo Xuan Lich accepted an invitation from Sergei Shoigu to \
                attend this year's Moscow Conference on International Security in April.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-twice", text));
    let mut trips: Vec<(Option<String>, Option<String>)> =
        events.iter().filter(|e| e.kind == EventKind::Visit && e.participants == ["Donald Trump"]).map(|e| (e.date_text(), e.location.clone())).collect();
    trips.sort();
    assert_eq!(trips, [(Some("2017-11".to_owned()), Some("Da Nang".to_owned())), (Some("2019-02".to_owned()), Some("Hanoi".to_owned()))]);
    let lich = find(&events, EventKind::Visit, &["Ngo Xuan Lich"]).expect("Lich's planned trip");
    assert_eq!(lich.date_text().as_deref(), Some("2023-04"));
}

#[test]
fn a_memory_frames_nothing_and_earlier_in_the_day_is_the_storys_day() {
    let text = "Thursday, 07/03/2024 | 19:55:02 [GMT +7]\n\nPrime Minister Pham Minh Chinh held talks with Prime \
                Minister Anthony Albanese in Canberra on Thursday. The Australian leader recalled his official visit to \
                Vietnam in June last year and his talks with Chinh in Hanoi at the time. After the talks, the two Prime \
                Ministers witnessed the exchange of cooperation documents. Earlier in the day, Chinh called on \
                Governor-General David Hurley at Government House in Canberra.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-recalled", text));
    let signing = find(&events, EventKind::Signing, &["Pham Minh Chinh", "Anthony Albanese"]).expect("the exchange");
    assert_eq!(signing.date, day(2024, 3, 7));
    let hurley = find(&events, EventKind::Meeting, &["Pham Minh Chinh", "David Hurley"]).expect("the courtesy call");
    assert_eq!(hurley.date, day(2024, 3, 7));
}

#[test]
fn talks_by_video_link_a_call_between_named_sides_and_that_trip() {
    let text = "Published: 2024-09-12\n\nIn June 2021, Phan Van Giang and then Defence Minister Sergei Shoigu held talks \
                by video link. The session carried out what leaders agreed during President Vladimir Putin's state visit \
                to Vietnam on June 19-20 and in the telephone conversation between the Russian President and General \
                Secretary To Lam in August.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-video", text));
    let video = find(&events, EventKind::Call, &["Phan Van Giang", "Sergei Shoigu"]).expect("the video talks");
    assert_eq!(video.date_text().as_deref(), Some("2021-06"));
    let call = find(&events, EventKind::Call, &["Vladimir Putin", "To Lam"]).expect("the August call");
    assert_eq!(call.date_text().as_deref(), Some("2024-08"));
}

#[test]
fn a_year_after_around_in_a_future_sentence_does_not_date_a_text_with_a_yearless_dateline() {
    // Nov 12 is a Tuesday in 2013 and in 2024: the plant "due to go online around 2020" was
    // written of before 2020, so 2013 is the year.
    let text = "HANOI, Nov 12 (Wire) - Russian President Vladimir Putin held talks on Tuesday with President \
                Truong Tan Sang, a year after Sang went to Sochi in 2012. The first reactor of the Ninh Thuan plant is \
                due to go online around 2020.";
    let (record, events) = Extractor::new().extract_document(&Document::new("t-around", text));
    assert_eq!(record.reference_date, day(2013, 11, 12));
    let talks = find(&events, EventKind::Meeting, &["Vladimir Putin", "Truong Tan Sang"]).expect("the talks");
    assert_eq!(talks.date, day(2013, 11, 12));
}

#[test]
fn the_second_day_of_the_visit_counts_from_the_arrival() {
    let text = "Posted on October 31, 2010\n\nPresident Dmitry Medvedev flew into Hanoi on Saturday for the Russia-ASEAN \
                summit. On the second day of his visit, President Nguyen Minh Triet welcomed him at the Presidential Palace.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-second-day", text));
    let welcome = find(&events, EventKind::Meeting, &["Nguyen Minh Triet", "Dmitry Medvedev"]).expect("the welcome");
    assert_eq!(welcome.date, day(2010, 10, 31));
}

#[test]
fn what_a_visit_brings_about_is_no_plan_and_no_other_visit() {
    let text = "Posted on October 31, 2010\n\nMedvedev arrived in Hanoi on Saturday for a two-day visit that the Kremlin \
                hopes will revive old ties. General Secretary Nong Duc Manh received him and said the visit would open a \
                new chapter. Manh added that the visit was a sign of mutual trust.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-effect", text));
    let visits: Vec<&Event> = events.iter().filter(|e| e.kind == EventKind::Visit).collect();
    assert_eq!(visits.len(), 1, "{visits:?}");
    assert_eq!(visits[0].participants, ["Dmitry Medvedev"]);
    assert_eq!(visits[0].status, Status::Occurred);
}

#[test]
fn a_signing_in_the_presence_of_leaders_names_a_putting_of_names_and_an_exchange() {
    let text = "Posted on October 31, 2010\n\nRussia will build the plant under an agreement signed on Sunday in the \
                presence of President Dmitry Medvedev and President Nguyen Minh Triet. The two presidents later looked on \
                as ministers exchanged a set of documents on oil and gas.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-presence", text));
    let signing = find(&events, EventKind::Signing, &["Dmitry Medvedev", "Nguyen Minh Triet"]).expect("the signing");
    assert_eq!(signing.date, day(2010, 10, 31));
    let text = "Posted on October 31, 2010\n\nSergei Kiriyenko and Vu Huy Hoang put their names to the accord at the \
                Presidential Palace on Sunday.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-names", text));
    assert!(find(&events, EventKind::Signing, &["Sergey Kiriyenko", "Vu Huy Hoang"]).is_some(), "{events:?}");
    assert!(find(&events, EventKind::Meeting, &["Sergey Kiriyenko", "Vu Huy Hoang"]).is_none(), "{events:?}");
}

#[test]
fn a_numbered_session_of_a_known_committee_dates_an_undated_text() {
    let text = "Deputy Prime Minister Tran Hong Ha met Dmitry Chernyshenko in Moscow, where the two co-chaired the 25th \
                meeting of the Vietnam-Russia Intergovernmental Committee.";
    let (record, events) = Extractor::new().extract_document(&Document::new("t-session", text));
    assert_eq!(record.published, None);
    assert_eq!(record.reference_date.map(|d| chrono::Datelike::year(&d)), Some(2024));
    assert!(find(&events, EventKind::Meeting, &["Tran Hong Ha", "Dmitry Chernyshenko"]).is_some());
}

#[test]
fn a_title_after_as_is_the_subjects_role_not_another_person() {
    let text = "Published: 2023-05-22\n\nMedvedev first came to Vietnam as Russian president in October 2010, when he \
                attended the Russia-ASEAN summit in Hanoi.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-as-title", text));
    let visitors: Vec<&[String]> = events.iter().filter(|e| e.kind == EventKind::Visit).map(|e| e.participants.as_slice()).collect();
    assert_eq!(visitors, [["Dmitry Medvedev".to_owned()]]);
}

#[test]
fn a_pairs_meeting_is_framed_by_its_own_talks_and_a_week_gives_the_month() {
    let text = "Updated: 30/06/2017 08:30\n\nMOSCOW - Vladimir Putin and Tran Dai Quang agreed yesterday to expand trade, \
                after talks at the Kremlin. Quang, who arrived in Moscow earlier this week, held talks with Alexander \
                Lukashenko in Minsk on Tuesday.\n\nPutin and Quang first met in a small format.\n\nPutin confirmed that he \
                would come to Vietnam in November.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-pair", text));
    let talks: Vec<Option<NaiveDate>> =
        events.iter().filter(|e| e.kind == EventKind::Meeting && e.participants.contains(&"Vladimir Putin".to_owned())).map(|e| e.date).collect();
    assert!(!talks.is_empty() && talks.iter().all(|d| *d == day(2017, 6, 29)), "{talks:?}");
    let arrival = events.iter().find(|e| e.kind == EventKind::Visit && e.location.as_deref() == Some("Moscow")).expect("the arrival");
    assert_eq!(arrival.date_text().as_deref(), Some("2017-06"));
    let planned = find(&events, EventKind::Visit, &["Vladimir Putin"]).expect("Putin's trip");
    assert_eq!((planned.date_text().as_deref(), planned.status), (Some("2017-11"), Status::Planned));
}

#[test]
fn an_old_date_told_in_passing_does_not_hide_the_story_day_from_a_later_signing() {
    let text = "Thursday, April 6, 2023 - 18:40\n\nTran Hong Ha and Dmitry Chernyshenko co-chaired the session in Hanoi \
                today. Chernyshenko, who arrived in Hanoi earlier this week, thanked his hosts. Ha took over as head of \
                the committee in January. At the end of the session, the two deputy prime ministers signed its minutes and \
                witnessed the signing of cooperation documents.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-old-date", text));
    let signing = find(&events, EventKind::Signing, &["Tran Hong Ha", "Dmitry Chernyshenko"]).expect("the minutes");
    assert_eq!(signing.date, day(2023, 4, 6));
}

#[test]
fn an_anniversary_counted_from_a_year_told_after_it_dates_the_text_over_a_year_marked_before() {
    // July 31 is a Thursday in 2025. The 30 years marked "in May last year" point to 2025 too.
    let text = "MOSCOW, July 31 (Wire) - Vladimir Putin and Thongloun Sisoulith held talks in the Kremlin on Thursday. \
                The visit falls in the year of the 65th anniversary of diplomatic relations between Laos and Russia, \
                established on October 7, 1960. They also met in Moscow in May last year, when the two sides marked 30 \
                years of their treaty on friendly relations, signed in 1994. After the talks the two presidents oversaw \
                the exchange of several documents.";
    let (record, events) = Extractor::new().extract_document(&Document::new("t-established", text));
    assert_eq!(record.reference_date, day(2025, 7, 31));
    let mut talks: Vec<Option<String>> = events.iter().filter(|e| e.kind == EventKind::Meeting).map(Event::date_text).collect();
    talks.sort();
    assert_eq!(talks, [Some("2024-05".to_owned()), Some("2025-07-31".to_owned())]);
    let exchange = find(&events, EventKind::Signing, &["Vladimir Putin", "Thongloun Sisoulith"]).expect("the exchange they oversaw");
    assert_eq!(exchange.date, day(2025, 7, 31));
}

#[test]
fn who_invited_the_visitor_does_not_hold_his_talks_and_landing_at_an_airport_is_arriving() {
    let text = "Posted on May 19, 2016\n\nPrime Minister Nguyen Xuan Phuc met Vladimir Putin in Sochi on Thursday. He \
                landed at Moscow's Vnukovo airport on Monday morning at the invitation of Putin and Prime Minister Dmitry \
                Medvedev, and held talks with Medvedev later the same day. The previous summit was held in Hanoi in \
                October 2010 and attended by then-President Dmitry Medvedev.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-inviter", text));
    let talks = find(&events, EventKind::Meeting, &["Nguyen Xuan Phuc", "Dmitry Medvedev"]).expect("the Moscow talks");
    assert_eq!((talks.date, talks.location.as_deref()), (day(2016, 5, 16), Some("Moscow")));
    let arrival = events.iter().find(|e| e.kind == EventKind::Visit && e.location.as_deref() == Some("Moscow")).expect("the landing");
    assert_eq!(arrival.date, day(2016, 5, 16));
    let summit = find(&events, EventKind::Visit, &["Dmitry Medvedev"]).expect("the summit he attended");
    assert_eq!((summit.date_text().as_deref(), summit.location.as_deref()), (Some("2010-10"), Some("Hanoi")));
}

#[test]
fn a_sentence_moves_the_story_to_its_last_day_and_a_new_clause_places_something_else() {
    let text = "HANOI, 3 September 2016 — Prime Minister Narendra Modi flew into Noi Bai International Airport late on \
                Friday, and his programme today included a visit to the Ho Chi Minh Mausoleum. After an official \
                welcome ceremony, Modi held talks with Nguyen Xuan Phuc.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-moves-on", text));
    let arrival = find(&events, EventKind::Visit, &["Narendra Modi"]).expect("the arrival");
    assert_eq!((arrival.date, arrival.location.as_deref()), (day(2016, 9, 2), Some("Hanoi")));
    let talks = find(&events, EventKind::Meeting, &["Narendra Modi", "Nguyen Xuan Phuc"]).expect("the talks");
    assert_eq!(talks.date, day(2016, 9, 3));
    let text = "Updated: 30/06/2017 08:30\n\nPresident Tran Dai Quang held talks with President Alexander Lukashenko on \
                Tuesday, and the two sides agreed to assemble Belarusian trucks in Vietnam.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-new-clause", text));
    let talks = find(&events, EventKind::Meeting, &["Tran Dai Quang", "Alexander Lukashenko"]).expect("the talks");
    assert_eq!(talks.location, None);
    assert!(find(&events, EventKind::Visit, &["Alexander Lukashenko"]).is_none(), "{events:?}");
}

#[test]
fn the_leader_of_a_party_is_its_visitor_and_a_sign_of_weight_is_no_signing() {
    let text = "Kazan, October 24, 2024. (Photo: VNA)\n\nPrime Minister Pham Minh Chinh and a delegation that included \
                Foreign Minister Bui Thanh Son landed in Kazan on Wednesday morning for a two-day working trip. The Russian \
                side included Foreign Minister Sergei Lavrov and Deputy Prime Minister Alexei Overchuk, a sign of the weight \
                Moscow puts on the talks.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-party", text));
    let visitors: Vec<&[String]> = events.iter().filter(|e| e.kind == EventKind::Visit).map(|e| e.participants.as_slice()).collect();
    assert_eq!(visitors, [["Pham Minh Chinh".to_owned()]]);
    assert!(events.iter().all(|e| e.kind != EventKind::Signing), "{events:?}");
}

#[test]
fn a_name_before_its_role_is_a_person_and_a_past_trip_told_at_a_meeting_keeps_its_date() {
    let text = "Friday, 21/03/2025 | 21:50 (GMT+7)\n\nPrime Minister Pham Minh Chinh received Rustam Minnikhanov in Hanoi on \
                Friday. Earlier in the day Minnikhanov held a working session with Nguyen Manh Quyen, Vice Chairman of the \
                Hanoi People's Committee. At the meeting with the Prime Minister, Chinh recalled Kazan, which he visited \
                last October.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-role", text));
    let session = find(&events, EventKind::Meeting, &["Rustam Minnikhanov", "Nguyen Manh Quyen"]).expect("the working session");
    assert_eq!(session.date, day(2025, 3, 21));
    let kazan = find(&events, EventKind::Visit, &["Pham Minh Chinh"]).expect("the Kazan trip");
    assert_eq!((kazan.date_text().as_deref(), kazan.location.as_deref()), (Some("2024-10"), Some("Kazan")));
}

#[test]
fn two_trips_in_one_sentence_the_russian_minister_and_leaving_for_the_next_stop() {
    let text = "Published 06.07.2022 18:40\n\nForeign Minister Sergey Lavrov flew into Hanoi late on Tuesday, having \
                stopped in Mongolia earlier this week. On Wednesday Lavrov held talks with Bui Thanh Son. Prime \
                Minister Pham Minh Chinh received the Russian minister later in the day. Lavrov was scheduled to leave \
                Hanoi on Wednesday afternoon for the Indonesian island of Bali.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-two-trips", text));
    let mut trips: Vec<(Option<String>, Option<String>)> =
        events.iter().filter(|e| e.kind == EventKind::Visit).map(|e| (e.location.clone(), e.date_text())).collect();
    trips.sort();
    assert_eq!(
        trips,
        [
            (Some("Bali".to_owned()), Some("2022-07-06".to_owned())),
            (Some("Hanoi".to_owned()), Some("2022-07-05".to_owned())),
            (Some("Mongolia".to_owned()), Some("2022-07".to_owned())),
        ]
    );
    let chinh = find(&events, EventKind::Meeting, &["Pham Minh Chinh", "Sergey Lavrov"]).expect("the reception");
    assert_eq!((chinh.date, chinh.location.as_deref()), (day(2022, 7, 6), Some("Hanoi")));
}

#[test]
fn the_plane_carries_the_traveller_and_the_first_leader_to_visit_is_no_new_trip() {
    let text = "Posted on July 1, 2022\n\nPresident Joko Widodo met Vladimir Putin in Moscow yesterday, a day after \
                seeing Volodymyr Zelensky in Kyiv, becoming the first Asian leader to visit both countries. From Moscow \
                the presidential plane flew on to the United Arab Emirates, arriving in Abu Dhabi in the early hours of \
                today. Widodo is due to hold talks with Sheikh Mohamed bin Zayed later today.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-plane", text));
    assert!(events.iter().all(|e| !(e.kind == EventKind::Visit && e.participants == ["Volodymyr Zelenskyy"])), "{events:?}");
    let gulf = events.iter().find(|e| e.kind == EventKind::Visit && e.location.as_deref() == Some("Abu Dhabi")).expect("the Gulf leg");
    assert_eq!((gulf.participants.as_slice(), gulf.date), (["Joko Widodo".to_owned()].as_slice(), day(2022, 7, 1)));
    let talks = find(&events, EventKind::Meeting, &["Joko Widodo", "Mohamed bin Zayed Al Nahyan"]).expect("the planned talks");
    assert_eq!((talks.status, talks.location.as_deref()), (Status::Planned, Some("Abu Dhabi")));
}

#[test]
fn a_stay_that_runs_until_sunday_is_the_one_begun_before_and_an_inviter_does_not_travel() {
    let text = "Friday, 24/05/2019 | 07:40 (GMT+7)\n\nOslo - Prime Minister Nguyen Xuan Phuc arrived in Oslo late \
                yesterday. Phuc's visit to Norway, at the invitation of Prime Minister Erna Solberg, runs until Sunday. He \
                will then travel to Sweden for an official visit from May 26 to 28 at the invitation of Prime Minister \
                Stefan Lofven.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-until", text));
    let mut trips: Vec<(Vec<String>, Option<String>, Option<String>)> =
        events.iter().filter(|e| e.kind == EventKind::Visit).map(|e| (e.participants.clone(), e.location.clone(), e.date_text())).collect();
    trips.sort();
    assert_eq!(
        trips,
        [
            (vec!["Nguyen Xuan Phuc".to_owned()], Some("Oslo".to_owned()), Some("2019-05-23".to_owned())),
            (vec!["Nguyen Xuan Phuc".to_owned()], Some("Sweden".to_owned()), Some("2019-05-26".to_owned())),
        ]
    );
}

#[test]
fn a_placeless_visit_is_to_the_dateline_city_not_where_he_came_from_nor_a_named_meeting() {
    let text = "HANOI, 8 November 2012 (Wire) — Dmitry Medvedev and Nguyen Tan Dung agreed yesterday to expand gas \
                cooperation.\n\nThe Russian leader flew in on Tuesday evening from Vientiane, where he had attended the \
                Asia-Europe Meeting summit, for a two-day official visit at Dung's invitation.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-dateline-city", text));
    let visit = find(&events, EventKind::Visit, &["Dmitry Medvedev"]).expect("the visit");
    assert_eq!((visit.date, visit.location.as_deref()), (day(2012, 11, 6), Some("Hanoi")));
    assert!(events.iter().all(|e| e.kind != EventKind::Meeting), "{events:?}");
}

#[test]
fn talks_of_a_pair_take_the_day_the_pair_was_named_on_not_the_arrival() {
    let text = "HANOI, 8 November 2012 (Wire) — Dmitry Medvedev and Nguyen Tan Dung agreed yesterday to expand gas \
                cooperation.\n\nMedvedev flew in on Tuesday evening for a two-day official visit at Dung's invitation.\n\n\
                The two prime ministers were welcomed with an official ceremony at the Presidential Palace before the talks.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-pair-day", text));
    let talks = find(&events, EventKind::Meeting, &["Dmitry Medvedev", "Nguyen Tan Dung"]).expect("the talks");
    assert_eq!(talks.date, day(2012, 11, 7));
}

#[test]
fn a_participle_phrase_after_a_comma_has_the_subject_of_the_sentence() {
    let text = "Published 06.07.2022 18:40\n\nHANOI - Sergey Lavrov held talks with Bui Thanh Son in Hanoi on Wednesday, \
                using a short official visit to tell his hosts that Moscow values the partnership.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-participle", text));
    let visitors: Vec<(&[String], Option<&str>)> =
        events.iter().filter(|e| e.kind == EventKind::Visit).map(|e| (e.participants.as_slice(), e.location.as_deref())).collect();
    assert_eq!(visitors, [(["Sergey Lavrov".to_owned()].as_slice(), Some("Hanoi"))]);
}

#[test]
fn a_centenary_and_a_quarter_of_a_century_date_a_text_and_a_described_partner_is_coordinated() {
    // March 4 is a Tuesday in 2025; "a quarter of a century since ... 2000" says 2025.
    let text = "MOSCOW, March 4 (Wire) - Vladimir Putin and Myanmar's military leader Min Aung Hlaing held talks in \
                the Kremlin on Tuesday. Putin noted that this year marks a quarter of a century since the two countries \
                signed a declaration on friendly relations in 2000.";
    let (record, events) = Extractor::new().extract_document(&Document::new("t-quarter", text));
    assert_eq!(record.reference_date, day(2025, 3, 4));
    let talks = find(&events, EventKind::Meeting, &["Vladimir Putin", "Min Aung Hlaing"]).expect("the talks");
    assert_eq!(talks.date, day(2025, 3, 4));
    // October 15 is a Sunday in 2017, the year of the centenary of the October Revolution.
    let text = "ST PETERSBURG, Oct 15 (Wire) - Nguyen Thi Kim Ngan met Valentina Matviyenko on Sunday. The meeting came \
                as Russia prepares to mark the centenary of the October Revolution next month.";
    let (record, _) = Extractor::new().extract_document(&Document::new("t-centenary", text));
    assert_eq!(record.reference_date, day(2017, 10, 15));
}

#[test]
fn a_title_in_apposition_is_the_named_persons_and_the_russian_speaker_refers_back() {
    let text = "ST PETERSBURG, Oct 15, 2017 - Nguyen Thi Kim Ngan met Valentina Matviyenko, speaker of Russia's \
                Federation Council, on Sunday. In February the Russian speaker was received by Nguyen Phu Trong in Hanoi.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-speaker", text));
    let people: Vec<&[String]> = events.iter().filter(|e| e.kind == EventKind::Meeting).map(|e| e.participants.as_slice()).collect();
    assert!(people.iter().all(|p| !p.contains(&"Vyacheslav Volodin".to_owned())), "{people:?}");
    assert!(find(&events, EventKind::Meeting, &["Nguyen Phu Trong", "Valentina Matviyenko"]).is_some(), "{events:?}");
}

#[test]
fn the_second_day_counts_from_a_later_arrival_and_a_city_named_person_coordinated_is_a_person() {
    let text = "Posted on October 17, 2023\n\nHANOI - Vyacheslav Volodin left Hanoi yesterday at the end of a visit at the \
                invitation of National Assembly Chairman Vuong Dinh Hue. The trip had first been planned for the 25th and \
                26th of June.\n\nVolodin landed at Noi Bai International Airport on Sunday afternoon. He was met at the \
                airport by officials. Later that day, Hue hosted a welcome ceremony.\n\nOn the second day of the visit, \
                Hue and Volodin co-chaired the committee. The same day, Volodin called on Nguyen Phu Trong.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-second-day-later", text));
    let trong = find(&events, EventKind::Meeting, &["Vyacheslav Volodin", "Nguyen Phu Trong"]).expect("the courtesy call");
    assert_eq!(trong.date, day(2023, 10, 16));
    let dates: Vec<Option<NaiveDate>> = events.iter().filter(|e| e.kind == EventKind::Meeting && e.participants.contains(&"Vuong Dinh Hue".to_owned())).map(|e| e.date).collect();
    assert!(dates.contains(&day(2023, 10, 16)), "{events:?}");
}

#[test]
fn years_after_a_dated_visit_anchor_the_text_and_a_possessive_place_or_a_place_talked_about_is_no_venue() {
    // July 27 is a Friday in 2012, eleven years after March 2001.
    let text = "SOCHI, July 27 (Wire) - Vladimir Putin received Truong Tan Sang at his Black Sea residence on Friday, and \
                the two presidents signed a statement placing ties in Hanoi's top tier of partnerships. Sang, who is \
                on an official visit to Russia, said Vietnam saw Moscow as a close friend. The meeting comes eleven years \
                after Putin's first visit to Hanoi, in March 2001. Sang is expected back in Russia in September for the APEC summit.";
    let (record, events) = Extractor::new().extract_document(&Document::new("t-years-after", text));
    assert_eq!(record.reference_date, day(2012, 7, 27));
    let signing = find(&events, EventKind::Signing, &["Vladimir Putin", "Truong Tan Sang"]).expect("the signing");
    assert_eq!(signing.location.as_deref(), Some("Sochi"));
    let visits: Vec<&Event> = events.iter().filter(|e| e.kind == EventKind::Visit && e.participants == ["Truong Tan Sang"]).collect();
    let official = visits.iter().find(|e| e.status == Status::Occurred).expect("the official visit");
    assert_eq!(official.location_country.as_deref(), Some("RUS"));
    assert_ne!(official.location.as_deref(), Some("Moscow"));
    // "is expected back in": a planned visit, in the September ahead.
    let planned = visits.iter().find(|e| e.status == Status::Planned).expect("the planned visit");
    assert_eq!(planned.date, day(2012, 9, 1));
    // The explicit month after the comma dates the first visit, not "eleven years" before 2012.
    let first = find(&events, EventKind::Visit, &["Vladimir Putin"]).expect("Putin's first visit");
    assert_eq!((first.date, first.date_text().as_deref()), (day(2001, 3, 1), Some("2001-03")));
}

#[test]
fn a_counterpart_named_after_his_rank_a_trip_told_in_the_past_and_that_trip_frame_the_talks() {
    let text = "Published 2020-10-31\n\nHanoi - Vietnam's defence minister, General Ngo Xuan Lich, and his Russian \
                counterpart, General Sergei Shoigu, talked by telephone on Friday. The call came after Lich's visit to Russia \
                from 3 to 9 February. During that trip the two generals held talks in Moscow and reviewed events of the \
                cross years of 2019 and 2020. The two men have met regularly since 2016.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-rank", text));
    let call = events.iter().find(|e| e.kind == EventKind::Call).expect("the call");
    // The counterpart is the general named right after, not the head of state.
    assert_eq!(call.participants, ["Ngo Xuan Lich", "Sergei Shoigu"]);
    // Told in the past in October: the February before, not the one ahead.
    let visit = find(&events, EventKind::Visit, &["Ngo Xuan Lich"]).expect("the visit");
    assert_eq!((visit.date, visit.date_end), (day(2020, 2, 3), day(2020, 2, 9)));
    // "During that trip": the trip's days, not the years that name the cross years.
    let meetings: Vec<&Event> = events.iter().filter(|e| e.kind == EventKind::Meeting).collect();
    assert_eq!(meetings.len(), 1, "a habit is no meeting: {meetings:?}");
    assert_eq!(meetings[0].date, day(2020, 2, 3));
    let text = "Published 2020-10-31\n\nGeneral Ngo Xuan Lich and General Sergei Shoigu have met regularly in Moscow and Hanoi.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-habit", text));
    assert!(events.is_empty(), "{events:?}");
}

#[test]
fn a_later_predicate_a_trip_by_someone_and_a_short_name_before_a_comma_name_the_right_people() {
    let text = "Updated: 10/06/2011 16:40\n\nSecurity chief meets Vietnam's Trong and Dung, prepares for Putin trip\n\n\
                Nha Trang - Prime Minister Nguyen Tan Dung received Russian Foreign Minister Sergey Lavrov on Thursday, at the end \
                of a visit meant to prepare for a trip to Vietnam by Prime Minister Vladimir Putin later this year. It will be \
                the first trip to Vietnam by a sitting Russian prime minister in years, the last being Mikhail Fradkov's visit \
                in 2005.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-later-predicate", text));
    // The headline's meeting has no named subject; Putin belongs to another predicate.
    assert!(events.iter().all(|e| !(e.kind == EventKind::Meeting && e.participants.contains(&"Vladimir Putin".to_owned()))), "{events:?}");
    let trip = find(&events, EventKind::Visit, &["Vladimir Putin"]).expect("Putin's trip");
    assert_eq!((trip.status, trip.date), (Status::Planned, day(2011, 1, 1)));
    // "by a sitting Russian prime minister" is nobody in particular.
    assert!(find(&events, EventKind::Visit, &["Vladimir Putin"]).is_some_and(|e| e.date_text().as_deref() == Some("2011")));
    assert_eq!(events.iter().filter(|e| e.kind == EventKind::Visit && e.participants == ["Vladimir Putin"]).count(), 1, "{events:?}");

    // "Sang, Party General Secretary ...": a short name before a comma and a titled name;
    // "holding talks with him" after a comma takes the main clause's subject.
    let text = "Published 2015-05-09\n\nPresident Truong Tan Sang held talks with Vladimir Putin in Moscow on Saturday. \
                Putin paid a state visit to Vietnam at Sang's invitation in 2013, holding talks with him in Hanoi on November \
                12. Dmitry Medvedev spent three days in Vietnam last month and called on Sang, Party General Secretary Nguyen \
                Phu Trong and National Assembly Chairman Nguyen Sinh Hung. The two men had last spoken by phone in March.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-short-name-comma", text));
    assert!(find(&events, EventKind::Meeting, &["Dmitry Medvedev", "Truong Tan Sang"]).is_some(), "{events:?}");
    let hanoi = find(&events, EventKind::Meeting, &["Vladimir Putin", "Truong Tan Sang"]).filter(|e| e.location.as_deref() == Some("Hanoi"));
    assert!(events.iter().any(|e| e.kind == EventKind::Meeting && e.date == day(2013, 11, 12)), "{hanoi:?} {events:?}");
    let stay = find(&events, EventKind::Visit, &["Dmitry Medvedev"]).expect("spent three days in Vietnam");
    assert_eq!(stay.date_text().as_deref(), Some("2015-04"));
    assert!(events.iter().any(|e| e.kind == EventKind::Call), "had last spoken by phone: {events:?}");
}

#[test]
fn an_unknown_name_before_its_role_takes_the_country_of_the_role_not_of_the_next_clause() {
    let text = "Published 2021-04-06\n\nYury Averyanov, Deputy Secretary of Russia's Security Council, spent two days in Hanoi \
                last month, and Nguyen Phu Trong received him on March 17.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-role-country", text));
    let visit = events.iter().find(|e| e.kind == EventKind::Visit).expect("the stay in Hanoi");
    assert_eq!((visit.participants.as_slice(), visit.location.as_deref()), (&["Yury Averyanov".to_owned()][..], Some("Hanoi")));
    assert!(find(&events, EventKind::Meeting, &["Nguyen Phu Trong", "Yury Averyanov"]).is_some(), "{events:?}");
}

#[test]
fn her_guest_two_titles_of_one_person_and_a_deputy_prime_minister_without_a_name() {
    let text = "Monday, December 24, 2018 - 21:35\n\nHanoi - Vyacheslav Volodin arrived in Hanoi yesterday at the head of a \
                delegation that included Ivan Melnikov. Volodin laid a wreath at the mausoleum. Nguyen Thi Kim Ngan and her \
                guest held talks on Monday.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-guest", text));
    // The guest is the visitor named most, not a member of his delegation named last.
    let talks = find(&events, EventKind::Meeting, &["Nguyen Thi Kim Ngan", "Vyacheslav Volodin"]).expect("the talks");
    assert_eq!(talks.date, day(2018, 12, 24));
    assert!(events.iter().all(|e| !e.participants.contains(&"Ivan Melnikov".to_owned()) || e.kind == EventKind::Visit), "{events:?}");

    let text = "VIENTIANE, 11 October 2024 (Wire) - Vietnamese Deputy Prime Minister and Foreign Minister Bui Thanh Son met \
                Russian Foreign Minister Sergey Lavrov on Thursday. The Russian Deputy Prime Minister did not attend.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-two-titles", text));
    let meetings: Vec<&[String]> = events.iter().filter(|e| e.kind == EventKind::Meeting).map(|e| e.participants.as_slice()).collect();
    assert_eq!(meetings, [["Bui Thanh Son".to_owned(), "Sergey Lavrov".to_owned()]]);
    // Russia has several deputy prime ministers at once: the title names none of them.
    let actors = summitry_core::actors::find_actors(text, &KnowledgeBase::builtin(), day(2024, 10, 11));
    let russian_deputy = text.find("Russian Deputy").expect("in the text");
    assert!(actors.mentions.iter().all(|m| m.span.start < russian_deputy), "{:?}", actors.mentions);
    // Early in 2016 the president was Truong Tan Sang: two titles before one name are that
    // man's (the words are ours; it is the grammar that is tested).
    let text = "Published 2016-03-01\n\nVietnamese President and General Secretary Nguyen Phu Trong received Sergey Lavrov.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-two-titles-2016", text));
    let meetings: Vec<&[String]> = events.iter().filter(|e| e.kind == EventKind::Meeting).map(|e| e.participants.as_slice()).collect();
    assert_eq!(meetings, [["Nguyen Phu Trong".to_owned(), "Sergey Lavrov".to_owned()]]);
}

#[test]
fn a_base_year_in_a_where_clause_and_a_lead_weekday_after_the_one_month_day_date_an_undated_text() {
    // 80 years after 1943 is 2023; June 29, 2023 is a Thursday, so the lead's Friday is June 30.
    let text = "Alexander Lukashenko held talks with Vladimir Putin on Friday at the Palace of Independence, brushing aside \
                protests from Vilnius.\n\nPutin flew into Minsk on the evening of June 29. The trip marked the 80th \
                anniversary of the battle of Kursk, where Soviet troops stopped the German offensive in the summer of 1943.\n\n\
                Putin invited his host to the BRICS summit in Kazan in October, and Lukashenko accepted.";
    let (record, events) = Extractor::new().extract_document(&Document::new("t-where-clause", text));
    assert_eq!(record.reference_date, day(2023, 6, 30));
    let talks = find(&events, EventKind::Meeting, &["Alexander Lukashenko", "Vladimir Putin"]).expect("the talks");
    assert_eq!(talks.date, day(2023, 6, 30));
    // A place something comes from is not where the talks are.
    assert_ne!(talks.location.as_deref(), Some("Vilnius"));
    // "his host" is invited, to a gathering somewhere: a planned visit, not a meeting.
    let kazan = find(&events, EventKind::Visit, &["Alexander Lukashenko"]).expect("the planned trip");
    assert_eq!((kazan.status, kazan.location.as_deref(), kazan.date_text().as_deref()), (Status::Planned, Some("Kazan"), Some("2023-10")));
    assert!(events.iter().all(|e| !(e.kind == EventKind::Meeting && e.location.as_deref() == Some("Kazan"))), "{events:?}");
}

#[test]
fn dates_and_places_of_since_phrases_plan_bounds_and_an_agentless_passive_stay_with_their_own_clause() {
    let text = "Updated: 04/09/2023 22:10\n\nRecep Tayyip Erdogan held talks with Vladimir Putin in Sochi on Monday. The \
                short visit gave the two presidents their first meeting since October last year, when they sat down together \
                in the Kazakh capital Astana. He had talked on the sidelines of a summit in Samarkand with Putin in September \
                2022, weeks after the grain deal was first signed in Istanbul. Hakan Fidan, on his first trip since taking \
                over the ministry in June, held talks with Sergey Lavrov in the Russian capital last Thursday, after which \
                the two ministers looked on as officials signed a plan running to 2031.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-since-phrases", text));
    let dated = |people: &[&str]| -> Vec<(Option<String>, Option<String>)> {
        let mut found: Vec<_> = events.iter().filter(|e| e.kind == EventKind::Meeting && people.iter().all(|p| e.participants.contains(&(*p).to_owned())))
            .map(|e| (e.date_text(), e.location.clone())).collect();
        found.sort();
        found
    };
    let at = |date: &str, place: &str| (Some(date.to_owned()), Some(place.to_owned()));
    // The talks stay in Sochi; the time recalled in the "since ..., when" clause is in Astana.
    assert_eq!(dated(&["Recep Tayyip Erdogan", "Vladimir Putin"]), [at("2022-09", "Samarkand"), at("2022-10", "Astana"), at("2023-09-04", "Sochi")]);
    // "since taking over in June" dates no talks, and "running to 2031" bounds a plan.
    assert_eq!(dated(&["Hakan Fidan", "Sergey Lavrov"]), [at("2023-08-31", "Moscow")]);
    // "was first signed": a passive names no signer.
    assert!(events.iter().all(|e| !(e.kind == EventKind::Signing && e.location.as_deref() == Some("Istanbul"))), "{events:?}");
    assert!(events.iter().all(|e| e.date_text().as_deref() != Some("2031")), "{events:?}");
}

#[test]
fn pronouns_appositions_and_bounds_in_later_sentences_of_a_story() {
    let text = "Tuesday, November 1, 2022 - 21:30\n\nBEIJING - Nguyen Phu Trong held talks with Xi Jinping on Monday. The \
                Vietnamese leader told his host he had kept his promise to make China the first country he visited after \
                his re-election. Li Zhanshu, chairman of the Standing Committee of the National People's Congress, met him \
                later on Tuesday. Trong's last visit to China before this week took place in January 2017.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-pronouns", text));
    // "told his host he ... visited": the one who told, not the host.
    assert!(find(&events, EventKind::Visit, &["Xi Jinping"]).is_none(), "{events:?}");
    // An apposition between the subject and "met him".
    let li = find(&events, EventKind::Meeting, &["Li Zhanshu", "Nguyen Phu Trong"]).expect("Li Zhanshu's meeting");
    assert_eq!(li.date, day(2022, 11, 1));
    // "before this week" bounds the visit; January 2017 dates it.
    assert!(events.iter().any(|e| e.kind == EventKind::Visit && e.date_text().as_deref() == Some("2017-01")), "{events:?}");

    let text = "Published 2023-09-11\n\nTrong and Biden discussed it by telephone at the end of March, and Secretary of \
                State Antony Blinken, who travelled with the president, visited Hanoi in April. Trong received him on \
                April 15.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-clause-subject", text));
    let call = events.iter().find(|e| e.kind == EventKind::Call).expect("the call");
    assert_eq!((call.participants.len(), call.date_text().as_deref()), (2, Some("2023-03")));
    // "him" is the subject of the clause after ", and", the one named last.
    assert!(find(&events, EventKind::Meeting, &["Nguyen Phu Trong", "Antony Blinken"]).is_some(), "{events:?}");
}

#[test]
fn first_in_n_years_since_three_quarters_of_a_century_and_short_names_of_people_read_with_their_role() {
    // Four years after October 2019 is 2023, and December 7, 2023 is a Thursday.
    let text = "Vladimir Putin flew to Riyadh for talks with Mohammed bin Salman. It was their first face-to-face meeting \
                in four years, since Putin's previous trip in October 2019. Raisi landed in Moscow on Thursday, December 7.";
    let (record, _) = Extractor::new().extract_document(&Document::new("t-in-four-years", text));
    assert_eq!(record.reference_date, day(2023, 12, 7));
    // 1950 plus three quarters of a century; December 1, 2025 is a Monday.
    let text = "Hanoi - Nguyen Khac Dinh held talks on Monday, December 1, with Andrey Yatskin, First Deputy Speaker of the \
                Federation Council of Russia. Ha called it a milestone in a year marking three quarters of a century since \
                the two countries established diplomatic relations in January 1950. Deputy Prime Minister Tran Hong Ha \
                received Yatskin the same afternoon.";
    let (record, events) = Extractor::new().extract_document(&Document::new("t-three-quarters", text));
    assert_eq!(record.reference_date, day(2025, 12, 1));
    // "First Deputy Speaker": two words before the role; "Yatskin" alone is the same man.
    assert!(find(&events, EventKind::Meeting, &["Nguyen Khac Dinh", "Andrey Yatskin"]).is_some(), "{events:?}");
    let ha = find(&events, EventKind::Meeting, &["Tran Hong Ha", "Andrey Yatskin"]).expect("the afternoon meeting");
    assert_eq!(ha.date, day(2025, 12, 1));
}

#[test]
fn summit_sidelines_name_the_right_pairs() {
    let text = "Putin works the sidelines, hears Modi's call for peace a day after talks with Xi\n\nSAMARKAND, Sept 16, 2022 - \
                President Vo Van Thuong ended the week with separate meetings on Friday with Prime Minister Anthony Albanese \
                and President Dina Boluarte, after two days in which he sat down with the heads of five economies. Thuong \
                thanked Albanese and Boluarte, a day after he sat down with Anwar Ibrahim. Vladimir Putin met Xi Jinping on \
                Thursday, and Putin held talks with Xi again on Friday. Later on Friday, Putin spent around 40 minutes with \
                Recep Tayyip Erdogan. The two men had last met in Sochi on August 5.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-sidelines", text));
    let pairs: Vec<Vec<String>> = events.iter().filter(|e| e.kind == EventKind::Meeting).map(|e| {
        let mut p = e.participants.clone();
        p.sort();
        p
    }).collect();
    let has = |a: &str, b: &str| pairs.iter().any(|p| p.contains(&a.to_owned()) && p.contains(&b.to_owned()));
    // One meeting each with the subject, not a meeting of the two he met ("he sat down").
    assert!(has("Vo Van Thuong", "Anthony Albanese") && has("Vo Van Thuong", "Dina Boluarte"), "{pairs:?}");
    assert!(!has("Anthony Albanese", "Dina Boluarte") && has("Vo Van Thuong", "Anwar Ibrahim"), "{pairs:?}");
    // "Modi's call for peace" makes Modi the owner of the call, not a party to the talks.
    assert!(!has("Narendra Modi", "Xi Jinping"), "{pairs:?}");
    // "spent 40 minutes with", and "the two men" of the meeting just told.
    let sochi = events.iter().find(|e| e.kind == EventKind::Meeting && e.location.as_deref() == Some("Sochi"));
    assert_eq!(sochi.map(|e| (e.participants.clone(), e.date)), Some((vec!["Vladimir Putin".to_owned(), "Recep Tayyip Erdogan".to_owned()], day(2022, 8, 5))));
}

#[test]
fn a_pronoun_led_sentence_keeps_its_subject_and_a_city_being_left_is_where_one_met() {
    let text = "Thursday, 26/09/2024 | 07:30 (GMT+7)\n\nHavana - To Lam arrived in Havana on Wednesday evening. Hours before \
                leaving New York, Lam met US President Joe Biden on Wednesday. On Tuesday he met Secretary-General Antonio \
                Guterres, and thanked UN agencies. The same day he also met Finnish President Alexander Stubb.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-pronoun-led", text));
    let biden = find(&events, EventKind::Meeting, &["To Lam", "Joe Biden"]).expect("the Biden meeting");
    assert_eq!((biden.date, biden.location.as_deref()), (day(2024, 9, 25), Some("New York")));
    // "he" is Lam, not Guterres named after "he met" in the sentence before.
    assert!(find(&events, EventKind::Meeting, &["To Lam", "Alexander Stubb"]).is_some(), "{events:?}");
    assert!(find(&events, EventKind::Meeting, &["Antonio Guterres", "Alexander Stubb"]).is_none(), "{events:?}");
}

#[test]
fn landed_first_in_a_city_is_an_arrival_there() {
    let text = "Published 2023-12-07\n\nVladimir Putin visited two Gulf capitals on Wednesday. Putin's plane, flanked by \
                fighter jets, landed first in Abu Dhabi. President Mohamed bin Zayed Al Nahyan met him at the palace.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-landed-first", text));
    let visit = find(&events, EventKind::Visit, &["Vladimir Putin"]).expect("the arrival");
    assert_eq!((visit.date, visit.location.as_deref()), (day(2023, 12, 6), Some("Abu Dhabi")));
    let meeting = find(&events, EventKind::Meeting, &["Mohamed bin Zayed Al Nahyan", "Vladimir Putin"]).expect("the welcome");
    assert_eq!(meeting.location.as_deref(), Some("Abu Dhabi"));
}

#[test]
fn a_reception_during_a_visit_is_not_on_the_day_the_visitor_left() {
    let text = "Wednesday, December 10, 2025 - 22:15\n\nSergei Shoigu left Hanoi on Wednesday at the end of a three-day \
                visit during which he was received by Party General Secretary To Lam. On Tuesday, To Lam received Shoigu at \
                the party headquarters.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-during-which", text));
    let receptions: Vec<Option<NaiveDate>> = events.iter().filter(|e| e.kind == EventKind::Meeting).map(|e| e.date).collect();
    assert_eq!(receptions, [day(2025, 12, 9)], "{events:?}");
}

#[test]
fn the_governor_is_the_person_introduced_with_that_role() {
    let text = "Published 2023-11-24\n\nHanoi - Vladislav Shapsha, Governor of Russia's Kaluga Region, ended a working \
                visit to Vietnam on Friday. The governor called on Deputy Prime Minister Tran Hong Ha on Thursday.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-the-governor", text));
    let call = find(&events, EventKind::Meeting, &["Vladislav Shapsha", "Tran Hong Ha"]).expect("the governor's call");
    assert_eq!(call.date, day(2023, 11, 23));
}

#[test]
fn he_after_a_host_received_him_is_the_visitor() {
    let text = "Published 2022-07-27\n\nRussian Foreign Minister Sergei Lavrov spent Sunday in Cairo. On Monday President \
                Denis Sassou Nguesso received him in Brazzaville. He reached Kampala the same evening and had a short \
                meeting with Uganda's Foreign Minister Jeje Odongo.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-received-him", text));
    let odongo = find(&events, EventKind::Meeting, &["Sergey Lavrov", "Jeje Odongo"]).expect("Lavrov met Odongo");
    assert_eq!(odongo.date, day(2022, 7, 25));
    assert!(find(&events, EventKind::Visit, &["Sergey Lavrov"]).is_some_and(|v| v.location.as_deref() == Some("Kampala")), "{events:?}");
    assert!(find(&events, EventKind::Meeting, &["Denis Sassou Nguesso", "Jeje Odongo"]).is_none(), "{events:?}");
}

#[test]
fn a_host_unknown_to_the_knowledge_base_receives_the_visitor() {
    let text = "Published 2022-07-27\n\nSergei Lavrov reached Uganda on Monday. On Tuesday President Kaguta Obwona \
                hosted him at State House in Kampala.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-unknown-host", text));
    let meeting = find(&events, EventKind::Meeting, &["Kaguta Obwona", "Sergey Lavrov"]).expect("the host's meeting");
    assert_eq!((meeting.date, meeting.location.as_deref()), (day(2022, 7, 26), Some("Kampala")));
}

#[test]
fn a_town_introduced_as_one_is_a_meeting_place() {
    let text = "Published 2022-07-27\n\nOn Monday Sergei Lavrov went to the Republic of the Congo. President Denis \
                Sassou Nguesso received him in the northern town of Oyo.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-town-of", text));
    let meeting = find(&events, EventKind::Meeting, &["Denis Sassou Nguesso", "Sergey Lavrov"]).expect("the reception");
    assert_eq!((meeting.location.as_deref(), meeting.location_country.as_deref()), (Some("Oyo"), Some("COG")));
}

#[test]
fn the_nth_leader_to_come_lists_earlier_trips_and_is_the_trip_told() {
    let text = "Published 2023-09-12\n\nHanoi - US President Joe Biden ended a state visit to Vietnam on Monday. Biden \
                is the fifth sitting US president to come to Vietnam, after Bill Clinton in 2000, George W. Bush in 2006 \
                and Barack Obama in 2016. Party chief Nguyen Phu Trong recalled a frank discussion with Biden during his \
                own visit to Washington in July 2015.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-nth-to-come", text));
    let biden: Vec<Option<String>> = events.iter().filter(|e| e.kind == EventKind::Visit && e.participants == ["Joe Biden"]).map(Event::date_text).collect();
    assert_eq!(biden, [Some("2023-09-11".to_owned())], "{events:?}");
    for (who, year) in [("Bill Clinton", "2000"), ("George W. Bush", "2006"), ("Barack Obama", "2016")] {
        let visit = find(&events, EventKind::Visit, &[who]).expect(who);
        assert_eq!((visit.date_text().as_deref(), visit.location_country.as_deref()), (Some(year), Some("VNM")), "{who}");
    }
    let discussion = find(&events, EventKind::Meeting, &["Nguyen Phu Trong", "Joe Biden"]).expect("the 2015 discussion");
    assert_eq!(discussion.date_text().as_deref(), Some("2015-07"));
}

#[test]
fn the_ambassador_names_the_ambassador_introduced_by_title_and_him_is_the_verbs_object() {
    let text = "16/04/2021 - 10:15\n\nHanoi - President Nguyen Xuan Phuc on Thursday received Russian Ambassador Konstantin \
                Vnukov, who called on him to bid farewell. Late last year, the ambassador had already paid a farewell call on \
                Nguyen Phu Trong. Trong received him in Hanoi on December 3 and asked him to convey his greetings to Vladimir Putin.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-the-ambassador", text));
    let farewell = find(&events, EventKind::Meeting, &["Nguyen Phu Trong", "Konstantin Vnukov"]).expect("the farewell call on Trong");
    assert_eq!(farewell.date, day(2020, 12, 3), "{events:?}");
    assert!(find(&events, EventKind::Meeting, &["Nguyen Phu Trong", "Vladimir Putin"]).is_none(), "{events:?}");
}

#[test]
fn a_sentence_at_the_talks_brings_the_same_day_back_to_the_talks() {
    let text = "By Thanh Ha | Tuesday, May 23, 2023 - 08:30\n\nHanoi - Party General Secretary Nguyen Phu Trong held talks in \
                Hanoi on Monday with Dmitry Medvedev, who is on a working visit from May 21 to 23. He arrived on Sunday and laid \
                wreaths at the mausoleum.\n\nAt the talks, Trong said the party valued its ties with parties in Russia.\n\nThe same \
                day, President Vo Van Thuong received Medvedev. Medvedev knows Hanoi. As Russian president, he attended the \
                ASEAN-Russia summit in Hanoi in October 2010.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-back-at-talks", text));
    let thuong = find(&events, EventKind::Meeting, &["Vo Van Thuong", "Dmitry Medvedev"]).expect("Thuong's reception");
    assert_eq!(thuong.date, day(2023, 5, 22));
    // "As Russian president, he": a role of the subject, not the president in office.
    let summit = events.iter().find(|e| e.kind == EventKind::Visit && e.date_text().as_deref() == Some("2010-10")).expect("the 2010 trip");
    assert_eq!(summit.participants, ["Dmitry Medvedev"]);
}

#[test]
fn a_last_contact_recalled_is_no_day_the_story_counts_from() {
    let text = "Moscow - President Nguyen Xuan Phuc and Russian President Vladimir Putin held talks in the Kremlin on November \
                30, 2021 and signed a joint statement on their vision for the partnership to 2030. The two presidents last spoke \
                by phone on September 16. Phuc is paying an official visit to Russia from November 29 to December 2.\n\nThe \
                following day, Phuc met State Duma Chairman Vyacheslav Volodin. As prime minister Phuc had visited Russia in May \
                2016. He returned three years later, in May 2019, and was received by Putin in the Kremlin.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-last-contact", text));
    let volodin = find(&events, EventKind::Meeting, &["Nguyen Xuan Phuc", "Vyacheslav Volodin"]).expect("the Duma meeting");
    assert_eq!(volodin.date, day(2021, 12, 1));
    let signings: Vec<Option<String>> = events.iter().filter(|e| e.kind == EventKind::Signing).map(Event::date_text).collect();
    assert_eq!(signings, [Some("2021-11-30".to_owned())], "{events:?}");
    let kremlin: Vec<Option<String>> = events.iter().filter(|e| e.kind == EventKind::Meeting && e.participants.len() == 2 && e.participants.contains(&"Vladimir Putin".to_owned())).map(Event::date_text).collect();
    assert_eq!(kremlin, [Some("2021-11-30".to_owned()), Some("2019-05".to_owned())], "{events:?}");
}

#[test]
fn a_trip_named_again_keeps_its_date_and_what_happened_during_it() {
    let text = "KAZAN, Russia, Oct 24, 2024 (Wire) - Vladimir Putin held talks with Vietnamese Prime Minister Pham Minh Chinh on \
                Thursday. Putin said he had warm memories of his state visit to Vietnam in June. Luong Cuong was elected state \
                president on Monday. The meeting was the first since Putin's visit to Hanoi, during which he held talks with Chinh \
                as well as with the late party chief Nguyen Phu Trong and with To Lam.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-trip-named-again", text));
    for host in ["Pham Minh Chinh", "Nguyen Phu Trong", "To Lam"] {
        let dates: Vec<Option<String>> = events
            .iter()
            .filter(|e| e.kind == EventKind::Meeting && e.participants.contains(&host.to_owned()) && e.location.as_deref() == Some("Hanoi"))
            .map(Event::date_text)
            .collect();
        assert_eq!(dates, [Some("2024-06".to_owned())], "{host}: {events:?}");
    }
}

#[test]
fn only_the_clause_that_says_video_link_is_a_call() {
    let text = "Published 2024-08-13\n\nGeneral Phan Van Giang met Sergei Shoigu near Moscow in August last year, and the two \
                ministers had held talks by video link on June 11, 2021.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-video-clause", text));
    let meeting = find(&events, EventKind::Meeting, &["Phan Van Giang", "Sergei Shoigu"]).expect("the meeting near Moscow");
    assert_eq!(meeting.date_text().as_deref(), Some("2023-08"));
    let call = find(&events, EventKind::Call, &["Phan Van Giang", "Sergei Shoigu"]).expect("the video call");
    assert_eq!(call.date, day(2021, 6, 11));
}

#[test]
fn a_tour_of_countries_named_together_is_one_trip_to_each() {
    let text = "04.05.2025 | 16:20\n\nHanoi - To Lam will pay an official visit to Russia from May 8 to 11. On the tour he will \
                also pay state visits to Kazakhstan and Azerbaijan before reaching Moscow, and a state visit to Belarus afterwards. \
                Putin invited Lam to the celebrations during his state visit to Hanoi in June last year. Lam, who was elected party \
                chief in August last year, spoke with Putin by telephone on August 8.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-tour", text));
    let mut lam: Vec<&str> = events
        .iter()
        .filter(|e| e.kind == EventKind::Visit && e.participants == ["To Lam"])
        .filter_map(|e| e.location_country.as_deref())
        .collect();
    lam.sort_unstable();
    assert_eq!(lam, ["AZE", "BLR", "KAZ", "RUS"], "{events:?}");
    // The one who invited does not travel; his own trip was in June last year.
    let putin: Vec<(Option<String>, Status)> = events.iter().filter(|e| e.kind == EventKind::Visit && e.participants == ["Vladimir Putin"]).map(|e| (e.date_text(), e.status)).collect();
    assert_eq!(putin, [(Some("2024-06".to_owned()), Status::Occurred)], "{events:?}");
    // "who was elected ... in August last year": the aside's date, not the call's.
    let call = find(&events, EventKind::Call, &["To Lam", "Vladimir Putin"]).expect("the call");
    assert_eq!(call.date, day(2024, 8, 8));
}

#[test]
fn undated_texts_take_their_year_from_a_caption_line_an_interrupted_anniversary_or_the_datelines_weekday() {
    let caption = "Title\n\nPhoto: Presidents Tran Dai Quang and Vladimir Putin before their talks in Da Nang, November 10, 2017.\n\n\
                   Putin sat down with Quang on Friday. Putin and Xi Jinping last spoke by phone on October 26.";
    let (record, events) = Extractor::new().extract_document(&Document::new("t-photo-line", caption));
    assert_eq!(record.reference_date, day(2017, 11, 10));
    assert_eq!(find(&events, EventKind::Call, &["Vladimir Putin", "Xi Jinping"]).and_then(|c| c.date), day(2017, 10, 26));
    let anniversary = "Pham Minh Chinh landed in Kazan on Wednesday, October 23. Hanoi and Moscow prepare to celebrate, in \
                       January next year, 75 years since they established diplomatic relations in 1950.";
    let (record, _) = Extractor::new().extract_document(&Document::new("t-interrupted", anniversary));
    assert_eq!(record.reference_date.map(|d| chrono::Datelike::year(&d)), Some(2024));
    let dateline = "VOSTOCHNY COSMODROME, Russia, Sept 13 (NewsWire) - Vladimir Putin welcomed Kim Jong Un on Wednesday.\n\n\
                    Their first summit took place in Vladivostok in April 2019.";
    let (record, _) = Extractor::new().extract_document(&Document::new("t-weekday-later", dateline));
    assert_eq!(record.reference_date, day(2023, 9, 13));
}

#[test]
fn a_last_meeting_recalled_frames_nothing_and_the_two_leaders_are_the_pair_just_told() {
    let text = "December 12, 2017 | 7:05 AM\n\nVladimir Putin visited three countries on Monday. His first stop was Syria, where \
                President Bashar al-Assad met him. The two presidents had last met in Sochi in November.\n\nPutin then flew on to \
                Cairo. President Abdel Fattah el-Sisi met him at the airport, and the two leaders then held talks. From Cairo the \
                Russian leader headed north to Ankara.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-last-met", text));
    let visits: Vec<(Option<&str>, Option<NaiveDate>)> = events.iter().filter(|e| e.kind == EventKind::Visit && e.participants == ["Vladimir Putin"]).map(|e| (e.location.as_deref(), e.date)).collect();
    assert!(visits.contains(&(Some("Cairo"), day(2017, 12, 11))) && visits.contains(&(Some("Ankara"), day(2017, 12, 11))), "{visits:?}");
    let assad: Vec<Option<String>> = events.iter().filter(|e| e.kind == EventKind::Meeting && e.participants.contains(&"Bashar al-Assad".to_owned())).map(Event::date_text).collect();
    assert_eq!(assad.len(), 2, "the Syrian stop and the Sochi meeting only: {events:?}");
}

#[test]
fn a_host_with_his_title_in_apposition_receives_the_visitor_in_the_capital_named_before() {
    let text = "Tue 24 May 2016 16.45 BST\n\nBarack Obama flew to Ho Chi Minh City on Tuesday after two days in Hanoi.\n\nThe \
                American president landed in the capital late on Sunday night. Tran Dai Quang, Vietnam's president, welcomed him \
                with a ceremony on Monday.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-apposition-host", text));
    let welcome = find(&events, EventKind::Meeting, &["Tran Dai Quang", "Barack Obama"]).expect("the welcome");
    assert_eq!((welcome.date, welcome.location.as_deref()), (day(2016, 5, 23), Some("Hanoi")));
    let arrival = events.iter().find(|e| e.kind == EventKind::Visit && e.date == day(2016, 5, 22)).expect("the arrival");
    assert_eq!(arrival.location.as_deref(), Some("Hanoi"));
}

#[test]
fn a_ceremony_for_him_and_the_visitor_name_the_one_received() {
    let text = "Cambodian Prime Minister Hun Manet left Hanoi on Tuesday, December 12, 2023 at the end of a two-day visit.\n\nHe landed at Noi Bai \
                airport on Monday, December 11. Prime Minister Pham Minh Chinh then hosted an official welcome ceremony for him. President Vo \
                Van Thuong received the visitor the same day.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-for-him", text));
    for host in ["Pham Minh Chinh", "Vo Van Thuong"] {
        let meeting = find(&events, EventKind::Meeting, &[host, "Hun Manet"]).unwrap_or_else(|| panic!("{host}: {events:?}"));
        assert_eq!(meeting.date, day(2023, 12, 11), "{host}");
    }
}

#[test]
fn a_scene_setting_day_and_the_pair_of_the_sentence_before_date_and_name_the_talks() {
    let text = "24.06.2023\n\nSouth Korean President Yoon Suk Yeol flew out of Hanoi on Saturday, ending a three-day state visit.\n\n\
                The heart of the programme came on Friday. His host, President Vo Van Thuong, greeted him with a salute.\n\nYoon then \
                drove to the government office to see Prime Minister Pham Minh Chinh. It was their second meeting in a month; the \
                two had held talks in Hiroshima in May.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-scene", text));
    let welcome = find(&events, EventKind::Meeting, &["Vo Van Thuong", "Yoon Suk Yeol"]).expect("the welcome");
    assert_eq!(welcome.date, day(2023, 6, 23));
    let hiroshima = find(&events, EventKind::Meeting, &["Pham Minh Chinh", "Yoon Suk Yeol"]).expect("the Hiroshima talks");
    assert_eq!((hiroshima.date_text().as_deref(), hiroshima.location.as_deref()), (Some("2023-05"), Some("Hiroshima")));
}

#[test]
fn flew_north_to_and_saw_each_other_are_a_trip_and_a_meeting() {
    let text = "Published 2024-05-18\n\nVladimir Putin met Xi Jinping in Beijing on Thursday. On Friday the Russian leader flew \
                north to Harbin. Putin and Xi last saw each other in October last year in Beijing.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-flew-north", text));
    let harbin = events.iter().find(|e| e.kind == EventKind::Visit && e.location.as_deref() == Some("Harbin")).expect("the Harbin trip");
    assert_eq!(harbin.date, day(2024, 5, 17));
    let dates: Vec<Option<String>> = events.iter().filter(|e| e.kind == EventKind::Meeting).map(Event::date_text).collect();
    assert!(dates.contains(&Some("2023-10".to_owned())), "{events:?}");
}

#[test]
fn calls_on_two_hosts_with_their_roles_and_a_predecessor_named_after_his_successor() {
    let text = "Tuesday, October 8, 2024 - 09:30\n\nTo Lam held talks with President Emmanuel Macron in Paris on Monday. The same \
                day Lam called on Yael Braun-Pivet, president of the National Assembly, and on Gerard Larcher, president of the \
                Senate. Macron had received Lam's predecessor as party chief, the late Nguyen Phu Trong, in Paris in March 2018.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-and-on", text));
    for host in ["Yael Braun-Pivet", "Gerard Larcher"] {
        let call = find(&events, EventKind::Meeting, &["To Lam", host]).unwrap_or_else(|| panic!("{host}: {events:?}"));
        assert_eq!(call.date, day(2024, 10, 7), "{host}");
    }
    let trong = find(&events, EventKind::Meeting, &["Emmanuel Macron", "Nguyen Phu Trong"]).expect("the 2018 talks");
    assert_eq!(trong.date_text().as_deref(), Some("2018-03"));
    assert!(!events.iter().any(|e| e.kind == EventKind::Meeting && e.date_text().as_deref() == Some("2018-03") && e.participants.contains(&"To Lam".to_owned())), "{events:?}");
}

#[test]
fn the_two_leaders_are_the_story_pair_the_sentence_names_and_a_capital_with_its_article_is_a_destination() {
    let text = "KAZAN, Russia, Oct 24, 2024 (Wire) - Vladimir Putin held talks with Pham Minh Chinh on Thursday. Chinh landed in \
                the Tatar capital on Wednesday, October 23. On Thursday he also met Belarusian President Alexander Lukashenko. \
                The two leaders had last sat down together in Hanoi in June, when Putin paid a state visit to Vietnam.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-story-pair", text));
    let arrival = events.iter().find(|e| e.kind == EventKind::Visit && e.participants == ["Pham Minh Chinh"]).expect("the arrival");
    assert_eq!((arrival.date, arrival.location.as_deref()), (day(2024, 10, 23), Some("Kazan")));
    let june = events.iter().any(|m| m.kind == EventKind::Meeting && m.participants == ["Vladimir Putin", "Pham Minh Chinh"] && m.date_text().as_deref() == Some("2024-06"));
    assert!(june, "{events:?}");
    assert!(find(&events, EventKind::Meeting, &["Pham Minh Chinh", "Alexander Lukashenko"]).is_some_and(|m| m.date == day(2024, 10, 24)));
}

#[test]
fn a_country_at_the_end_of_a_long_sentence_is_no_venue() {
    let text = "HANOI, Oct 19, 2020 (Wire) - Yoshihide Suga landed at Noi Bai airport on Sunday for a three-day visit. Nguyen \
                Xuan Phuc hosted an official welcome for him at the Presidential Palace on Monday morning, after which the two \
                leaders held talks and looked on as officials exchanged documents covering areas from energy to the management \
                of Vietnamese trainees in Japan.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-far-country", text));
    let talks = find(&events, EventKind::Meeting, &["Nguyen Xuan Phuc", "Yoshihide Suga"]).expect("the talks");
    assert_eq!((talks.date, talks.location.as_deref()), (day(2020, 10, 19), Some("Hanoi")));
    assert!(!events.iter().any(|e| e.kind == EventKind::Visit && e.participants == ["Nguyen Xuan Phuc"]), "{events:?}");
}

#[test]
fn then_the_state_president_is_the_one_named_and_a_date_restated_is_one_date() {
    let text = "Tue 24 May 2016 16.45 BST\n\nBarack Obama flew to Ho Chi Minh City on Tuesday. Two years earlier, in July 2013, \
                Obama had hosted Truong Tan Sang, then the state president, in Washington.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-then-the", text));
    let meetings: Vec<(Vec<String>, Option<String>)> = events.iter().filter(|e| e.kind == EventKind::Meeting).map(|e| (e.participants.clone(), e.date_text())).collect();
    assert_eq!(meetings, [(vec!["Barack Obama".to_owned(), "Truong Tan Sang".to_owned()], Some("2013-07".to_owned()))], "{events:?}");
}

#[test]
fn the_stay_that_ended_is_in_the_city_left_not_the_one_left_for() {
    let text = "Wednesday, December 10, 2025 - 22:15\n\nSergei Shoigu left Hanoi for Vientiane on Wednesday at the end of a \
                three-day working visit.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-left-for", text));
    let mut visits: Vec<(Option<&str>, Option<NaiveDate>, Option<NaiveDate>)> =
        events.iter().filter(|e| e.kind == EventKind::Visit).map(|e| (e.location.as_deref(), e.date, e.date_end)).collect();
    visits.sort();
    assert_eq!(visits, [(Some("Hanoi"), day(2025, 12, 8), day(2025, 12, 10)), (Some("Vientiane"), day(2025, 12, 10), None)], "{events:?}");
}

#[test]
fn two_who_hold_talks_together_meet_no_one_named_later_and_that_trip_is_the_one_told_before() {
    let text = "Updated: 10/07/2024 08:05\n\nHanoi - Deputy Prime Minister Tran Hong Ha and his Russian counterpart Dmitry \
                Chernyshenko held an online meeting yesterday, less than three weeks after President Vladimir Putin's state \
                visit. The two men had chaired the committee's session in Hanoi in April last year. On that trip Chernyshenko \
                was also received by Prime Minister Pham Minh Chinh.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-held-together", text));
    let call = events.iter().find(|e| e.kind == EventKind::Call).expect("the online meeting");
    assert_eq!((call.participants.len(), call.date), (2, day(2024, 7, 9)), "{events:?}");
    let chinh = find(&events, EventKind::Meeting, &["Dmitry Chernyshenko", "Pham Minh Chinh"]).expect("the reception");
    assert_eq!(chinh.date_text().as_deref(), Some("2023-04"));
}

#[test]
fn a_sentence_set_in_a_city_takes_the_day_of_the_story_there_and_a_shared_short_name_its_named_owner() {
    // Our words: the visit is real (June 2024), the phrasing is the test's.
    let text = "SEOUL, 21 June 2024 - Vladimir Putin touched down in Hanoi early on Thursday after a day in North Korea.\n\n\
                He had spent Wednesday in Pyongyang, where he held talks with Kim Jong Un. On Wednesday Putin and Kim also \
                signed a treaty.\n\nIn Hanoi, Putin held talks with President To Lam.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-city-day", text));
    let hanoi = find(&events, EventKind::Visit, &["Vladimir Putin"]).filter(|e| e.location.as_deref() == Some("Hanoi"));
    assert_eq!(hanoi.and_then(|e| e.date), day(2024, 6, 20), "{events:?}");
    let talks = find(&events, EventKind::Meeting, &["Vladimir Putin", "To Lam"]).expect("the Hanoi talks");
    assert_eq!(talks.date, day(2024, 6, 20));
    let treaty = find(&events, EventKind::Signing, &["Vladimir Putin", "Kim Jong Un"]).expect("Kim is Kim Jong Un");
    assert_eq!(treaty.date, day(2024, 6, 19));
    // A shared short form names no one the text has not named in full.
    let (_, events) = Extractor::new().extract_document(&Document::new("t-kim", "Published 2024-06-21\n\nPutin met Kim on Wednesday."));
    assert!(events.iter().all(|e| e.participants.iter().all(|p| !p.starts_with("Kim"))), "{events:?}");
}

#[test]
fn a_pair_told_together_on_a_day_dates_their_talks_over_an_arrival_of_one_of_them() {
    // Our words about a real visit (September 2016).
    let text = "2016-09-04 | Asia\n\nNarendra Modi and Nguyen Xuan Phuc agreed in Hanoi on Saturday to deepen defence ties.\n\n\
                Modi, who arrived in Hanoi late on Friday, is the first Indian leader to come in years.\n\n\
                After a ceremony, Modi and Phuc held talks on trade.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-pair-day", text));
    let talks = find(&events, EventKind::Meeting, &["Narendra Modi", "Nguyen Xuan Phuc"]).expect("the talks");
    assert_eq!(talks.date, day(2016, 9, 3), "{events:?}");
}

#[test]
fn a_trip_left_after_its_length_and_talks_held_on_that_trip_told_at_the_end() {
    // Our words about real visits (December 2023; October 2022).
    let text = "By desk editor | 14 Dec 2023\n\nXi Jinping left Hanoi on Wednesday after a two-day state visit.\n\n\
                The visit returned one paid by Nguyen Phu Trong, who in late October last year was received in Beijing. \
                Trong and Xi held talks in the Great Hall of the People on that trip.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-left-after", text));
    let stay = find(&events, EventKind::Visit, &["Xi Jinping"]).expect("the stay");
    assert_eq!((stay.date, stay.date_end), (day(2023, 12, 12), day(2023, 12, 13)), "{events:?}");
    let beijing = find(&events, EventKind::Meeting, &["Nguyen Phu Trong", "Xi Jinping"]).expect("the Beijing talks");
    assert_eq!(beijing.date_text().as_deref(), Some("2022-10"), "{events:?}");
}

#[test]
fn a_date_opening_the_next_clause_dates_that_clause_only() {
    // Our words about real visits (September and October 2014).
    let text = "2016-09-04 | Asia\n\nPresident Pranab Mukherjee paid a state visit to Vietnam in September 2014, and the \
                following month Prime Minister Nguyen Tan Dung travelled to New Delhi.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-next-clause", text));
    let mut visits: Vec<(String, Option<String>)> =
        events.iter().filter(|e| e.kind == EventKind::Visit).map(|e| (e.participants[0].clone(), e.date_text())).collect();
    visits.sort();
    assert_eq!(
        visits,
        [("Nguyen Tan Dung".to_owned(), Some("2014-10".to_owned())), ("Pranab Mukherjee".to_owned(), Some("2014-09".to_owned()))],
        "{events:?}"
    );
}

#[test]
fn coming_back_and_returning_are_trips_and_a_time_counted_back_from_one_is_not_its_date() {
    // Our words about real visits (2001, 2006, 2013).
    let text = "Published 2021-06-01\n\nVladimir Putin had taken office less than a year earlier when he flew to Hanoi \
                for a three-day state visit starting on Wednesday, 28 February 2001. Putin came back to Hanoi for the APEC summit in November 2006. Putin returned to \
                Hanoi on 12 November 2013.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-came-back", text));
    let mut visits: Vec<Option<String>> = events.iter().filter(|e| e.kind == EventKind::Visit).map(Event::date_text).collect();
    visits.sort();
    assert_eq!(visits, [Some("2001-02-28".to_owned()), Some("2006-11".to_owned()), Some("2013-11-12".to_owned())], "{events:?}");
}

#[test]
fn guests_of_a_country_meet_no_one_and_he_after_a_trip_owner_is_the_traveller() {
    // Our words about real contacts (2023-2024).
    let text = "Published 2024-06-21\n\nVietnam has hosted U.S. President Joe Biden and Chinese President Xi Jinping in \
                the past year. The Hanoi stop follows Putin's state visit to China last month, when he held talks with Xi \
                in Beijing.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-guests", text));
    let meetings: Vec<&[String]> = events.iter().filter(|e| e.kind == EventKind::Meeting).map(|e| e.participants.as_slice()).collect();
    assert_eq!(meetings, [["Vladimir Putin".to_owned(), "Xi Jinping".to_owned()]], "{events:?}");
    // The pronoun before the owner stays the sentence's subject.
    let text = "Published 2018-12-24\n\nVyacheslav Volodin met Trong in Moscow in September. He met Nguyen Phu Trong in \
                Moscow in September, during the party chief's official visit to Russia, and held talks with Nguyen Thi Kim \
                Ngan in October.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-owner-before", text));
    assert!(find(&events, EventKind::Meeting, &["Vyacheslav Volodin", "Nguyen Thi Kim Ngan"]).is_some(), "{events:?}");
}

#[test]
fn an_annual_summit_with_someone_is_a_meeting() {
    // Our words about a real summit (December 2021).
    let text = "Published: 01/12/2021 08:40\n\nPutin is due in New Delhi next week for an annual summit with Indian Prime \
                Minister Narendra Modi.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-annual-summit", text));
    let summit = find(&events, EventKind::Meeting, &["Vladimir Putin", "Narendra Modi"]).expect("the summit");
    assert_eq!((summit.status, summit.location.as_deref()), (Status::Planned, Some("New Delhi")), "{events:?}");
}

#[test]
fn a_predicate_joined_by_and_is_the_pairs_and_keeps_its_own_date() {
    // Our words about real meetings (October 2024; 2009).
    let text = "Monday 20 January 2025\n\nPutin received Masoud Pezeshkian in the Kremlin on Friday. They first met on \
                Oct. 11 in Ashgabat, on the margins of a forum, and held talks again on Oct. 23 in Kazan.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-and-again", text));
    let mut days: Vec<Option<NaiveDate>> = events.iter().filter(|e| e.kind == EventKind::Meeting).map(|e| e.date).collect();
    days.sort();
    assert_eq!(days, [day(2024, 10, 11), day(2024, 10, 23), day(2025, 1, 17)], "{events:?}");
    let text = "Published 2010-10-31\n\nPutin spoke to Nguyen Tan Dung by telephone in October last year and hosted him \
                for talks in Moscow on December 15, 2009.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-and-own-date", text));
    let talks = find(&events, EventKind::Meeting, &["Vladimir Putin", "Nguyen Tan Dung"]).expect("the talks");
    assert_eq!(talks.date, day(2009, 12, 15), "{events:?}");
}

#[test]
fn a_name_after_the_sentences_verb_is_no_antecedent_of_he() {
    // Our words about the Kazan summit (October 2024).
    let text = "Oct 25, 2024 | 07:10 GMT+7\n\nVladimir Putin met Thongloun Sisoulith in Kazan on Thursday. Thursday's list \
                also included Palestinian President Mahmoud Abbas. On Tuesday he received Indian Prime Minister Narendra Modi.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-list", text));
    let modi = find(&events, EventKind::Meeting, &["Vladimir Putin", "Narendra Modi"]).expect("Putin received Modi");
    assert_eq!(modi.date, day(2024, 10, 22), "{events:?}");
}

#[test]
fn in_his_meeting_with_x_is_the_meeting_told_before_owned_by_the_subject_after_it() {
    // Our words about the SCO summit in Tianjin (September 2025).
    let text = "Posted 2025-09-01 18:00 GMT\n\nPham Minh Chinh met Vladimir Putin in Tianjin on Monday. Later he was \
                received by Xi Jinping. In his meeting with Putin, Chinh thanked Russia for sending troops to Hanoi for \
                National Day, due to be celebrated tomorrow.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-in-his", text));
    let meetings: Vec<(Vec<String>, Option<NaiveDate>)> =
        events.iter().filter(|e| e.kind == EventKind::Meeting).map(|e| (e.participants.clone(), e.date)).collect();
    assert_eq!(
        meetings,
        [
            (vec!["Pham Minh Chinh".to_owned(), "Vladimir Putin".to_owned()], day(2025, 9, 1)),
            (vec!["Pham Minh Chinh".to_owned(), "Xi Jinping".to_owned()], day(2025, 9, 1)),
        ],
        "{events:?}"
    );
    assert!(events.iter().all(|e| e.location.as_deref() != Some("Hanoi")), "{events:?}");
}

#[test]
fn the_two_leaders_who_held_talks_and_his_call_with() {
    // Our words about real contacts (2024).
    let text = "Posted 2024-08-09 08:40 GMT\n\nVladimir Putin telephoned To Lam yesterday. The two leaders, who held talks \
                in Hanoi on June 20, agreed to stay in touch. He recalled his call with Nguyen Phu Trong in March.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-two-who", text));
    let talks = find(&events, EventKind::Meeting, &["Vladimir Putin", "To Lam"]).expect("the Hanoi talks");
    assert_eq!(talks.date, day(2024, 6, 20), "{events:?}");
    let call = find(&events, EventKind::Call, &["Vladimir Putin", "Nguyen Phu Trong"]).expect("the call with Trong");
    assert_eq!(call.date_text().as_deref(), Some("2024-03"));
}

#[test]
fn talks_with_one_in_a_city_and_with_another_in_another_and_a_month_before_a_short_name() {
    // Our words about a real trip (September 2018).
    let text = "13/11/2018 | Bilateral relations\n\nIn September, Nguyen Phu Trong held talks with Dmitry Medvedev in Moscow \
                and with President Vladimir Putin in Sochi.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-two-cities", text));
    let medvedev = find(&events, EventKind::Meeting, &["Nguyen Phu Trong", "Dmitry Medvedev"]).expect("Moscow talks");
    let putin = find(&events, EventKind::Meeting, &["Nguyen Phu Trong", "Vladimir Putin"]).expect("Sochi talks");
    assert_eq!((medvedev.location.as_deref(), putin.location.as_deref()), (Some("Moscow"), Some("Sochi")), "{events:?}");
    // A month before a short name is no part of the name.
    let text = "13/11/2018 | Bilateral relations\n\nNguyen Phu Trong visited Moscow. In September Trong met Putin.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-month-name", text));
    assert!(find(&events, EventKind::Meeting, &["Nguyen Phu Trong", "Vladimir Putin"]).is_some(), "{events:?}");
}

#[test]
fn a_word_opening_the_sentence_is_no_part_of_a_short_name() {
    // Our words about real meetings (2024).
    let text = "13.01.2025\n\nVladimir Putin met Pham Minh Chinh in Kazan in October. When Putin received Tran Thanh Man in \
                Moscow in September, he praised the parliaments' ties. Later Putin received To Lam.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-opener", text));
    assert!(find(&events, EventKind::Meeting, &["Vladimir Putin", "Tran Thanh Man"]).is_some(), "{events:?}");
    assert!(find(&events, EventKind::Meeting, &["Vladimir Putin", "To Lam"]).is_some(), "{events:?}");
}

#[test]
fn to_call_on_one_and_to_meet_another_is_two_meetings_not_a_request() {
    // Our words about a real programme (January 2025).
    let text = "13.01.2025\n\nOn Tuesday Mikhail Mishustin is expected to call on Party General Secretary To Lam and to meet \
                National Assembly Chairman Tran Thanh Man.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-call-on", text));
    assert!(find(&events, EventKind::Meeting, &["Mikhail Mishustin", "To Lam"]).is_some(), "{events:?}");
    assert!(find(&events, EventKind::Meeting, &["Mikhail Mishustin", "Tran Thanh Man"]).is_some(), "{events:?}");
    // "called on X to ..." stays a request.
    let text = "13.01.2025\n\nMikhail Mishustin called on To Lam to speed up the projects.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-call-on-request", text));
    assert!(find(&events, EventKind::Meeting, &["Mikhail Mishustin", "To Lam"]).is_none(), "{events:?}");
}

#[test]
fn a_city_after_the_trigger_in_its_clause_beats_one_before_it() {
    // Our words about real meetings (2024).
    let text = "13.01.2025\n\nThe trip follows up Vladimir Putin's state visit to Hanoi in June last year and the meeting between \
                Pham Minh Chinh and Putin on the sidelines of the BRICS summit in Kazan in October.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-city-after", text));
    let kazan = find(&events, EventKind::Meeting, &["Pham Minh Chinh", "Vladimir Putin"]).expect("the Kazan meeting");
    assert_eq!(kazan.location.as_deref(), Some("Kazan"), "{events:?}");
}

#[test]
fn a_year_in_a_since_clause_frames_nothing_and_a_street_is_no_city() {
    // Our words about a real visit (November 2018).
    let text = "Vladimir Putin had never set foot in Singapore until his aircraft touched down on Tuesday, November 13, \
                closing a year marking half a century since the city-state and Moscow set up relations in 1968.\n\nPresident Halimah Yacob received him at the Istana. In \
                the afternoon the two presidents went to Rangoon Road to open a cultural centre.";
    let (record, events) = Extractor::new().extract_document(&Document::new("t-since-clause", text));
    assert_eq!(record.reference_date.map(|d| d.year()), Some(2018));
    let talks = find(&events, EventKind::Meeting, &["Halimah Yacob", "Vladimir Putin"]).expect("the reception");
    assert_eq!(talks.date, day(2018, 11, 13), "{events:?}");
    assert!(events.iter().all(|e| !matches!(e.location.as_deref(), Some("Moscow" | "Yangon"))), "{events:?}");
}

#[test]
fn earlier_stops_on_a_tour_give_no_place_to_what_follows() {
    // Our words about a real tour (January 2018).
    let text = "By desk editor — January 24, 2018\n\nHANOI — Sergei Shoigu flew into Hanoi on Tuesday after earlier stops in \
                Myanmar and Laos.\n\nTrong received the Russian minister later in the day, after Nguyen Phu Trong had \
                chaired a meeting.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-earlier-stops", text));
    let trong = find(&events, EventKind::Meeting, &["Nguyen Phu Trong", "Sergei Shoigu"]).expect("the reception");
    assert_eq!(trong.location.as_deref(), Some("Hanoi"), "{events:?}");
}

#[test]
fn received_by_one_and_by_another_and_as_president_of_russia_he() {
    // Our words about real visits (2023; 2010).
    let text = "Published 2023-05-23\n\nDmitry Medvedev held talks with Nguyen Phu Trong on Monday. Later the same day he was \
                received separately by President Vo Van Thuong and by Prime Minister Pham Minh Chinh. As president of Russia \
                he was in Hanoi in October 2010, when he held talks with Prime Minister Nguyen Tan Dung.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-and-by", text));
    assert!(find(&events, EventKind::Meeting, &["Dmitry Medvedev", "Vo Van Thuong"]).is_some(), "{events:?}");
    assert!(find(&events, EventKind::Meeting, &["Dmitry Medvedev", "Pham Minh Chinh"]).is_some(), "{events:?}");
    let dung = find(&events, EventKind::Meeting, &["Dmitry Medvedev", "Nguyen Tan Dung"]).expect("the 2010 talks are Medvedev's");
    assert_eq!(dung.date_text().as_deref(), Some("2010-10"));
}

#[test]
fn a_day_heading_dates_the_lines_under_it_and_a_visit_before_the_arrival_gives_no_place() {
    // Our words about a real programme (May 2025).
    let text = "LIVE | To Lam in Russia\nLast updated: 11 May 2025, 17:05\n\nSATURDAY, 10 MAY\n18:30 – To Lam and Vladimir \
                Putin have finished their talks at the Kremlin.\n\nFRIDAY, 9 MAY\n11:30 – To Lam watched the parade on Red Square.\n16:20 – In the \
                afternoon To Lam met Federation Council Speaker Valentina Matviyenko.\n\nTHURSDAY, 8 MAY\n15:40 – To Lam landed in Moscow on Thursday after a \
                state visit to Azerbaijan.\n18:10 – Later the same day To Lam held talks with Mikhail Mishustin.";
    let (_, events) = Extractor::new().extract_document(&Document::new("t-day-heading", text));
    let matviyenko = find(&events, EventKind::Meeting, &["To Lam", "Valentina Matviyenko"]).expect("the Friday meeting");
    assert_eq!(matviyenko.date, day(2025, 5, 9), "{events:?}");
    let mishustin = find(&events, EventKind::Meeting, &["To Lam", "Mikhail Mishustin"]).expect("the Thursday talks");
    assert_eq!((mishustin.date, mishustin.location.as_deref()), (day(2025, 5, 8), Some("Moscow")), "{events:?}");
}
