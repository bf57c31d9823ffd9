"""The offline registry: shipped data that never invents an id, and the look-ups the extractor uses."""
from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from kg.errors import RegistryError
from kg.linking import tsv
from kg.linking.registry import DATA_DIR, Registry, normalize
from kg.linking.tsv import NO_SOURCE
from kg.model import ActorType, PartialDate

SOURCES = DATA_DIR / "sources"
SHARED = Path(__file__).resolve().parents[2] / "shared" / "wikidata"


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry.default()


def _tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


# --- provenance: every id traces to a source file --------------------------------------------


def test_every_qid_is_in_the_source_file_its_entry_names(registry: Registry) -> None:
    ids_by_source = {f"sources/{p.name}": {row["qid"] for row in _tsv(p)} for p in SOURCES.glob("*.tsv")}
    linked = [e for e in registry if e.qid]
    assert len(linked) > 300
    for entry in linked:
        assert entry.source in ids_by_source, f"{entry.key}: unknown source {entry.source!r}"
        assert entry.qid in ids_by_source[entry.source], f"{entry.qid} ({entry.label_en}) not in {entry.source}"


@pytest.mark.skipif(not SHARED.is_dir(), reason="the shared verified lists are not beside the project")
@pytest.mark.parametrize("name", ["countries.tsv", "verified-qids.tsv"])
def test_shipped_sources_are_verbatim_copies_of_the_verified_lists(name: str) -> None:
    assert (SOURCES / name).read_bytes() == (SHARED / name).read_bytes()


def test_shipped_ids_come_only_from_the_two_verified_files(registry: Registry) -> None:
    assert {e.source for e in registry if e.qid} == {"sources/countries.tsv", "sources/verified-qids.tsv"}
    assert all(e.source == NO_SOURCE for e in registry if e.qid is None)


def test_every_country_and_territory_is_present_with_a_german_label(registry: Registry) -> None:
    for row in _tsv(SOURCES / "countries.tsv"):
        entry = registry.entry(row["qid"])
        assert entry is not None, row["name"]
        assert entry.type in (ActorType.STATE, ActorType.PLACE)
        assert row["name"] in entry.names(), f"{row['name']} is not a name of {entry.key}"
        assert entry.label_de


def test_every_verified_id_is_present_with_its_type(registry: Registry) -> None:
    for row in _tsv(SOURCES / "verified-qids.tsv"):
        entry = registry.entry(row["qid"])
        assert entry is not None, row["name"]
        assert entry.type.value == row["type"], row["name"]


@pytest.mark.parametrize("name", ["Kreml", "New START", "Juri Uschakow", "Dmitri Peskow", "Afrikanische Union",
                                  "Arabische Liga", "GCC", "Auswärtiges Amt", "dpa", "AFP", "Reuters", "AP"])
def test_important_entities_without_a_verified_id_are_kept_without_one(registry: Registry, name: str) -> None:
    [entry, *_] = registry.lookup(name)
    assert entry.qid is None
    assert entry.source == NO_SOURCE
    assert not entry.key.startswith("Q")


def test_states_have_demonyms_and_capitals(registry: Registry) -> None:
    states = [e for e in registry if e.type == ActorType.STATE]
    assert len(states) >= 190
    assert sum(1 for s in states if s.demonyms) >= 185
    russia = registry.entry("Q159")
    assert russia is not None and russia.capital == "Q649"
    assert registry.entry("Q649").type == ActorType.PLACE  # type: ignore[union-attr]


# --- lookup -------------------------------------------------------------------------------------


def test_an_unknown_person_stays_unlinked(registry: Registry) -> None:
    assert registry.lookup("Bertold Quastenbrück") == []
    assert registry.choose(registry.lookup("Bertold Quastenbrück"), type=ActorType.PERSON) is None


@pytest.mark.parametrize(("name", "key"), [
    ("Wladimir Putin", "Q7747"), ("Vladimir Putin", "Q7747"), ("putin", "Q7747"),
    ("Uschakow", "yuri-ushakov"), ("Ushakov", "yuri-ushakov"), ("Yury Ushakov", "yuri-ushakov"),
    ("Selenskyj", "Q3874799"), ("Zelenskyy", "Q3874799"), ("Selensky", "Q3874799"),
    ("Xi", "Q15031"), ("Xi Jinping", "Q15031"),
    ("SOZ", "Q485207"), ("UNO", "Q1065"), ("UN", "Q1065"), ("Vereinte Nationen", "Q1065"),
    ("UN-Charta", "Q171328"), ("UN Charta", "Q171328"), ("START III", "new-start"), ("start-iii", "new-start"),
    ("Elfenbeinküste", "Q1008"), ("Großbritannien", "Q145"), ("Vereinigtes Königreich", "Q145"),
    ("Vereinigte Staaten", "Q30"), ("USA", "Q30"), ("Türkei", "Q43"), ("Türkiye", "Q43"),
])
def test_lookup_is_case_diacritic_and_hyphen_insensitive(registry: Registry, name: str, key: str) -> None:
    assert [e.key for e in registry.lookup(name)][:1] == [key]


