//! The knowledge base: countries, places, people, the offices they held and when, office
//! titles, anniversaries and numbered gatherings. Plain TSV files under `data/kb/`, embedded in the binary and
//! extendable with users' own files.
//!
//! Every table is a TSV file whose first non-comment line is its header; the header says which
//! table a file holds, so a user's `my_people.tsv` needs only the right header:
//!
//! | table | header |
//! |---|---|
//! | countries | `iso3  name  aliases  demonyms` |
//! | places | `name  country  kind  aliases` |
//! | people | `id  name  country  short  aliases` |
//! | offices | `person  office  country  start  end` |
//! | titles | `phrase  office  country` |
//! | anniversaries | `phrase  year  countries` |
//! | gatherings | `name  edition  year  aliases` |
//!
//! Multi-valued cells are separated by `;`. Lines starting with `#` are comments.
//!
//! ```
//! use summitry_core::knowledge::{KnowledgeBase, Office};
//! use chrono::NaiveDate;
//!
//! let kb = KnowledgeBase::builtin();
//! let day = NaiveDate::from_ymd_opt(2023, 10, 17).unwrap();
//! let holder = kb.office_holder(Office::President, Some("VNM"), day).unwrap();
//! assert_eq!(kb.person(holder).ascii, "Vo Van Thuong");
//! ```

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, LazyLock, OnceLock};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::text::{fold, name_key};

/// An office a person can hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Office {
    President,
    VicePresident,
    Monarch,
    PrimeMinister,
    DeputyPrimeMinister,
    PartyGeneralSecretary,
    LegislatureChair,
    UpperHouseChair,
    UpperHouseDeputyChair,
    ForeignMinister,
    DefenceMinister,
    UnSecretaryGeneral,
    EuCommissionPresident,
    EuCouncilPresident,
    /// Any other cabinet minister ("Minister of Industry and Trade"): a title before a name.
    Minister,
}

impl Office {
    const ALL: [(Office, &'static str); 15] = [
        (Office::President, "president"),
        (Office::VicePresident, "vice_president"),
        (Office::Monarch, "monarch"),
        (Office::PrimeMinister, "prime_minister"),
        (Office::DeputyPrimeMinister, "deputy_prime_minister"),
        (Office::PartyGeneralSecretary, "party_general_secretary"),
        (Office::LegislatureChair, "legislature_chair"),
        (Office::UpperHouseChair, "upper_house_chair"),
        (Office::UpperHouseDeputyChair, "upper_house_deputy_chair"),
        (Office::ForeignMinister, "foreign_minister"),
        (Office::DefenceMinister, "defence_minister"),
        (Office::UnSecretaryGeneral, "un_secretary_general"),
        (Office::EuCommissionPresident, "eu_commission_president"),
        (Office::EuCouncilPresident, "eu_council_president"),
        (Office::Minister, "minister"),
    ];

    /// The `snake_case` key used in the data files.
    pub fn as_str(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(o, _)| *o == self)
            .map_or("", |(_, s)| s)
    }

    /// The office for a data-file key.
    pub fn parse(key: &str) -> Option<Office> {
        Self::ALL.iter().find(|(_, s)| *s == key).map(|(o, _)| *o)
    }
}

