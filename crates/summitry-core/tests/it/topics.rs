//! Document topics: a topic is tagged when the text discusses it, not when a word for it
//! appears in passing.

use summitry_core::{Document, Extractor};

fn topics_of(text: &str) -> Vec<String> {
    let (record, _) = Extractor::new().extract_document(&Document::new("t", text));
    record.topics.into_iter().map(|(t, _)| t).collect()
}

#[test]
fn a_bilateral_summit_and_travel_plans_are_not_topics() {
    let topics = topics_of(
        "The two presidents will hold a bilateral summit in Rome on Friday. \
         The leaders must travel together on the road ahead, the minister wrote.",
    );
    assert!(!topics.iter().any(|t| t == "multilateral" || t == "tourism"), "{topics:?}");
}

#[test]
fn a_body_or_a_ceremony_named_in_passing_is_not_a_topic() {
    let topics = topics_of(
        "date 2024-03-05\n\nHANOI - President Anna Berg of Sweden arrived in Hanoi on Tuesday for a state visit. \
         A military band played both anthems as students waved flags. \
         Sweden was among the first APEC guests to open an embassy here, officials recalled. \
         The two presidents discussed trade and renewable energy.",
    );
    for passing in ["defence", "education", "multilateral"] {
        assert!(!topics.iter().any(|t| t == passing), "{passing} in {topics:?}");
    }
    assert!(topics.iter().any(|t| t == "trade") && topics.iter().any(|t| t == "energy"), "{topics:?}");
}

#[test]
fn a_weak_cue_counts_in_talk_of_cooperation_or_work_inside_a_body() {
    let topics = topics_of(
        "The ministers agreed to expand military cooperation. \
         Sweden is a valued partner within ASEAN forums, the minister said.",
    );
    assert!(topics.iter().any(|t| t == "defence"), "{topics:?}");
    assert!(topics.iter().any(|t| t == "multilateral"), "{topics:?}");
}

#[test]
fn a_weak_cue_in_two_sentences_is_a_topic() {
    let topics = topics_of("The army marched past the palace. Later the army band played on the square.");
    assert!(topics.iter().any(|t| t == "defence"), "{topics:?}");
    // The same sentence printed twice is one sentence.
    let topics = topics_of("The army marched past the palace.\nThe army marched past the palace.");
    assert!(!topics.iter().any(|t| t == "defence"), "{topics:?}");
}

#[test]
fn a_circumstance_is_not_a_topic() {
    let topics = topics_of(
        "The forum of the two parliaments, delayed owing to the pandemic, met in Moscow. \
         Despite the COVID-19 outbreak, they discussed education.",
    );
    assert!(!topics.iter().any(|t| t == "health"), "{topics:?}");
    assert!(topics.iter().any(|t| t == "education"), "{topics:?}");
}

#[test]
fn a_military_attack_is_a_war_not_defence_cooperation() {
    let topics = topics_of("The two leaders talked about the military attack on the border town.");
    assert!(!topics.iter().any(|t| t == "defence"), "{topics:?}");
    assert!(topics.iter().any(|t| t == "international_issues"), "{topics:?}");
    let topics = topics_of("The two leaders talked about military cooperation and navy visits.");
    assert!(topics.iter().any(|t| t == "defence"), "{topics:?}");
}

#[test]
fn a_heading_repeated_as_the_first_sentence_is_one_sentence() {
    let topics = topics_of("Students greeted the visiting premier\nStudents greeted the visiting premier.");
    assert!(!topics.iter().any(|t| t == "education"), "{topics:?}");
}

#[test]
fn the_eurasian_customs_union_is_a_multilateral_body() {
    let topics = topics_of("They hope to sign a free trade agreement with the Eurasian Customs Union next year.");
    assert!(topics.iter().any(|t| t == "multilateral"), "{topics:?}");
}

#[test]
fn a_file_photos_caption_shows_another_occasion() {
    let text = "MOSCOW - Vladimir Putin will hold talks with Narendra Modi on Monday about trade and oil.\n\
                Putin and Modi at the SCO summit in Samarkand, where SCO members discussed cooperation within the \
                SCO, September 16, 2022. File photo: Sputnik\n\
                The two leaders will discuss trade in roubles.";
    let topics = topics_of(text);
    assert!(topics.iter().any(|t| t == "trade"), "{topics:?}");
    assert!(!topics.iter().any(|t| t == "multilateral"), "{topics:?}");
}
