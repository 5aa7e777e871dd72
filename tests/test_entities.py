"""find_entities and the knowledge tables, on sentences we wrote."""

from pathlib import Path

import polars as pl
import pytest

import summitry


def test_find_entities_resolves_names_offices_and_places_with_python_offsets() -> None:
    text = "Chủ tịch nước Võ Văn Thưởng met the Russian leader in Beijing."
    frame = summitry.find_entities(text, reference="2023-10-17")
    thuong = frame.filter(pl.col("key") == "Vo Van Thuong").row(0, named=True)
    assert text[thuong["start"] : thuong["end"]] == "Võ Văn Thưởng"
    assert (thuong["kind"], thuong["country"], thuong["office"]) == ("person", "VNM", "president")
    assert "Vladimir Putin" in frame["key"].to_list()
    beijing = frame.filter(pl.col("key") == "Beijing").row(0, named=True)
    assert (beijing["kind"], beijing["country"]) == ("place", "CHN")


def test_a_users_knowledge_file_adds_a_person_found_in_text(tmp_path: Path) -> None:
    people = tmp_path / "people.tsv"
    people.write_text("id\tname\tcountry\tshort\taliases\nivan-testov\tIvan Testov\tRUS\tTestov\t\n", encoding="utf-8")
    text = "Ivan Testov met Prime Minister Pham Minh Chinh in Hanoi."
    assert "Ivan Testov" not in summitry.find_entities(text)["key"].to_list()
    found = summitry.find_entities(text, knowledge=[people])
    assert found.filter(pl.col("key") == "Ivan Testov")["id"].to_list() == ["ivan-testov"]
    assert "ivan-testov" in summitry.knowledge.people(knowledge=[people])["id"].to_list()


def test_knowledge_tables_show_terms_of_office() -> None:
    offices = summitry.knowledge.offices()
    assert offices.schema["start"] == pl.Date
    presidents = offices.filter((pl.col("office") == "president") & (pl.col("country") == "VNM"))
    assert {"Vo Van Thuong", "Luong Cuong"} <= set(presidents["name"].to_list())
    assert summitry.knowledge.countries().filter(pl.col("iso3") == "VNM")["name"].to_list() == ["Vietnam"]
    assert summitry.knowledge.places().height > 100


def test_a_malformed_knowledge_file_names_file_line_and_field(tmp_path: Path) -> None:
    bad = tmp_path / "offices.tsv"
    bad.write_text("person\toffice\tcountry\tstart\tend\nto-lam\temperor\tVNM\t2024-01-01\t\n", encoding="utf-8")
    with pytest.raises(summitry.KnowledgeError, match=r"offices\.tsv.*2.*office"):
        summitry.knowledge.offices(knowledge=[bad])