/// What kind of place a place is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlaceKind {
    Capital,
    City,
    Province,
    Region,
    /// A seat of state in the country's capital ("the Kremlin"): a place only after "in the",
    /// "at the" or "to the" ("the Kremlin said" names the government, not where).
    Venue,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Country {
    pub iso3: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub demonyms: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    /// English ASCII name.
    pub name: String,
    pub country: String,
    pub kind: PlaceKind,
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Person {
    pub id: String,
    /// Display name, with diacritics where known.
    pub name: String,
    /// The name without diacritics: the canonical form in events.
    pub ascii: String,
    pub country: Option<String>,
    /// Forms used alone after a first mention ("Putin", "Chính").
    pub short: Vec<String>,
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OfficeTerm {
    /// Index into [`KnowledgeBase::people`].
    pub person: usize,
    pub office: Office,
    pub country: Option<String>,
    pub start: NaiveDate,
    /// None while in office.
    pub end: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Title {
    pub phrase: String,
    pub office: Office,
    /// Set when the phrase itself names the country ("State Duma").
    pub country: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Anniversary {
    pub phrase: String,
    pub year: i32,
    pub countries: Vec<String>,
}

/// One numbered edition of a recurring gathering ("the third Belt and Road Forum", 2023).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Gathering {
    pub name: String,
    pub edition: u32,
    pub year: i32,
    /// Other names of the same series ("SPIEF").
    pub aliases: Vec<String>,
}

/// Countries, places, people, offices, titles, anniversaries and gatherings, with lookups.
#[derive(Debug, Default)]
pub struct KnowledgeBase {
    pub countries: Vec<Country>,
    pub places: Vec<Place>,
    pub people: Vec<Person>,
    pub offices: Vec<OfficeTerm>,
    pub titles: Vec<Title>,
    pub anniversaries: Vec<Anniversary>,
    pub gatherings: Vec<Gathering>,
    /// Office rows whose person id was not (yet) known, resolved at the end of loading.
    pending_offices: Vec<(String, OfficeTerm, String, usize)>,
    person_index: HashMap<String, usize>,
    country_index: HashMap<String, usize>,
    gazetteer: OnceLock<Arc<crate::gazetteer::Gazetteer>>,
}

impl Clone for KnowledgeBase {
    fn clone(&self) -> Self {
        KnowledgeBase {
            countries: self.countries.clone(),
            places: self.places.clone(),
            people: self.people.clone(),
            offices: self.offices.clone(),
            titles: self.titles.clone(),
            anniversaries: self.anniversaries.clone(),
            gatherings: self.gatherings.clone(),
            pending_offices: self.pending_offices.clone(),
            person_index: self.person_index.clone(),
            country_index: self.country_index.clone(),
            gazetteer: OnceLock::new(),
        }
    }
}

/// The built-in data files, in load order (people before offices).
const BUILTIN: &[(&str, &str)] = &[
    ("kb/countries.tsv", include_str!("../data/kb/countries.tsv")),
    ("kb/places.tsv", include_str!("../data/kb/places.tsv")),
    ("kb/people.tsv", include_str!("../data/kb/people.tsv")),
    ("kb/offices.tsv", include_str!("../data/kb/offices.tsv")),
    ("kb/titles.tsv", include_str!("../data/kb/titles.tsv")),
    ("kb/anniversaries.tsv", include_str!("../data/kb/anniversaries.tsv")),
    ("kb/gatherings.tsv", include_str!("../data/kb/gatherings.tsv")),
];

static BUILTIN_KB: LazyLock<Arc<KnowledgeBase>> = LazyLock::new(|| {
    let mut kb = KnowledgeBase::default();
    for (name, text) in BUILTIN {
        // The built-in files are checked by tests; a failure here is a build defect.
        kb.load_str(text, name)
            .unwrap_or_else(|e| panic!("built-in knowledge base is invalid: {e}"));
    }
    kb.finish().expect("built-in offices refer to known people");
    Arc::new(kb)
});

impl KnowledgeBase {
    /// The built-in knowledge base (parsed once).
    pub fn builtin() -> Arc<KnowledgeBase> {
        Arc::clone(&BUILTIN_KB)
    }

    /// The built-in knowledge base plus the given files (a later row with the same id, ISO code,
    /// place name or title phrase replaces an earlier one).
    pub fn with_files<P: AsRef<Path>>(paths: impl IntoIterator<Item = P>) -> Result<Self> {
        let mut kb = (*Self::builtin()).clone();
        for path in paths {
            kb.load_file(path.as_ref())?;
        }
        kb.finish()?;
        Ok(kb)
    }

    /// Only the given files, without the built-in data.
    pub fn from_files<P: AsRef<Path>>(paths: impl IntoIterator<Item = P>) -> Result<Self> {
        let mut kb = KnowledgeBase::default();
        for path in paths {
            kb.load_file(path.as_ref())?;
        }
        kb.finish()?;
        Ok(kb)
    }

    /// Adds the rows of one TSV file; its header says which table it holds.
    pub fn load_file(&mut self, path: &Path) -> Result<()> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        self.load_str(&text, &path.display().to_string())
    }

    /// Adds the rows of one TSV text; `name` is used in error messages.
    pub fn load_str(&mut self, text: &str, name: &str) -> Result<()> {
        self.gazetteer = OnceLock::new();
        let mut rows = text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'));
        let Some((header_line, header)) = rows.next() else {
            return Ok(());
        };
        let columns: Vec<&str> = header.split('\t').map(str::trim).collect();
        let table = Table::from_header(&columns).ok_or_else(|| Error::Knowledge {
            path: name.to_owned(),
            line: header_line + 1,
            field: "header".into(),
            message: format!(
                "unknown header `{}`; expected one of: {}",
                columns.join("\\t"),
                Table::ALL
                    .iter()
                    .map(|t| t.columns().join("\\t"))
                    .collect::<Vec<_>>()
                    .join(" | ")
            ),
        })?;
        for (i, line) in rows {
            let row = Row {
                cells: line.split('\t').map(str::trim).collect(),
                columns: table.columns(),
                file: name,
                line: i + 1,
            };
            if row.cells.len() > row.columns.len() {
                return Err(row.error(
                    row.columns[row.columns.len() - 1],
                    &format!(
                        "{} cells, expected {} (is a TAB inside a value?)",
                        row.cells.len(),
                        row.columns.len()
                    ),
                ));
            }
            self.add_row(table, &row)?;
        }
        Ok(())
    }

    fn add_row(&mut self, table: Table, row: &Row<'_>) -> Result<()> {
        match table {
            Table::Countries => {
                let iso3 = row.iso3("iso3")?;
                let country = Country {
                    name: row.required("name")?.to_owned(),
                    aliases: row.list("aliases"),
                    demonyms: row.list("demonyms"),
                    iso3: iso3.clone(),
                };
                if let Some(&i) = self.country_index.get(&iso3) {
                    self.countries[i] = country;
                } else {
                    self.country_index.insert(iso3, self.countries.len());
                    self.countries.push(country);
                }
            }
            Table::Places => {
                let kind = match row.required("kind")? {
                    "capital" => PlaceKind::Capital,
                    "city" => PlaceKind::City,
                    "province" => PlaceKind::Province,
                    "region" => PlaceKind::Region,
                    "venue" => PlaceKind::Venue,
                    other => {
                        return Err(row.error(
                            "kind",
                            &format!("`{other}` is not one of capital, city, province, region, venue"),
                        ))
                    }
                };
                let place = Place {
                    name: row.required("name")?.to_owned(),
                    country: row.iso3("country")?,
                    kind,
                    aliases: row.list("aliases"),
                };
                match self
                    .places
                    .iter_mut()
                    .find(|p| p.name == place.name && p.country == place.country)
                {
                    Some(existing) => *existing = place,
                    None => self.places.push(place),
                }
            }
            Table::People => {
                let id = row.required("id")?.to_owned();
                let name = row.required("name")?.to_owned();
                let country = row.optional("country").map(|_| row.iso3("country")).transpose()?;
                let person = Person {
                    ascii: fold(&name),
                    name,
                    country,
                    short: row.list("short"),
                    aliases: row.list("aliases"),
                    id: id.clone(),
                };
                if let Some(&i) = self.person_index.get(&id) {
                    self.people[i] = person;
                } else {
                    self.person_index.insert(id, self.people.len());
                    self.people.push(person);
                }
            }
            Table::Offices => {
                let person_id = row.required("person")?.to_owned();
                let office_key = row.required("office")?;
                let office = Office::parse(office_key).ok_or_else(|| {
                    row.error("office", &format!("unknown office `{office_key}`"))
                })?;
                let country = row.optional("country").map(|_| row.iso3("country")).transpose()?;
                let start = row.date("start")?.ok_or_else(|| row.error("start", "empty"))?;
                let end = row.date("end")?;
                if end.is_some_and(|e| e < start) {
                    return Err(row.error("end", "is before start"));
                }
                let term = OfficeTerm {
                    person: usize::MAX,
                    office,
                    country,
                    start,
                    end,
                };
                self.pending_offices
                    .push((person_id, term, row.file.to_owned(), row.line));
            }
            Table::Titles => {
                let office_key = row.required("office")?;
                let title = Title {
                    phrase: row.required("phrase")?.to_owned(),
                    office: Office::parse(office_key).ok_or_else(|| {
                        row.error("office", &format!("unknown office `{office_key}`"))
                    })?,
                    country: row.optional("country").map(|_| row.iso3("country")).transpose()?,
                };
                match self.titles.iter_mut().find(|t| t.phrase == title.phrase) {
                    Some(existing) => *existing = title,
                    None => self.titles.push(title),
                }
            }
            Table::Anniversaries => {
                let year = row.required("year")?;
                let year = year
                    .parse()
                    .map_err(|_| row.error("year", &format!("`{year}` is not a year")))?;
                self.anniversaries.push(Anniversary {
                    phrase: row.required("phrase")?.to_owned(),
                    year,
                    countries: row.list("countries"),
                });
            }
            Table::Gatherings => {
                let number = |field: &str| {
                    let cell = row.required(field)?;
                    cell.parse::<i32>().map_err(|_| row.error(field, &format!("`{cell}` is not a number")))
                };
                let edition = u32::try_from(number("edition")?).map_err(|_| row.error("edition", "an edition counts from 1"))?;
                self.gatherings.push(Gathering {
                    name: row.required("name")?.to_owned(),
                    edition,
                    year: number("year")?,
                    aliases: row.list("aliases"),
                });
            }
        }
        Ok(())
    }

    /// Resolves office rows to people; called after loading a set of files.
    fn finish(&mut self) -> Result<()> {
        for (person_id, mut term, file, line) in std::mem::take(&mut self.pending_offices) {
            let Some(&person) = self.person_index.get(&person_id) else {
                return Err(Error::Knowledge {
                    path: file,
                    line,
                    field: "person".into(),
                    message: format!("no person with id `{person_id}` in the people table"),
                });
            };
            term.person = person;
            let duplicate = self.offices.iter().any(|t| {
                t.person == term.person && t.office == term.office && t.start == term.start
            });
            if !duplicate {
                self.offices.push(term);
            }
        }
        Ok(())
    }

    /// A person by index.
    pub fn person(&self, index: usize) -> &Person {
        &self.people[index]
    }

    /// A person's index by id.
    pub fn person_by_id(&self, id: &str) -> Option<usize> {
        self.person_index.get(id).copied()
    }

    /// A country by ISO3 code.
    pub fn country(&self, iso3: &str) -> Option<&Country> {
        self.country_index.get(iso3).map(|&i| &self.countries[i])
    }

    /// Who held `office` (of `country`, when given) on `date`.
    pub fn office_holder(&self, office: Office, country: Option<&str>, date: NaiveDate) -> Option<usize> {
        let holders = self
            .offices
            .iter()
            .filter(|t| t.office == office && (country.is_none() || t.country.as_deref() == country))
            .filter(|t| t.start <= date && t.end.is_none_or(|e| date < e));
        // A government has several deputy prime ministers at once: the title alone names none.
        if office == Office::DeputyPrimeMinister && holders.clone().nth(1).is_some() {
            return None;
        }
        // A new holder takes office on the day the old one leaves: the later start wins.
        holders.max_by_key(|t| t.start).map(|t| t.person)
    }

    /// The offices a person held on `date`.
    pub fn offices_of(&self, person: usize, date: Option<NaiveDate>) -> impl Iterator<Item = &OfficeTerm> {
        self.offices.iter().filter(move |t| {
            t.person == person
                && date.is_none_or(|d| t.start <= d && t.end.is_none_or(|e| d <= e))
        })
    }

    /// The base year of an anniversary phrase ("diplomatic relations"), preferring entries of
    /// the given countries.
    pub fn anniversary_year(&self, phrase: &str, countries: &[String]) -> Option<i32> {
        let key = name_key(phrase);
        let mut best: Option<(usize, usize, i32)> = None;
        for a in &self.anniversaries {
            let a_key = name_key(&a.phrase);
            if !contains_words(&key, &a_key) {
                continue;
            }
            let shared = a.countries.iter().filter(|c| countries.contains(c)).count();
            // Countries the text mentions decide among equal phrases; longer phrases are more specific.
            let score = (shared, a_key.len(), a.year);
            if best.is_none_or(|b| (score.0, score.1) > (b.0, b.1)) {
                best = Some(score);
            }
        }
        best.filter(|b| b.0 > 0 || self.anniversaries.iter().filter(|a| contains_words(&key, &name_key(&a.phrase))).count() == 1)
            .map(|b| b.2)
    }

    /// The year of the `edition`-th gathering that `phrase` begins by naming ("Belt and Road
    /// Forum for International Cooperation", 3 -> 2023).
    pub fn gathering_year(&self, phrase: &str, edition: u32) -> Option<i32> {
        let key = format!("{} ", name_key(phrase));
        let names = |g: &'_ Gathering| std::iter::once(g.name.clone()).chain(g.aliases.clone()).collect::<Vec<_>>();
        self.gatherings
            .iter()
            .filter(|g| g.edition == edition)
            .find(|g| names(g).iter().any(|n| key.starts_with(&format!("{} ", name_key(n)))))
            .map(|g| g.year)
    }

    /// The matcher over all names of this knowledge base (built once).
    pub(crate) fn gazetteer(&self) -> Arc<crate::gazetteer::Gazetteer> {
        Arc::clone(
            self.gazetteer
                .get_or_init(|| Arc::new(crate::gazetteer::Gazetteer::new(self))),
        )
    }
}

/// True when the words of `needle` occur in order, contiguously, in `haystack` (both name keys).
fn contains_words(haystack: &str, needle: &str) -> bool {
    !needle.is_empty()
        && format!(" {haystack} ").contains(&format!(" {needle} "))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Table {
    Countries,
    Places,
    People,
    Offices,
    Titles,
    Anniversaries,
    Gatherings,
}

impl Table {
    const ALL: [Table; 7] = [
        Table::Countries,
        Table::Places,
        Table::People,
        Table::Offices,
        Table::Titles,
        Table::Anniversaries,
        Table::Gatherings,
    ];

    fn columns(self) -> &'static [&'static str] {
        match self {
            Table::Countries => &["iso3", "name", "aliases", "demonyms"],
            Table::Places => &["name", "country", "kind", "aliases"],
            Table::People => &["id", "name", "country", "short", "aliases"],
            Table::Offices => &["person", "office", "country", "start", "end"],
            Table::Titles => &["phrase", "office", "country"],
            Table::Anniversaries => &["phrase", "year", "countries"],
            Table::Gatherings => &["name", "edition", "year", "aliases"],
        }
    }

    fn from_header(columns: &[&str]) -> Option<Table> {
        Self::ALL.into_iter().find(|t| t.columns() == columns)
    }
}

struct Row<'a> {
    cells: Vec<&'a str>,
    columns: &'static [&'static str],
    file: &'a str,
    line: usize,
}