def test_opec_plus_is_not_opec(registry: Registry) -> None:
    assert [e.key for e in registry.lookup("OPEC+")] == ["opec-plus"]
    assert [e.key for e in registry.lookup("OPEC")] == ["opec"]


def test_ambiguous_names_return_every_reading_best_first(registry: Registry) -> None:
    kreml = registry.lookup("Kreml")
    assert [e.key for e in kreml] == ["kremlin", "moscow-kremlin"]
    assert registry.choose(kreml) is kreml[0]
    assert registry.choose(kreml, type=ActorType.PLACE).key == "moscow-kremlin"  # type: ignore[union-attr]
    assert registry.choose(kreml, type="Person") is None


def test_choose_prefers_the_candidate_of_the_given_country(registry: Registry) -> None:
    offices = [registry.entry("german-federal-foreign-office"), registry.entry("uk-foreign-office")]
    assert registry.choose(offices, of="Q183").key == "german-federal-foreign-office"  # type: ignore[union-attr]
    assert registry.choose(offices, of="Q145").key == "uk-foreign-office"  # type: ignore[union-attr]


def test_choose_prefers_a_person_in_office_on_the_date(registry: Registry) -> None:
    both = [registry.entry("Q61053"), registry.entry("Q566257")]  # Scholz, Merz
    assert registry.choose(both, of="Q183", on=PartialDate(2024, 3)).key == "Q61053"  # type: ignore[union-attr]
    assert registry.choose(both, of="Q183", on=PartialDate(2026, 1)).key == "Q566257"  # type: ignore[union-attr]


def test_washington_moskau_and_peking_have_a_place_and_a_government_reading(registry: Registry) -> None:
    for name, place, state in [("Washington", "Q61", "Q30"), ("Moskau", "Q649", "Q159"), ("Peking", "Q956", "Q148")]:
        assert [e.key for e in registry.lookup(name)] == [place]
        assert registry.by_metonym(name).key == state  # type: ignore[union-attr]


# --- demonyms and metonyms ------------------------------------------------------------------------


@pytest.mark.parametrize(("adjective", "key"), [
    ("russisch", "Q159"), ("russische", "Q159"), ("russischen", "Q159"), ("Russischer", "Q159"),
    ("russisches", "Q159"), ("russischem", "Q159"), ("Russian", "Q159"),
    ("chinesischen", "Q148"), ("Chinese", "Q148"), ("US-amerikanischen", "Q30"), ("amerikanische", "Q30"),
    ("American", "Q30"), ("ukrainischer", "Q212"), ("Ukrainian", "Q212"), ("deutschen", "Q183"),
    ("französische", "Q142"), ("britischen", "Q145"), ("nordkoreanische", "Q423"), ("südkoreanischen", "Q884"),
])
def test_demonyms_in_every_german_ending(registry: Registry, adjective: str, key: str) -> None:
    assert registry.by_demonym(adjective).key == key  # type: ignore[union-attr]


@pytest.mark.parametrize("word", ["koreanisch", "kongolesischen", "Korean", "schnell", "westlichen"])
def test_ambiguous_or_unknown_adjectives_name_no_state(registry: Registry, word: str) -> None:
    assert registry.by_demonym(word) is None


@pytest.mark.parametrize(("name", "key"), [
    ("Kreml", "kremlin"), ("Kiew", "Q212"), ("Brüssel", "Q458"), ("Teheran", "Q794"), ("Caracas", "Q717"),
    ("Havanna", "Q241"), ("Whitehall", "Q145"),
])
def test_metonyms(registry: Registry, name: str, key: str) -> None:
    assert registry.by_metonym(name).key == key  # type: ignore[union-attr]


