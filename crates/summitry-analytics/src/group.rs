//! What counts are broken down by ([`By`]), and the keys each row of a frame gives.

use std::collections::HashMap;
use std::str::FromStr;
use std::sync::{Arc, LazyLock};

use chrono::NaiveDate;
use polars::prelude::*;
use summitry_core::knowledge::KnowledgeBase;

use crate::error::{Error, Result};
use crate::rows::{dates, distinct, pairs, string_lists, strings};

/// A grouping of rows. A row may fall in several groups (a meeting of three countries has
/// three country pairs) and then counts once in each; a row with no key for a grouping (a
/// one-country meeting by country pair) is left out of counts by that grouping.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum By {
    /// No grouping: one count per period.
    #[default]
    None,
    /// Each distinct country in `countries` (`VNM`).
    Country,
    /// Each unordered pair of distinct countries, `AAA-BBB` in alphabetical order (`RUS-VNM`).
    CountryPair,
    /// Each distinct participant.
    Participant,
    /// Each unordered pair of distinct participants, `A & B` in alphabetical order.
    ParticipantPair,
    /// The set of participants, in alphabetical order joined by `, `.
    Participants,
    /// The office each participant held on the row's date, by the built-in knowledge base
    /// (`RUS president`, `VNM prime_minister`); `unknown` when none is known or undated.
    Office,
    /// `location` (`unknown` when null).
    Location,
    /// The host: `location_country` when it is one of the row's `countries`,
    /// `third country` when it is not, `unknown` when it is null.
    Host,
    /// `kind` (meeting, call, visit, signing).
    Kind,
    /// `status` (occurred, planned).
    Status,
}

/// A single grouping is a list of one, so `By::CountryPair` and `[By::CountryPair, By::Kind]`
/// are both accepted where a list of groupings is.
impl AsRef<[By]> for By {
    fn as_ref(&self) -> &[By] {
        std::slice::from_ref(self)
    }
}

impl By {
    const NAMES: [(By, &'static str); 10] = [
        (By::Country, "country"),
        (By::CountryPair, "country_pair"),
        (By::Participant, "participant"),
        (By::ParticipantPair, "participant_pair"),
        (By::Participants, "participants"),
        (By::Office, "office"),
        (By::Location, "location"),
        (By::Host, "host"),
        (By::Kind, "kind"),
        (By::Status, "status"),
    ];

    /// The name of the group column in outputs, `None` for [`By::None`].
    pub fn column(self) -> Option<&'static str> {
        Self::NAMES
            .iter()
            .find(|(b, _)| *b == self)
            .map(|(_, name)| *name)
    }

    /// The keys of every row of `frame` for this grouping.
    fn keys(self, frame: &DataFrame) -> Result<Vec<Vec<String>>> {
        let n = frame.height();
        let or_unknown = |values: Vec<Option<String>>| -> Vec<Vec<String>> {
            values
                .into_iter()
                .map(|v| vec![v.unwrap_or_else(|| "unknown".to_owned())])
                .collect()
        };
        Ok(match self {
            By::None => vec![vec![String::new()]; n],
            By::Country => map_lists(&string_lists(frame, "countries")?, |c| {
                distinct(c).into_iter().map(str::to_owned).collect()
            }),
            By::CountryPair => map_lists(&string_lists(frame, "countries")?, |c| {
                pairs(c)
                    .into_iter()
                    .map(|(a, b)| format!("{a}-{b}"))
                    .collect()
            }),
            By::Participant => map_lists(&string_lists(frame, "participants")?, |p| {
                distinct(p).into_iter().map(str::to_owned).collect()
            }),
            By::ParticipantPair => map_lists(&string_lists(frame, "participants")?, |p| {
                pairs(p)
                    .into_iter()
                    .map(|(a, b)| format!("{a} & {b}"))
                    .collect()
            }),
            By::Participants => map_lists(&string_lists(frame, "participants")?, |p| {
                let set = distinct(p);
                if set.is_empty() {
                    vec![]
                } else {
                    vec![set.join(", ")]
                }
            }),
            By::Office => {
                let people = string_lists(frame, "participants")?;
                let days = dates(frame, "date")?;
                people
                    .iter()
                    .zip(days)
                    .map(|(people, day)| offices(people, day))
                    .collect()
            }
            By::Location => or_unknown(strings(frame, "location")?),
            By::Kind => or_unknown(strings(frame, "kind")?),
            By::Status => or_unknown(strings(frame, "status")?),
            By::Host => {
                let hosts = strings(frame, "location_country")?;
                let countries = string_lists(frame, "countries")?;
                hosts
                    .into_iter()
                    .zip(countries)
                    .map(|(host, sides)| {
                        vec![match host {
                            None => "unknown".to_owned(),
                            Some(h) if sides.contains(&h) => h,
                            Some(_) => "third country".to_owned(),
                        }]
                    })
                    .collect()
            }
        })
    }
}

