//! The actor layer on sentences we wrote: one test per phenomenon of issue 4.

use chrono::NaiveDate;
use summitry_core::actors::{find_actors, Actors, Via};
use summitry_core::knowledge::KnowledgeBase;

fn actors(text: &str, date: Option<(i32, u32, u32)>) -> Actors {
    let date = date.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d));
    find_actors(text, &KnowledgeBase::builtin(), date)
}

/// (mentioned text, canonical name, country) for every person mention, in text order.
fn people(text: &str, date: Option<(i32, u32, u32)>) -> Vec<(String, String, String)> {
    let found = actors(text, date);
    found
        .mentions
        .iter()
        .map(|m| {
            let who = &found.people[m.actor];
            (text[m.span.clone()].to_owned(), who.name.clone(), who.country.clone().unwrap_or_default())
        })
        .collect()
}

fn names(text: &str, date: Option<(i32, u32, u32)>) -> Vec<String> {
    people(text, date).into_iter().map(|p| p.1).collect()
}

#[test]
fn titled_and_untitled_names_with_and_without_diacritics() {
    let found = names("Prime Minister Phạm Minh Chính welcomed Vladimir Putin; Pham Minh Chinh then met Nguyễn Phú Trọng.", None);
    assert_eq!(found, ["Pham Minh Chinh", "Vladimir Putin", "Pham Minh Chinh", "Nguyen Phu Trong"]);
}

#[test]
fn long_titles_patronymics_and_asian_name_order() {
    let text = "Chairman of the State Duma of the Federal Assembly Vyacheslav Victorovich Volodin met \
                Mikhail Vladimirovich Mishustin and Japan's Kishida Fumio.";
    assert_eq!(names(text, None), ["Vyacheslav Volodin", "Mikhail Mishustin", "Fumio Kishida"]);
}

#[test]
fn a_capitalised_name_after_a_title_is_a_person_with_the_titles_country() {
    let found = people("Mongolian President Natsagiin Bagabandi met Kyrgyz President Sadyr Japarov.", None);
    assert_eq!(
        found.iter().map(|p| (p.1.as_str(), p.2.as_str())).collect::<Vec<_>>(),
        [("Natsagiin Bagabandi", "MNG"), ("Sadyr Japarov", "KGZ")]
    );
    assert!(actors("Mongolian President Natsagiin Bagabandi spoke.", None).mentions.iter().all(|m| m.via == Via::TitledName));
}

#[test]
fn short_forms_after_a_first_mention() {
    let text = "Vladimir Putin met Prime Minister Phạm Minh Chính. Putin praised PM Chính, and Chinh thanked Putin.";
    assert_eq!(names(text, None), ["Vladimir Putin", "Pham Minh Chinh", "Vladimir Putin", "Pham Minh Chinh", "Pham Minh Chinh", "Vladimir Putin"]);
}

#[test]
fn role_references_resolve_to_the_person_of_that_country_in_the_text() {
    let text = "Party General Secretary Nguyen Phu Trong received Vladimir Putin. The Russian leader thanked \
                the Vietnamese Party chief, and Lavrov later met his Vietnamese counterpart Bui Thanh Son.";
    let found = people(text, Some((2024, 6, 20)));
    let by_text = |t: &str| found.iter().find(|p| p.0.contains(t)).map(|p| p.1.clone());
    assert_eq!(by_text("Russian leader").as_deref(), Some("Vladimir Putin"));
    assert_eq!(by_text("Party chief").as_deref(), Some("Nguyen Phu Trong"));
    assert!(found.iter().any(|p| p.1 == "Bui Thanh Son"));
}

#[test]
fn an_office_without_a_name_resolves_through_the_knowledge_base_by_date() {
    // Vietnam's State President: Vo Van Thuong in October 2023, Luong Cuong in October 2024.
    let text = "The Russian President met the President of Vietnam.";
    assert_eq!(names(text, Some((2023, 10, 17))), ["Vladimir Putin", "Vo Van Thuong"]);
    assert_eq!(names(text, Some((2024, 10, 25))), ["Vladimir Putin", "Luong Cuong"]);
}

#[test]
fn a_bare_title_is_the_one_person_named_who_holds_that_office_and_none_of_two() {
    let one = "Prime Minister Pham Minh Chinh met Vladimir Putin. The prime minister thanked his host.";
    let found = people(one, Some((2024, 6, 20)));
    assert!(found.iter().any(|p| p.0 == "prime minister" && p.1 == "Pham Minh Chinh"), "{found:?}");
    // Two presidents named: "the president" could be either.
    let two = "President Luong Cuong received President Vladimir Putin. The president said trade was growing.";
    let found = people(two, Some((2024, 10, 25)));
    assert!(found.iter().all(|p| p.0 != "president"), "{found:?}");
}

