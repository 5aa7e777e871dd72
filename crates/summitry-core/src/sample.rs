//! The bundled sample corpus: short Vietnam–Russia news articles written by the summitry
//! authors from public facts, embedded in the binary.

use crate::corpus::{Corpus, Document};

/// The sample corpus, one document per article, ids are the file stems.
pub fn sample_corpus() -> Corpus {
    Corpus::from_documents(
        SAMPLE
            .iter()
            .map(|(id, text)| {
                let mut doc = Document::new(*id, *text);
                doc.source = Some(format!("sample/{id}.txt"));
                doc
            })
            .collect(),
    )
}

/// (id, text) of each article. A test checks this list against the folder.
const SAMPLE: &[(&str, &str)] = &[
    ("001_putin-state-visit-hanoi-2001", include_str!("../data/sample/001_putin-state-visit-hanoi-2001.txt")),
    ("002_luong-putin-kremlin-2004", include_str!("../data/sample/002_luong-putin-kremlin-2004.txt")),
    ("003_putin-apec-hanoi-2006", include_str!("../data/sample/003_putin-apec-hanoi-2006.txt")),
    ("004_putin-dung-phone-call-2009", include_str!("../data/sample/004_putin-dung-phone-call-2009.txt")),
    ("005_medvedev-hanoi-nuclear-deal-preview-2010", include_str!("../data/sample/005_medvedev-hanoi-nuclear-deal-preview-2010.txt")),
    ("006_ninh-thuan-nuclear-agreement-2010", include_str!("../data/sample/006_ninh-thuan-nuclear-agreement-2010.txt")),
    ("007_sang-medvedev-moscow-2012", include_str!("../data/sample/007_sang-medvedev-moscow-2012.txt")),
    ("008_sang-putin-sochi-partnership-2012", include_str!("../data/sample/008_sang-putin-sochi-partnership-2012.txt")),
    ("009_putin-hanoi-talks-2013", include_str!("../data/sample/009_putin-hanoi-talks-2013.txt")),
    ("010_trong-putin-sochi-2014", include_str!("../data/sample/010_trong-putin-sochi-2014.txt")),
    ("011_medvedev-dung-hanoi-2015", include_str!("../data/sample/011_medvedev-dung-hanoi-2015.txt")),
    ("012_eaeu-vietnam-fta-signed-burabay-2015", include_str!("../data/sample/012_eaeu-vietnam-fta-signed-burabay-2015.txt")),
    ("013_phuc-moscow-sochi-asean-summit-2016", include_str!("../data/sample/013_phuc-moscow-sochi-asean-summit-2016.txt")),
    ("014_quang-putin-kremlin-2017", include_str!("../data/sample/014_quang-putin-kremlin-2017.txt")),
    ("015_putin-arrives-danang-apec-2017", include_str!("../data/sample/015_putin-arrives-danang-apec-2017.txt")),
    ("016_trong-medvedev-moscow-2018", include_str!("../data/sample/016_trong-medvedev-moscow-2018.txt")),
    ("017_trong-putin-sochi-talks-2018", include_str!("../data/sample/017_trong-putin-sochi-talks-2018.txt")),
    ("018_medvedev-phuc-hanoi-2018", include_str!("../data/sample/018_medvedev-phuc-hanoi-2018.txt")),
    ("019_phuc-russia-official-visit-2019", include_str!("../data/sample/019_phuc-russia-official-visit-2019.txt")),
    ("020_seventy-years-diplomatic-ties-2020", include_str!("../data/sample/020_seventy-years-diplomatic-ties-2020.txt")),
    ("021_phuc-putin-kremlin-talks-2021", include_str!("../data/sample/021_phuc-putin-kremlin-talks-2021.txt")),
    ("022_lavrov-arrives-hanoi-2022", include_str!("../data/sample/022_lavrov-arrives-hanoi-2022.txt")),
    ("023_lavrov-son-talks-hanoi-2022", include_str!("../data/sample/023_lavrov-son-talks-hanoi-2022.txt")),
    ("024_volodin-hanoi-official-visit-2023", include_str!("../data/sample/024_volodin-hanoi-official-visit-2023.txt")),
    ("025_thuong-putin-beijing-2023", include_str!("../data/sample/025_thuong-putin-beijing-2023.txt")),
    ("026_xi-putin-belt-and-road-2023", include_str!("../data/sample/026_xi-putin-belt-and-road-2023.txt")),
    ("027_trong-putin-phone-talks-2024", include_str!("../data/sample/027_trong-putin-phone-talks-2024.txt")),
    ("028_putin-state-visit-announced-2024", include_str!("../data/sample/028_putin-state-visit-announced-2024.txt")),
    ("029_putin-to-lam-talks-hanoi-2024", include_str!("../data/sample/029_putin-to-lam-talks-hanoi-2024.txt")),
    ("030_trong-putin-talks-2024", include_str!("../data/sample/030_trong-putin-talks-2024.txt")),
    ("031_putin-chinh-meeting-2024", include_str!("../data/sample/031_putin-chinh-meeting-2024.txt")),
    ("032_putin-man-meeting-2024", include_str!("../data/sample/032_putin-man-meeting-2024.txt")),
    ("033_chinh-putin-kazan-brics-2024", include_str!("../data/sample/033_chinh-putin-kazan-brics-2024.txt")),
    ("034_mishustin-chinh-talks-hanoi-2025", include_str!("../data/sample/034_mishustin-chinh-talks-hanoi-2025.txt")),
    ("035_mishustin-visit-concludes-2025", include_str!("../data/sample/035_mishustin-visit-concludes-2025.txt")),
    ("036_seventy-five-years-diplomatic-ties-2025", include_str!("../data/sample/036_seventy-five-years-diplomatic-ties-2025.txt")),
    ("037_to-lam-arrives-moscow-meets-mishustin-2025", include_str!("../data/sample/037_to-lam-arrives-moscow-meets-mishustin-2025.txt")),
    ("038_to-lam-putin-kremlin-talks-2025", include_str!("../data/sample/038_to-lam-putin-kremlin-talks-2025.txt")),
    ("039_xi-putin-moscow-victory-day-2025", include_str!("../data/sample/039_xi-putin-moscow-victory-day-2025.txt")),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sample_list_matches_the_folder() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data/sample");
        let mut on_disk: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter_map(|n| n.strip_suffix(".txt").map(str::to_owned))
            .collect();
        on_disk.sort();
        let listed: Vec<&str> = SAMPLE.iter().map(|(id, _)| *id).collect();
        assert_eq!(listed, on_disk, "update SAMPLE in sample.rs when adding articles");
        assert!(sample_corpus().len() >= 30);
    }
}
