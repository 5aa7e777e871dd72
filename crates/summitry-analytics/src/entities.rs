//! The actor layer as tables: the people, places and countries of a text, and the knowledge
//! base itself (people, terms of office, countries, places), for inspection in a notebook.

use chrono::NaiveDate;
use polars::prelude::*;
use summitry_core::actors::{find_actors, Via};
use summitry_core::knowledge::KnowledgeBase;

use crate::error::{Error, Result};
use crate::timexes::CodePointOffsets;

/// One row per mention of a person, place or country in `text`: `start`, `end` (code point
/// offsets), `text`, `kind` (`person`, `place`, `country`), `id` (knowledge-base id of a
/// person, null for people it does not know), `name` (display form, with diacritics where
/// known), `key` (ASCII canonical name), `country` (ISO3), `office` (held at `reference`, when
/// given and known), `via` (`full_name`, `short_name`, `titled_name`, `office`, `name`,
/// `demonym`).
pub fn entities_frame(text: &str, reference: Option<NaiveDate>, kb: &KnowledgeBase) -> Result<DataFrame> {
    let actors = find_actors(text, kb, reference);
    let mut rows: Vec<EntityRow> = Vec::new();
    for m in &actors.mentions {
        let actor = &actors.people[m.actor];
        let person = actor.kb.map(|i| (i, kb.person(i)));
        let office = actor.kb.and_then(|i| kb.offices_of(i, reference).next()).filter(|_| reference.is_some());
        rows.push(EntityRow {
            span: m.span.clone(),
            kind: "person",
            id: person.map(|(_, p)| p.id.clone()),
            name: person.map_or_else(|| actor.name.clone(), |(_, p)| p.name.clone()),
            key: actor.name.clone(),
            country: actor.country.clone(),
            office: office.map(|t| t.office.as_str().to_owned()),
            via: match m.via {
                Via::FullName => "full_name",
                Via::ShortName => "short_name",
                Via::TitledName => "titled_name",
                Via::Office => "office",
            },
        });
    }
    for p in &actors.places {
        rows.push(EntityRow {
            span: p.span.clone(),
            kind: if p.is_city { "place" } else { "country" },
            id: None,
            name: p.name.clone(),
            key: p.name.clone(),
            country: Some(p.country.clone()),
            office: None,
            via: "name",
        });
    }
    for c in &actors.countries {
        rows.push(EntityRow {
            span: c.span.clone(),
            kind: "country",
            id: None,
            name: c.name.clone(),
            key: c.name.clone(),
            country: Some(c.iso3.clone()),
            office: None,
            via: if c.demonym { "demonym" } else { "name" },
        });
    }
    rows.sort_by_key(|r| (r.span.start, r.span.end));
    let offsets = CodePointOffsets::new(text);
    let frame = df!(
        "start" => rows.iter().map(|r| offsets.of(r.span.start) as i64).collect::<Vec<_>>(),
        "end" => rows.iter().map(|r| offsets.of(r.span.end) as i64).collect::<Vec<_>>(),
        "text" => rows.iter().map(|r| text.get(r.span.clone()).unwrap_or_default()).collect::<Vec<_>>(),
        "kind" => rows.iter().map(|r| r.kind).collect::<Vec<_>>(),
        "id" => rows.iter().map(|r| r.id.as_deref()).collect::<Vec<_>>(),
        "name" => rows.iter().map(|r| r.name.as_str()).collect::<Vec<_>>(),
        "key" => rows.iter().map(|r| r.key.as_str()).collect::<Vec<_>>(),
        "country" => rows.iter().map(|r| r.country.as_deref()).collect::<Vec<_>>(),
        "office" => rows.iter().map(|r| r.office.as_deref()).collect::<Vec<_>>(),
        "via" => rows.iter().map(|r| r.via).collect::<Vec<_>>(),
    )?;
    Ok(frame)
}

struct EntityRow {
    span: std::ops::Range<usize>,
    kind: &'static str,
    id: Option<String>,
    name: String,
    key: String,
    country: Option<String>,
    office: Option<String>,
    via: &'static str,
}

