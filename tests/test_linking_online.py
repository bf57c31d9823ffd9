"""Online linking and registry refresh against local servers that speak Wikidata's protocols.

The Query Service is a real `oxigraph serve` loaded with a small Wikidata-shaped
data set (tests/fixtures/wikidata/wdqs.ttl); the API is `FakeWikidata`, a local
HTTP server answering with recorded wbsearchentities / wbgetentities responses
that also passes SPARQL requests through to oxigraph, so that it can count every
request the client makes and refuse some on purpose (429, 503). Both are the
`query_service` and `wikidata` fixtures of conftest.py.
"""
from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.errors import WikidataError
from kg.linking import commands, refresh, tsv
from kg.linking.commands import link_command, registry_group
from kg.linking.online import OnlineLinker
from kg.linking.registry import DATA_DIR, Registry, choose
from kg.linking.wikidata import USER_AGENT, Policy
from kg.model import ActorType, PartialDate
from wikidata_fakes import FakeWikidata, Sleeps, wikidata_client


# --- the protocol client --------------------------------------------------------------------------


def test_search_and_entities_read_the_real_api_format(wikidata: FakeWikidata, tmp_path: Path) -> None:
    with wikidata_client(wikidata, tmp_path) as client:
        [hit] = client.search("Putin", "de")
        items = client.items(["Q7747", "Q999999999"])
    assert (hit.qid, hit.label, hit.matched) == ("Q7747", "Wladimir Putin", "Putin")
    assert set(items) == {"Q7747"}
    assert items["Q7747"].labels["en"] == "Vladimir Putin"
    assert "Putin" in items["Q7747"].aliases["de"]
    assert items["Q7747"].claims["P31"] == ("Q5",)


def test_requests_carry_a_polite_user_agent(wikidata: FakeWikidata, tmp_path: Path) -> None:
    with wikidata_client(wikidata, tmp_path) as client:
        client.search("Peking", "de")
    assert wikidata.user_agents[-1] == USER_AGENT
    assert USER_AGENT.startswith("diplomacy-kg/0.1 ")


def test_an_api_error_is_a_clear_error(wikidata: FakeWikidata, tmp_path: Path) -> None:
    with wikidata_client(wikidata, tmp_path) as client, pytest.raises(WikidataError, match="badvalue"):
        client._api({"action": "nonsense"})


def test_sparql_select_by_get_and_by_post(wikidata: FakeWikidata, tmp_path: Path) -> None:
    short = ("SELECT ?label WHERE { <http://www.wikidata.org/entity/Q159> "
             "<http://www.w3.org/2000/01/rdf-schema#label> ?label }")
    long = short + "\n" + "#" * 3000
    with wikidata_client(wikidata, tmp_path) as client:
        assert {r["label"] for r in client.select(short)} == {"Russland", "Russia"}
        assert {r["label"] for r in client.select(long)} == {"Russland", "Russia"}


def test_retries_after_429_respecting_retry_after(wikidata: FakeWikidata, tmp_path: Path) -> None:
    sleeps = Sleeps()
    before = wikidata.counts["/w/api.php"]
    wikidata.refuse_next(429, {"Retry-After": "7"})
    with wikidata_client(wikidata, tmp_path, sleeps) as client:
        [hit] = client.search("Merz", "de")
    assert hit.qid == "Q566257"
    assert wikidata.counts["/w/api.php"] - before == 2
    assert 7.0 in sleeps


def test_backs_off_exponentially_on_5xx_and_gives_up_without_caching(wikidata: FakeWikidata, tmp_path: Path) -> None:
    sleeps = Sleeps()
    wikidata.refuse_next(503, times=3)
    with wikidata_client(wikidata, tmp_path, sleeps) as client:
        with pytest.raises(WikidataError, match="gave up after 3 attempts"):
            client.search("Scholz", "de")
        assert sleeps == [0.5, 1.0]   # no pause after the last attempt
        assert len(client.cache) == 0  # type: ignore[arg-type]
        [hit] = client.search("Scholz", "de")   # the next run asks again and succeeds
    assert hit.qid == "Q61053"


def test_rate_limit_spaces_requests(wikidata: FakeWikidata, tmp_path: Path) -> None:
    sleeps = Sleeps()
    with wikidata_client(wikidata, tmp_path, sleeps, min_interval=30.0) as client:
        client.search("Putin", "de")
        client.search("Merz", "de")
    assert len(sleeps) == 1 and 0 < sleeps[0] <= 30.0


# --- online linking ---------------------------------------------------------------------------------