impl FromStr for By {
    type Err = Error;

    /// Accepts `none` and the column names: `country`, `country_pair`, `participant`,
    /// `participant_pair`, `participants`, `office`, `location`, `host`, `kind`, `status`.
    fn from_str(s: &str) -> Result<Self> {
        let name = s.trim().to_ascii_lowercase().replace('-', "_");
        if name.is_empty() || name == "none" {
            return Ok(By::None);
        }
        Self::NAMES
            .iter()
            .find(|(_, n)| *n == name)
            .map(|(b, _)| *b)
            .ok_or_else(|| Error::UnknownGrouping(s.to_owned()))
    }
}

fn map_lists(lists: &[Vec<String>], f: impl Fn(&[String]) -> Vec<String>) -> Vec<Vec<String>> {
    lists.iter().map(|l| f(l)).collect()
}

/// The groupings asked for, without `None` and repeats, in order.
pub(crate) fn normalize(by: &[By]) -> Vec<By> {
    let mut out: Vec<By> = Vec::new();
    for &b in by {
        if b != By::None && !out.contains(&b) {
            out.push(b);
        }
    }
    out
}

/// The group key combinations of every row: for each row, one `Vec` per combination (one
/// value per grouping, in the order of `by`). No groupings: each row has one empty combination.
pub(crate) fn row_groups(frame: &DataFrame, by: &[By]) -> Result<Vec<Vec<Vec<String>>>> {
    let mut combos: Vec<Vec<Vec<String>>> = vec![vec![Vec::new()]; frame.height()];
    for &b in by {
        let keys = b.keys(frame)?;
        for (row, row_keys) in combos.iter_mut().zip(keys) {
            let mut next = Vec::with_capacity(row.len() * row_keys.len());
            for combo in row.iter() {
                for key in &row_keys {
                    let mut c = combo.clone();
                    c.push(key.clone());
                    next.push(c);
                }
            }
            *row = next;
        }
    }
    Ok(combos)
}

/// Columns named after the groupings, from rows of keys.
pub(crate) fn key_columns(by: &[By], keys: &[Vec<String>]) -> Vec<Column> {
    by.iter()
        .enumerate()
        .map(|(i, b)| {
            let values: Vec<&str> = keys.iter().map(|k| k[i].as_str()).collect();
            Series::new(b.column().expect("normalized").into(), values).into_column()
        })
        .collect()
}

/// People of the built-in knowledge base by canonical and ASCII name.
struct People {
    kb: Arc<KnowledgeBase>,
    by_name: HashMap<String, usize>,
}

static PEOPLE: LazyLock<People> = LazyLock::new(|| {
    let kb = KnowledgeBase::builtin();
    let mut by_name = HashMap::new();
    for (i, person) in kb.people.iter().enumerate() {
        by_name.insert(person.name.clone(), i);
        by_name.insert(person.ascii.clone(), i);
    }
    People { kb, by_name }
});

/// The offices the people held on `day`, as `ISO3 office`, distinct; `unknown` if none.
fn offices(people: &[String], day: Option<NaiveDate>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let known = &*PEOPLE;
    if let Some(day) = day {
        for name in people {
            let Some(&person) = known.by_name.get(name) else {
                continue;
            };
            for term in known.kb.offices_of(person, Some(day)) {
                let label = match &term.country {
                    Some(c) => format!("{c} {}", term.office.as_str()),
                    None => term.office.as_str().to_owned(),
                };
                if !out.contains(&label) {
                    out.push(label);
                }
            }
        }
    }
    if out.is_empty() {
        out.push("unknown".to_owned());
    }
    out.sort();
    out
}

/// The nationality of a person of the built-in knowledge base, by canonical or ASCII name.
pub(crate) fn nationality(name: &str) -> Option<String> {
    let known = &*PEOPLE;
    known
        .by_name
        .get(name)
        .and_then(|&i| known.kb.person(i).country.clone())
}