/// One table of the knowledge base: `people` (id, name, ascii, country, short, aliases),
/// `offices` (person, name, office, country, start, end), `countries` (iso3, name, aliases,
/// demonyms) or `places` (name, country, kind, aliases). Lists are joined with `;`.
pub fn knowledge_table(kb: &KnowledgeBase, table: &str) -> Result<DataFrame> {
    let frame = match table {
        "people" => df!(
            "id" => kb.people.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(),
            "name" => kb.people.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(),
            "ascii" => kb.people.iter().map(|p| p.ascii.as_str()).collect::<Vec<_>>(),
            "country" => kb.people.iter().map(|p| p.country.as_deref()).collect::<Vec<_>>(),
            "short" => kb.people.iter().map(|p| p.short.join(";")).collect::<Vec<_>>(),
            "aliases" => kb.people.iter().map(|p| p.aliases.join(";")).collect::<Vec<_>>(),
        )?,
        "offices" => df!(
            "person" => kb.offices.iter().map(|t| kb.person(t.person).id.as_str()).collect::<Vec<_>>(),
            "name" => kb.offices.iter().map(|t| kb.person(t.person).ascii.as_str()).collect::<Vec<_>>(),
            "office" => kb.offices.iter().map(|t| t.office.as_str()).collect::<Vec<_>>(),
            "country" => kb.offices.iter().map(|t| t.country.as_deref()).collect::<Vec<_>>(),
            "start" => kb.offices.iter().map(|t| t.start).collect::<Vec<_>>(),
            "end" => kb.offices.iter().map(|t| t.end).collect::<Vec<_>>(),
        )?,
        "countries" => df!(
            "iso3" => kb.countries.iter().map(|c| c.iso3.as_str()).collect::<Vec<_>>(),
            "name" => kb.countries.iter().map(|c| c.name.as_str()).collect::<Vec<_>>(),
            "aliases" => kb.countries.iter().map(|c| c.aliases.join(";")).collect::<Vec<_>>(),
            "demonyms" => kb.countries.iter().map(|c| c.demonyms.join(";")).collect::<Vec<_>>(),
        )?,
        "places" => df!(
            "name" => kb.places.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(),
            "country" => kb.places.iter().map(|p| p.country.as_str()).collect::<Vec<_>>(),
            "kind" => kb.places.iter().map(|p| format!("{:?}", p.kind).to_lowercase()).collect::<Vec<_>>(),
            "aliases" => kb.places.iter().map(|p| p.aliases.join(";")).collect::<Vec<_>>(),
        )?,
        other => {
            return Err(Error::Argument(format!(
                "unknown knowledge table `{other}`: expected people, offices, countries or places"
            )))
        }
    };
    Ok(frame)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn column<'a>(frame: &'a DataFrame, name: &str) -> Vec<Option<&'a str>> {
        frame.column(name).unwrap().str().unwrap().iter().collect()
    }

    #[test]
    fn mentions_come_with_canonical_names_offices_at_the_date_and_code_point_offsets() {
        let text = "Chủ tịch: President Vo Van Thuong met the Russian leader in Beijing.";
        let frame = entities_frame(text, NaiveDate::from_ymd_opt(2023, 10, 17), &KnowledgeBase::builtin()).unwrap();
        let kinds = column(&frame, "kind");
        let keys = column(&frame, "key");
        let thuong = keys.iter().position(|k| *k == Some("Vo Van Thuong")).expect("Thuong found");
        assert_eq!(kinds[thuong], Some("person"));
        assert_eq!(column(&frame, "name")[thuong], Some("Võ Văn Thưởng"));
        assert_eq!(column(&frame, "office")[thuong], Some("president"));
        let start = frame.column("start").unwrap().i64().unwrap().get(thuong).unwrap();
        assert_eq!(start, text[..text.find("Vo Van").unwrap()].chars().count() as i64);
        // "the Russian leader" in October 2023 is Putin, through the knowledge base.
        assert!(keys.contains(&Some("Vladimir Putin")), "{frame}");
        let beijing = keys.iter().position(|k| *k == Some("Beijing")).expect("Beijing found");
        assert_eq!((kinds[beijing], column(&frame, "country")[beijing]), (Some("place"), Some("CHN")));
    }

    #[test]
    fn knowledge_tables_list_people_and_terms_and_reject_unknown_names() {
        let kb = KnowledgeBase::builtin();
        let offices = knowledge_table(&kb, "offices").unwrap();
        let mask = offices.column("name").unwrap().str().unwrap().equal("Vo Van Thuong");
        let thuong = offices.filter(&mask).unwrap();
        assert!(column(&thuong, "office").contains(&Some("president")), "{thuong}");
        assert_eq!(offices.column("start").unwrap().dtype(), &DataType::Date);
        let people = knowledge_table(&kb, "people").unwrap();
        assert_eq!(people.height(), kb.people.len());
        assert!(knowledge_table(&kb, "presidents").is_err());
    }
}