def test_online_candidates_are_typed_and_carry_offices(wikidata: FakeWikidata, tmp_path: Path) -> None:
    with wikidata_client(wikidata, tmp_path) as client:
        linker = OnlineLinker(client)
        [putin] = linker.candidates("Putin", "de")
        [peking] = linker.candidates("Peking", "de")
    assert (putin.key, putin.type, putin.label_de, putin.label_en) == ("Q7747", ActorType.PERSON, "Wladimir Putin",
                                                                      "Vladimir Putin")
    terms = [(o.of, o.start, o.end, o.roles) for o in putin.offices]
    assert terms[0] == ("Q159", PartialDate(2000, 5, 7), PartialDate(2008, 5, 7), ("head_of_state",))
    assert terms[-1] == ("Q159", PartialDate(2012, 5, 7), None, ("head_of_state",))
    assert (peking.type, peking.country) == (ActorType.PLACE, "Q148")


def test_online_linking_uses_context(wikidata: FakeWikidata, tmp_path: Path) -> None:
    with wikidata_client(wikidata, tmp_path) as client:
        linker = OnlineLinker(client)
        assert linker.link("Putin", "de", type=ActorType.PERSON, of="Q159").key == "Q7747"  # type: ignore[union-attr]
        assert linker.link("Putin", "de", type=ActorType.STATE) is None
        assert linker.link("Washington", "en", type="Place").key == "Q61"  # type: ignore[union-attr]
        chancellors = linker.candidates("Scholz", "de") + linker.candidates("Merz", "de")
    assert choose(chancellors, of="Q183", on=PartialDate(2024, 6)).key == "Q61053"  # type: ignore[union-attr]
    assert choose(chancellors, of="Q183", on=PartialDate(2026, 1)).key == "Q566257"  # type: ignore[union-attr]


def test_unknown_names_and_untyped_items_stay_unlinked(wikidata: FakeWikidata, tmp_path: Path) -> None:
    with wikidata_client(wikidata, tmp_path) as client:
        linker = OnlineLinker(client)
        assert linker.candidates("Bertold Quastenbrück", "de") == []
        assert linker.candidates("Naher Osten", "de") == []   # an item of no known class is not guessed
        assert linker.link("Bertold Quastenbrück", "de", type="Person") is None


def test_a_second_run_makes_no_request(wikidata: FakeWikidata, tmp_path: Path) -> None:
    names = [("Putin", "de"), ("Peking", "de"), ("Washington", "en"), ("Bertold Quastenbrück", "de")]
    with wikidata_client(wikidata, tmp_path) as client:
        first = [OnlineLinker(client).candidates(n, lang) for n, lang in names]
    counted = sum(wikidata.counts.values())
    with wikidata_client(wikidata, tmp_path) as client:
        second = [OnlineLinker(client).candidates(n, lang) for n, lang in names]
        assert client.requests == 0
    assert second == first
    assert sum(wikidata.counts.values()) == counted


# --- refresh --------------------------------------------------------------------------------------


def _stale_registry(directory: Path) -> Path:
    """The shipped registry as it might have looked before: no OSCE, no Uruguay, Scholz still in office..."""
    data = tsv.read(DATA_DIR)
    records = [r for r in data.records if r.qid not in ("Q81299", "Q77")]
    records = [replace(r, aliases_en=tuple(a for a in r.aliases_en if a != "People's Republic of China"))
               if r.key == "Q148" else r for r in records]
    sahara = next(r for r in records if r.key == "Q6250")
    records = [r for r in records if r.key != "Q6250"] + [replace(sahara, kind="states", source=refresh.SOURCE)]
    offices = [o for o in data.offices if not (o.holder == "Q566257" and o.of == "Q183")]
    offices = [replace(o, end=None) if o.holder == "Q61053" else o for o in offices]
    tsv.write(tsv.Data(tuple(records), tuple(offices), data.titles), directory)
    shutil.copytree(DATA_DIR / "sources", directory / "sources")
    (directory / refresh.SOURCE).write_text("qid\tname\ttype\tretrieved\tendpoint\n"
                                            "Q6250\tWestern Sahara\tState\t2020-01-01\ttest\n", encoding="utf-8")
    return directory


