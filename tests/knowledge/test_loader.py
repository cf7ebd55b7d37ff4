"""Every way the knowledge base can be broken gives one error naming file, entry and field."""

from pathlib import Path

import pytest

from knowledge.loader import KnowledgeBaseError, load_raw
from tests.knowledge.conftest import make_entry, make_fact, make_table


def test_shipped_knowledge_base_loads_with_over_a_hundred_items():
    raw = load_raw()
    assert len(raw.entries) + len(raw.facts) > 100


def test_every_shipped_entry_and_fact_cites_a_known_source():
    raw = load_raw()
    known = {s.id for s in raw.sources}
    for item in (*raw.entries, *raw.facts):
        assert item.sources and set(item.sources) <= known, item.id


def test_every_seed_source_names_its_file_and_the_file_exists():
    seeds = Path(__file__).resolve().parents[3] / "shared" / "seeds"
    for source in load_raw().sources:
        assert source.seed or source.url, source.id
        if source.seed and seeds.exists():
            assert (seeds / source.seed).exists(), source.seed


def test_invalid_yaml_names_the_file(data_dir):
    folder = data_dir()
    (folder / "broken.yaml").write_text("entries:\n  - id: x\n    questions: [unclosed\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as error:
        load_raw(folder)
    assert error.value.file == "broken.yaml"
    assert "not valid YAML" in str(error.value)


def test_unknown_field_names_entry_and_field(data_dir):
    folder = data_dir(entries=[make_entry("hotline-test", colour="blue")])
    with pytest.raises(KnowledgeBaseError) as error:
        load_raw(folder)
    assert (error.value.file, error.value.item) == ("items.yaml", "hotline-test")
    assert "colour" in error.value.field


def test_missing_translation_names_the_language(data_dir):
    entry = make_entry("hotline-test", answer={"vi": "Chỉ có tiếng Việt."})
    with pytest.raises(KnowledgeBaseError) as error:
        load_raw(data_dir(entries=[entry]))
    assert error.value.item == "hotline-test"
    assert error.value.field.endswith("answer.en")


def test_unknown_source_id_is_reported(data_dir):
    with pytest.raises(KnowledgeBaseError, match="unknown source id 'nowhere'") as error:
        load_raw(data_dir(entries=[make_entry("hotline-test", sources=["nowhere"])]))
    assert error.value.field == "sources"


def test_unknown_related_id_is_reported(data_dir):
    with pytest.raises(KnowledgeBaseError, match="unknown entry id 'ghost'"):
        load_raw(data_dir(entries=[make_entry("hotline-test", related=["ghost"])]))


def test_unknown_topic_is_reported(data_dir):
    with pytest.raises(KnowledgeBaseError, match="unknown topic 'cooking'"):
        load_raw(data_dir(entries=[make_entry("hotline-test", topic="cooking")]))


def test_duplicate_ids_are_reported_with_both_files(data_dir):
    folder = data_dir(entries=[make_entry("hotline-test")])
    (folder / "again.yaml").write_text((folder / "items.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="duplicate id") as error:
        load_raw(folder)
    assert error.value.item == "hotline-test"


def test_same_phrasing_under_two_entries_is_reported(data_dir):
    first = make_entry("hotline-one")
    second = make_entry("hotline-two")
    second["questions"]["vi"][0] = first["questions"]["vi"][0].upper()  # type: ignore[index]
    with pytest.raises(KnowledgeBaseError, match="also under 'hotline-one'") as error:
        load_raw(data_dir(entries=[first, second]))
    assert error.value.item == "hotline-two"


def test_over_long_answer_is_reported(data_dir):
    entry = make_entry("hotline-test", answer={"vi": "dài " * 1000, "en": "short"})
    with pytest.raises(KnowledgeBaseError, match="longer than") as error:
        load_raw(data_dir(entries=[entry]))
    assert error.value.field == "answer.vi"


def test_too_few_phrasings_are_reported(data_dir):
    entry = make_entry("hotline-test")
    entry["questions"]["en"] = ["only one"]  # type: ignore[index]
    with pytest.raises(KnowledgeBaseError, match="at least 3") as error:
        load_raw(data_dir(entries=[entry]))
    assert error.value.field == "questions.en"


def test_top_level_that_is_not_a_mapping_is_reported(data_dir):
    folder = data_dir()
    (folder / "list.yaml").write_text("- just\n- a list\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="mapping"):
        load_raw(folder)


def test_fact_with_two_values_for_one_period_is_reported(data_dir):
    fact = make_entry("hotline-fact")
    del fact["answer"]
    fact |= {
        "label": {"vi": "Số", "en": "Number"},
        "values": [{"period": "2020", "value": 1}, {"period": "2020", "value": 2}],
    }
    with pytest.raises(KnowledgeBaseError, match="same period"):
        load_raw(data_dir(facts=[fact]))


def test_a_table_row_naming_an_unknown_fact_is_refused(data_dir):
    with pytest.raises(KnowledgeBaseError, match="unknown fact id 'ghost'") as error:
        load_raw(data_dir(facts=[make_fact("row-one")], tables=[make_table("row-one", "ghost")]))
    assert (error.value.item, error.value.field) == ("test-table", "rows.1.fact")


def test_a_table_row_whose_fact_has_no_aliases_is_refused(data_dir):
    facts = [make_fact("row-one"), make_fact("row-two", aliases=[])]
    with pytest.raises(KnowledgeBaseError, match="no aliases"):
        load_raw(data_dir(facts=facts, tables=[make_table("row-one", "row-two")]))


def test_table_rows_with_different_periods_are_refused(data_dir):
    facts = [make_fact("row-one"), make_fact("row-two", periods=("2020", "2022"))]
    with pytest.raises(KnowledgeBaseError, match="periods"):
        load_raw(data_dir(facts=facts, tables=[make_table("row-one", "row-two")]))


def test_a_fact_may_be_a_row_of_one_table_only(data_dir):
    tables = [make_table("row-one", "row-two"), make_table("row-two", "row-one", id="other-table")]
    with pytest.raises(KnowledgeBaseError, match="already a row of 'test-table'"):
        load_raw(data_dir(facts=[make_fact("row-one"), make_fact("row-two")], tables=tables))


def test_a_table_id_may_not_be_an_entry_id_as_replies_carry_both(data_dir):
    facts = [make_fact("row-one"), make_fact("row-two")]
    with pytest.raises(KnowledgeBaseError, match="duplicate id"):
        load_raw(data_dir(facts=facts, tables=[make_table("row-one", "row-two", id="row-one")]))


def test_a_tables_unknown_related_entry_is_reported(data_dir):
    facts = [make_fact("row-one"), make_fact("row-two")]
    with pytest.raises(KnowledgeBaseError, match="unknown entry id 'ghost'"):
        load_raw(data_dir(facts=facts, tables=[make_table("row-one", "row-two", related=["ghost"])]))


TABLE_SEED = Path(__file__).resolve().parents[3] / "shared" / "seeds" / "000_7c1130df517de264.txt"


@pytest.mark.skipif(not TABLE_SEED.exists(), reason="shared/seeds is not beside the checkout")
def test_every_figure_of_hotline_111s_table_is_the_source_documents():
    lines = TABLE_SEED.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("STT\t"))
    source = []
    for line in lines[start + 1 :]:
        if not line.strip():
            break
        cells = line.split("\t")
        source.append((cells[0], [int(cell.replace(".", "")) for cell in cells[2:]]))
    raw = load_raw()
    facts = {f.id: f for f in raw.facts}
    (table,) = raw.tables
    assert len(table.rows) == len(source) == 19
    for row, (item, figures) in zip(table.rows, source, strict=True):
        assert (row.item or "") == item, row.fact
        assert [v.value for v in facts[row.fact].values] == figures, row.fact