impl Row<'_> {
    fn error(&self, field: &str, message: &str) -> Error {
        Error::Knowledge {
            path: self.file.to_owned(),
            line: self.line,
            field: field.to_owned(),
            message: message.to_owned(),
        }
    }

    fn optional(&self, field: &str) -> Option<&str> {
        let i = self.columns.iter().position(|c| *c == field)?;
        self.cells.get(i).copied().filter(|s| !s.is_empty())
    }

    fn required(&self, field: &str) -> Result<&str> {
        self.optional(field)
            .ok_or_else(|| self.error(field, "required value is missing"))
    }

    fn list(&self, field: &str) -> Vec<String> {
        self.optional(field)
            .map(|s| {
                s.split(';')
                    .map(str::trim)
                    .filter(|v| !v.is_empty())
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default()
    }

    fn iso3(&self, field: &str) -> Result<String> {
        let v = self.required(field)?;
        if v.len() == 3 && v.bytes().all(|b| b.is_ascii_uppercase()) {
            Ok(v.to_owned())
        } else {
            Err(self.error(field, &format!("`{v}` is not an ISO 3166-1 alpha-3 code")))
        }
    }

    fn date(&self, field: &str) -> Result<Option<NaiveDate>> {
        self.optional(field)
            .map(|v| {
                NaiveDate::parse_from_str(v, "%Y-%m-%d")
                    .map_err(|_| self.error(field, &format!("`{v}` is not a YYYY-MM-DD date")))
            })
            .transpose()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PEOPLE: &str = "# test\nid\tname\tcountry\tshort\taliases\n\
        a\tNguyễn Văn A\tVNM\tA\t\nb\tBoris B\tRUS\tB\tBorya B\n";
    const OFFICES: &str = "person\toffice\tcountry\tstart\tend\n\
        a\tpresident\tVNM\t2020-01-01\t2022-06-01\nb\tpresident\tVNM\t2022-06-01\t\n";

    fn small() -> KnowledgeBase {
        let mut kb = KnowledgeBase::default();
        kb.load_str(PEOPLE, "people.tsv").unwrap();
        kb.load_str(OFFICES, "offices.tsv").unwrap();
        kb.finish().unwrap();
        kb
    }

    #[test]
    fn office_lookup_by_date_gives_the_holder_then() {
        let kb = small();
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let holder = |d| kb.office_holder(Office::President, Some("VNM"), d).map(|i| kb.person(i).id.clone());
        assert_eq!(holder(day(2021, 3, 1)).as_deref(), Some("a"));
        assert_eq!(holder(day(2022, 6, 1)).as_deref(), Some("b"));
        assert_eq!(holder(day(2019, 1, 1)), None);
        assert_eq!(kb.person(0).ascii, "Nguyen Van A");
    }

    #[test]
    fn bad_rows_name_file_line_and_field() {
        let mut kb = KnowledgeBase::default();
        let err = kb
            .load_str("person\toffice\tcountry\tstart\tend\nx\tpresident\tVNM\t2020-13-01\t\n", "mine.tsv")
            .unwrap_err()
            .to_string();
        assert_eq!(err, "mine.tsv:2: field `start`: `2020-13-01` is not a YYYY-MM-DD date");
        let err = kb.load_str("iso3\tname\taliases\tdemonyms\nvn\tVietnam\t\t\n", "c.tsv").unwrap_err();
        assert!(err.to_string().starts_with("c.tsv:2: field `iso3`"), "{err}");
        let err = kb.load_str("who\twhat\n", "h.tsv").unwrap_err();
        assert!(err.to_string().starts_with("h.tsv:1: field `header`"), "{err}");
        let mut kb = small();
        kb.load_str("person\toffice\tcountry\tstart\tend\nnobody\tpresident\tVNM\t2020-01-01\t\n", "o.tsv").unwrap();
        let err = kb.finish().unwrap_err().to_string();
        assert!(err.contains("o.tsv:2: field `person`"), "{err}");
    }

    #[test]
    fn builtin_knowledge_base_loads() {
        let kb = KnowledgeBase::builtin();
        assert!(kb.countries.len() > 190);
        assert!(kb.country("VNM").is_some() && kb.country("RUS").is_some());
        assert!(kb.people.len() > 100);
    }

    #[test]
    fn gatherings_are_found_by_name_or_alias_and_edition() {
        let kb = KnowledgeBase::builtin();
        assert_eq!(kb.gathering_year("Belt and Road Forum for International Cooperation", 3), Some(2023));
        assert_eq!(kb.gathering_year("BRICS summit in Kazan", 16), Some(2024));
        assert_eq!(kb.gathering_year("SPIEF", 27), Some(2024));
        assert_eq!(kb.gathering_year("Belt and Road Forum", 9), None);
        // The name must come first: "Eastern" alone is not the Eastern Economic Forum.
        assert_eq!(kb.gathering_year("Eastern", 8), None);
        let mut kb = KnowledgeBase::default();
        let err = kb.load_str("name\tedition\tyear\taliases\nHanoi Forum\tfirst\t2020\t\n", "g.tsv").unwrap_err();
        assert_eq!(err.to_string(), "g.tsv:2: field `edition`: `first` is not a number");
    }
}