def test_refresh_shows_a_diff_of_additions_and_ended_terms(wikidata: FakeWikidata, tmp_path: Path) -> None:
    directory = _stale_registry(tmp_path / "data")
    with wikidata_client(wikidata, tmp_path / "cache") as client:
        result = refresh.refresh(client, directory)
    diff = result.diff
    assert {r.key for r in diff.added} == {"Q81299", "Q77"}
    assert all(r.source == refresh.SOURCE for r in diff.added)
    assert [(c.key, c.fields) for c in diff.changed] == [("Q148", ("aliases_en",))]
    assert [r.key for r in diff.removed] == ["Q6250"]
    assert [(o.holder, o.of, o.start) for o in diff.offices_added] == [("Q566257", "Q183", PartialDate(2025, 5, 6))]
    assert "chancellor" in diff.offices_added[0].roles
    assert [(new.holder, new.end) for _, new in diff.offices_ended] == [("Q61053", PartialDate(2025, 5, 6))]
    lines = diff.lines()
    assert "+ Organization Q81299 Organization for Security and Co-operation in Europe / " \
           "Organisation für Sicherheit und Zusammenarbeit in Europa" in lines
    assert "~ Q148 China: aliases_en += People's Republic of China" in lines
    assert tsv.read(directory) != result.data   # nothing written yet


def test_refresh_write_applies_the_diff_and_records_provenance(wikidata: FakeWikidata, tmp_path: Path) -> None:
    directory = _stale_registry(tmp_path / "data")
    with wikidata_client(wikidata, tmp_path / "cache") as client:
        refresh.write(refresh.refresh(client, directory), directory)
        again = refresh.refresh(client, directory)
    assert not again.diff
    registry = Registry.from_dir(directory)
    assert registry.entry("Q81299").source == refresh.SOURCE  # type: ignore[union-attr]
    assert registry.holder("Bundeskanzler", "Q183", PartialDate(2026)).key == "Q566257"  # type: ignore[union-attr]
    assert registry.entry("Q6250") is None
    provenance = (directory / refresh.SOURCE).read_text(encoding="utf-8")
    assert "Q81299\t" in provenance and "Q77\t" in provenance and "Q6250" not in provenance


# --- the commands -----------------------------------------------------------------------------------


@pytest.fixture
def env(wikidata: FakeWikidata, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    monkeypatch.setattr(commands, "POLICY", Policy(min_interval=0.0))
    return {"KG_WIKIDATA_API": f"{wikidata.base}/w/api.php", "KG_WIKIDATA_SPARQL": f"{wikidata.base}/sparql",
            "KG_CACHE_DIR": str(tmp_path / "cache")}


def test_link_command_offline(env: dict[str, str]) -> None:
    result = CliRunner().invoke(link_command, ["Uschakow", "Bertold Quastenbrück", "Moskau", "russischen"], env=env)
    assert result.exit_code == 0, result.output
    assert "chosen    yuri-ushakov" in result.output
    assert "(none: stays unlinked)" in result.output
    assert "metonym   Q159" in result.output and "chosen    Q649" in result.output
    assert "demonym   Q159" in result.output and result.output.rstrip().endswith("[sources/countries.tsv]")


def test_link_command_online_is_cached(wikidata: FakeWikidata, env: dict[str, str]) -> None:
    args = ["--online", "--json", "--type", "Person", "--of", "Q183", "--date", "2024-06", "Scholz"]
    first = CliRunner().invoke(link_command, args, env=env)
    assert first.exit_code == 0, first.output
    counted = sum(wikidata.counts.values())
    second = CliRunner().invoke(link_command, args, env=env)
    assert json.loads(second.output) == json.loads(first.output)
    assert json.loads(first.output)[0]["chosen"]["wikidata"] == "Q61053"
    assert sum(wikidata.counts.values()) == counted


def test_registry_show_and_refresh_commands(env: dict[str, str], tmp_path: Path) -> None:
    shown = CliRunner().invoke(registry_group, ["show", "Q566257"], env=env)
    assert "Bundeskanzler / Federal Chancellor of Germany (Q183) 2025-05-06.." in shown.output
    directory = _stale_registry(tmp_path / "data")
    before = (directory / "organizations.tsv").read_bytes()
    dry = CliRunner().invoke(registry_group, ["refresh", "--data-dir", str(directory)], env=env)
    assert dry.exit_code == 0, dry.output
    assert "+ Organization Q81299" in dry.output and "--write" in dry.output
    assert (directory / "organizations.tsv").read_bytes() == before
    wet = CliRunner().invoke(registry_group, ["refresh", "--write", "--data-dir", str(directory)], env=env)
    assert wet.exit_code == 0, wet.output
    assert "Q81299" in (directory / "organizations.tsv").read_text(encoding="utf-8")
    done = CliRunner().invoke(registry_group, ["refresh", "--data-dir", str(directory)], env=env)
    assert "registry is up to date" in done.output