#[test]
fn a_last_name_opening_a_sentence_after_a_capitalised_word_is_that_person() {
    let text = "Putin held talks with Vietnamese party chief To Lam on Saturday.\n\nLam arrived in Moscow on Thursday.";
    assert_eq!(names(text, Some((2025, 5, 10))), ["Vladimir Putin", "To Lam", "To Lam"]);
}

#[test]
fn a_person_a_memorial_is_named_after_takes_no_part() {
    let text = "Volodin laid a wreath at the Mausoleum of President Ho Chi Minh and met Tran Thanh Man.";
    assert_eq!(names(text, Some((2025, 9, 28))), ["Vyacheslav Volodin", "Tran Thanh Man"]);
}

#[test]
fn places_and_countries_with_spelling_variants() {
    let found = actors("Talks in Hà Nội and Ha Noi, then St. Petersburg and Saint Petersburg; Việt Nam and the Russian Federation.", None);
    let places: Vec<&str> = found.places.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(places, ["Hanoi", "Hanoi", "Saint Petersburg", "Saint Petersburg"]);
    let countries: Vec<&str> = found.countries.iter().map(|c| c.iso3.as_str()).collect();
    assert_eq!(countries, ["VNM", "RUS"]);
}

#[test]
fn the_demonym_capital_is_that_countrys_capital() {
    let found = actors("Sergey Lavrov flew into the Vietnamese capital on Tuesday, then on to the Russian capital.", None);
    let places: Vec<(&str, &str)> = found.places.iter().map(|p| (p.name.as_str(), p.country.as_str())).collect();
    assert_eq!(places, [("Hanoi", "VNM"), ("Moscow", "RUS")]);
}

#[test]
fn a_seat_of_state_is_a_place_where_things_happen_not_when_it_speaks() {
    let found = actors("The Kremlin said the two presidents would hold talks in the Kremlin and dine at the Great Hall of the People.", None);
    let places: Vec<(&str, &str)> = found.places.iter().map(|p| (p.name.as_str(), p.country.as_str())).collect();
    assert_eq!(places, [("Moscow", "RUS"), ("Beijing", "CHN")]);
}

#[test]
fn the_kremlin_leader_is_the_russian_leader_last_named() {
    let found = people("Vladimir Putin arrived in Hanoi. The Kremlin leader held talks with Tran Duc Luong.", Some((2001, 3, 1)));
    let of = |t: &str| found.iter().find(|p| p.0 == t).map(|p| p.1.as_str());
    assert_eq!(of("Kremlin leader"), Some("Vladimir Putin"), "{found:?}");
}

#[test]
fn the_former_and_the_latter_are_the_last_two_people_named_and_the_former_president_is_a_title() {
    let text = "Vladimir Putin first met Nguyen Phu Trong in 2006, when the Russian leader visited Hanoi \
                and the latter chaired the legislature; the former had just been re-elected.";
    let found = people(text, None);
    let of = |t: &str| found.iter().find(|p| p.0 == t).map(|p| p.1.as_str());
    assert_eq!((of("the latter"), of("the former")), (Some("Nguyen Phu Trong"), Some("Vladimir Putin")));
    assert!(people("They honoured the former president of Finland.", None).is_empty());
}

#[test]
fn a_full_name_written_with_one_slip_is_that_person() {
    let text = "Vladimir Poutin and Dmitry Medvedev will meet Nguen Phu Trong in Sochi.";
    assert_eq!(names(text, None), ["Vladimir Putin", "Dmitry Medvedev", "Nguyen Phu Trong"]);
    // A word that is itself part of a known name is another person ("Thinh" beside "Chinh"),
    // and a short word has too little to tell a slip from another name.
    for other in ["Pham Minh Thinh", "Pham Minh Chin"] {
        let text = format!("President Vladimir Putin met {other} in Moscow.");
        assert!(!names(&text, None).contains(&"Pham Minh Chinh".to_owned()), "{other}");
    }
}

#[test]
fn a_demonym_before_a_chain_of_titles_gives_the_named_persons_country() {
    let text = "The minister received Russian Deputy Minister of National Defence Sen. Lieut. Gen. Alexander \
                Vasilyevich Fomin in Hanoi.";
    let found = people(text, None);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].1.as_str(), found[0].2.as_str()), ("Alexander Vasilyevich Fomin", "RUS"));
    // A clause between the demonym and the title breaks the chain.
    let text = "Russian officials said on Monday that General Ivan Petrovsky would attend.";
    assert!(people(text, None).iter().all(|p| p.2.is_empty()), "{:?}", people(text, None));
}

#[test]
fn an_unknown_name_before_a_role_owned_by_a_country_takes_that_country() {
    let found = people("Son raised the request with Valery Falkov, Russia's Minister of Science and Higher Education, and met \
                        Olga Petrovna Ivanova, rector of the institute.", None);
    assert!(found.contains(&("Valery Falkov".to_owned(), "Valery Falkov".to_owned(), "RUS".to_owned())), "{found:?}");
    assert!(found.iter().any(|(_, name, _)| name == "Olga Petrovna Ivanova"), "{found:?}");
}