@pytest.mark.parametrize(("name", "country"), [
    ("Weißes Haus", "Q30"), ("White House", "Q30"), ("Élysée", "Q142"), ("Elysee-Palast", "Q142"),
    ("Downing Street", "Q145"), ("Number 10", "Q145"), ("Planalto", "Q155"), ("Kanzleramt", "Q183"),
])
def test_seats_of_government_are_bodies_not_names_of_the_state(registry: Registry, name: str, country: str) -> None:
    """The White House speaks as an organisation (and is a place where leaders meet), not as the USA."""
    found = registry.lookup(name)
    assert found[0].type == ActorType.ORGANIZATION and found[0].country == country
    assert registry.by_metonym(name) is None


@pytest.mark.parametrize("name", ["Weißes Haus", "Élysée-Palast", "Downing Street", "Kanzleramt"])
def test_seats_of_government_are_also_places(registry: Registry, name: str) -> None:
    assert registry.choose(registry.lookup(name), type=ActorType.PLACE) is not None


def test_a_plain_name_is_no_metonym(registry: Registry) -> None:
    assert registry.by_metonym("Wladimir Putin") is None
    assert registry.by_metonym("Shenzhen") is None


# --- offices ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("title", "of", "on", "key"), [
    ("Bundeskanzler", "Q183", PartialDate(2024, 5), "Q61053"),
    ("Bundeskanzler", "Q183", PartialDate(2026, 1), "Q566257"),
    ("Bundeskanzler", None, PartialDate(2024), "Q61053"),   # the title implies Germany
    ("Kanzler", "Q183", PartialDate(2025, 5, 5), "Q61053"),
    ("Kanzler", "Q183", PartialDate(2025, 5, 6), "Q566257"),
    ("Bundeskanzlerin", "Q183", PartialDate(2019), "angela-merkel"),
    ("Präsident", "Q30", PartialDate(2024, 11), "Q6279"),
    ("President", "Q30", PartialDate(2025, 3), "Q22686"),
    ("Präsident", "Q30", PartialDate(2019), "Q22686"),
    ("Präsident", "Q159", PartialDate(2010), "dmitry-medvedev"),
    ("Präsident", "Q159", PartialDate(2026, 2), "Q7747"),
    ("Staatschef", "Q148", PartialDate(2026, 2), "Q15031"),
    ("Außenminister", "Q159", PartialDate(2026), "Q58217"),
    ("Außenminister", "Q148", PartialDate(2023, 3), "qin-gang"),
    ("Berater des Präsidenten", "Q159", PartialDate(2026, 2), "yuri-ushakov"),
    ("Defence Secretary", "Q145", PartialDate(2025, 10), "john-healey"),
    ("Außenminister", "Q17", PartialDate(2025, 3), "takeshi-iwaya"),
    ("Außenminister", "Q17", PartialDate(2025, 12), "toshimitsu-motegi"),
    ("Sprecher", "kremlin", PartialDate(2026, 2), "dmitry-peskov"),
    ("Kreml-Sprecher", None, None, "dmitry-peskov"),
    ("head_of_government", "Q145", PartialDate(2025), "Q282636"),
])
def test_holder_resolves_an_office_by_date(registry: Registry, title: str, of: str | None,
                                           on: PartialDate | None, key: str) -> None:
    assert registry.holder(title, of, on).key == key  # type: ignore[union-attr]


def test_holder_is_none_when_nobody_or_several_fit(registry: Registry) -> None:
    assert registry.holder("Bundeskanzler", "Q183", PartialDate(1990)) is None   # no holder recorded
    assert registry.holder("Präsident", None, PartialDate(2024)) is None         # which state?
    assert registry.holder("Bäcker", "Q183", PartialDate(2024)) is None          # not an office
    assert registry.holder("Sprecher", "chinese-foreign-ministry", PartialDate(2025)) is None  # two at once


def test_holder_without_a_date_is_the_current_one(registry: Registry) -> None:
    assert registry.holder("Bundeskanzler", "Q183", None).key == "Q566257"  # type: ignore[union-attr]


def test_offices_of_a_person_on_a_date(registry: Registry) -> None:
    putin_2010 = registry.offices_of("Q7747", PartialDate(2010))
    assert [(o.title_en, o.of) for o in putin_2010] == [("Prime Minister", "Q159")]
    assert len(registry.offices_of("Q7747", None)) == 3
    assert registry.offices_of("no-such-key", None) == []


def test_implied_state_of_a_title(registry: Registry) -> None:
    assert registry.implied_of("Bundeskanzler") == "Q183"
    assert registry.implied_of("Präsident") is None


# --- surface forms and the data format ------------------------------------------------------------


def test_surface_forms_cover_labels_aliases_and_metonyms(registry: Registry) -> None:
    forms = {(form, entry.key) for form, entry in registry.surface_forms()}
    assert ("Wladimir Putin", "Q7747") in forms
    assert ("Uschakow", "yuri-ushakov") in forms
    assert ("Weißes Haus", "white-house") in forms and ("Weißes Haus", "white-house-building") in forms
    assert ("Moskau", "Q159") in forms and ("Moskau", "Q649") in forms


def test_normalize() -> None:
    assert normalize("Élysée-Palast") == "elysee palast"
    assert normalize("  Weißes   Haus ") == "weisses haus"
    assert normalize("U.S.") == "u s"


def test_write_then_read_round_trips(tmp_path: Path) -> None:
    data = tsv.read(DATA_DIR)
    tsv.write(data, tmp_path)
    again = tsv.read(tmp_path)
    assert again == data
    for name in tsv.FILES:
        assert (tmp_path / name).read_bytes() == (DATA_DIR / name).read_bytes(), f"{name} is not in canonical order"


def _broken_copy(tmp_path: Path, name: str, old: str, new: str) -> Path:
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    path = target / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return target


@pytest.mark.parametrize(("name", "old", "new", "message"), [
    ("persons.tsv", "Q7747\tQ7747\t", "Q7747\t\t", "looks like a Wikidata id"),
    ("persons.tsv", "sources/verified-qids.tsv", "none", "has no source"),
    ("persons.tsv", "yuri-ushakov\t\t", "yuri-ushakov\tQ42\t", "keyed by it"),
    ("offices.tsv", "Q7747\tVladimir Putin", "Q7747\tVladimir Lenin", "not 'Vladimir Lenin'"),
    ("offices.tsv", "\t2012-05-07\t\n", "\t2012-13-07\t\n", "not an ISO date"),
    ("states.tsv", "\tQ649\t", "\tnowhere\t", "unknown key 'nowhere'"),
    ("places.tsv", "\tQ1519\t", "\tQ1519\textra\t", "cells where the header has"),
])
def test_bad_data_fails_loudly_with_file_and_line(tmp_path: Path, name: str, old: str, new: str,
                                                  message: str) -> None:
    with pytest.raises(RegistryError, match=message):
        Registry.from_dir(_broken_copy(tmp_path, name, old, new))


@pytest.mark.parametrize(("key", "lang", "demonym"), [
    ("Q148", "de", "chinesisch"), ("Q148", "en", "Chinese"), ("Q846", "en", "Qatari"), ("Q30", "de", "amerikanisch"),
])
def test_a_states_demonym_in_each_language(registry: Registry, key: str, lang: str, demonym: str) -> None:
    assert registry.entry(key).demonym(lang) == demonym  # type: ignore[union-attr]


def test_an_entry_without_demonyms_has_none(registry: Registry) -> None:
    assert registry.entry("Q1065").demonym("de") is None  # type: ignore[union-attr]


@pytest.mark.parametrize(("name", "key"), [
    ("chinesisches Außenministerium", "chinese-foreign-ministry"),
    ("Chinese Foreign Ministry", "chinese-foreign-ministry"),
    ("deutsches Außenministerium", "german-federal-foreign-office"),
    ("deutsche Regierung", "german-federal-government"),
    ("US government", "us-government"), ("State Department", "us-state-department"),
    ("iranische Atomenergieorganisation", "aeoi"), ("Revolutionsgarden", "irgc"),
])
def test_bodies_are_found_by_the_names_news_give_them(registry: Registry, name: str, key: str) -> None:
    assert registry.lookup(name)[0].key == key


def test_no_body_is_called_by_another_states_name(registry: Registry) -> None:
    """"Foreign Office" is the British one; the German office is the Auswärtiges Amt."""
    assert [e.key for e in registry.lookup("Foreign Office")] == ["uk-foreign-office"]


@pytest.mark.parametrize(("holder", "of", "on", "title"), [
    ("denys-shmyhal", "Q212", PartialDate(2025, 3), "Ministerpräsident"),
    ("denys-shmyhal", "Q212", PartialDate(2025, 9), "Verteidigungsminister"),
    ("israel-katz", "Q801", PartialDate(2024, 6), "Außenminister"),
    ("israel-katz", "Q801", PartialDate(2025, 6), "Verteidigungsminister"),
])
def test_offices_change_with_the_date(registry: Registry, holder: str, of: str, on: PartialDate, title: str) -> None:
    assert [o.title_de for o in registry.offices_of(holder, on) if o.of == of] == [title]
