"""The `memberships` component: stated memberships, chairs, groupings and parties; not future ones."""
from __future__ import annotations

import pytest

from kg.model import Article, PartialDate
from kg.nlp.pipeline import Pipeline

RUSSIA, CHINA, POLAND, HUNGARY, FRANCE, GERMANY = "Q159", "Q148", "Q36", "Q28", "Q142", "Q183"
NATO, BRICS, SCO, UN, EU, G20 = "Q7184", "Q243630", "Q485207", "Q1065", "Q458", "Q19771"
MERZ = "Q566257"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(names=["segmenter", "tagger", "actors", "memberships"])


def memberships(pipeline: Pipeline, text: str, lang: str = "de") -> set[tuple[str, str]]:
    extraction = pipeline(Article(id="t", text=text, lang=lang, source="test"))
    return {(m.member, m.organization) for m in extraction.memberships}


def labelled(pipeline: Pipeline, text: str, lang: str = "de") -> set[tuple[str, str]]:
    extraction = pipeline(Article(id="t", text=text, lang=lang, source="test"))
    labels = {a.key: a.label for a in extraction.actors}
    return {(labels[m.member], labels[m.organization]) for m in extraction.memberships}


@pytest.mark.parametrize("lang, text, expected", [
    ("de", "Polen und Ungarn sind Mitglieder der Nato.", {(POLAND, NATO), (HUNGARY, NATO)}),
    ("de", "Polen ist seit 1999 Mitglied der Nato.", {(POLAND, NATO)}),
    ("de", "Die Nato-Mitglieder Frankreich und Deutschland stimmten zu.", {(FRANCE, NATO), (GERMANY, NATO)}),
    ("de", "Frankreich, ein Mitgliedstaat der EU, stimmte dagegen.", {(FRANCE, EU)}),
    ("en", "Poland and Hungary are members of NATO.", {(POLAND, NATO), (HUNGARY, NATO)}),
    ("en", "NATO member states such as France and Poland agreed.", {(FRANCE, NATO), (POLAND, NATO)}),
    ("en", "France, a member of the European Union, objected.", {(FRANCE, EU)}),
])
def test_stated_membership(pipeline, lang, text, expected):
    assert memberships(pipeline, text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("de", "Russland übernahm Anfang des Jahres den rotierenden Vorsitz der BRICS.", {(RUSSIA, BRICS)}),
    ("de", "Russland hat derzeit den BRICS-Vorsitz inne.", {(RUSSIA, BRICS)}),
    ("en", "Russia took over the rotating chair of BRICS in January.", {(RUSSIA, BRICS)}),
    ("en", "Brazil holds the presidency of the G20 this year.", {("Q155", G20)}),
])
def test_chairing_a_body_is_membership(pipeline, lang, text, expected):
    assert memberships(pipeline, text, lang) == expected


@pytest.mark.parametrize("lang, text", [
    ("de", "Sowohl Peking als auch Moskau haben in Foren wie den Vereinten Nationen ihre Koordinierung verstärkt "
           "und Gruppierungen gebildet, in denen sie Einfluss haben, wie BRICS und die SOZ."),
    ("en", "Both Beijing and Moscow have built groupings where they hold sway, such as BRICS and the SCO."),
])
def test_groupings_listed_after_such_as_have_the_subjects_as_members(pipeline, lang, text):
    assert memberships(pipeline, text, lang) == {(CHINA, BRICS), (RUSSIA, BRICS), (CHINA, SCO), (RUSSIA, SCO)}


@pytest.mark.parametrize("lang, text, expected", [
    ("de", "Friedrich Merz (CDU) sprach im Bundestag.", {("Friedrich Merz", "CDU")}),
    ("de", "Die Abgeordnete Jana Kowalczyk (BSW) stimmte dagegen.", {("Jana Kowalczyk", "BSW")}),
    ("de", "Der CDU-Politiker Friedrich Merz widersprach.", {("Friedrich Merz", "CDU")}),
])
def test_party_membership(pipeline, lang, text, expected):
    assert labelled(pipeline, text, lang) == expected


@pytest.mark.parametrize("lang, text", [
    ("de", "Die Ukraine will Mitglied der Nato werden."),
    ("de", "Die Ukraine ist kein Mitglied der Nato."),
    ("de", "Saudi-Arabien soll künftig Mitglied der BRICS werden."),
    ("de", "China und Russland arbeiten in Foren wie den Vereinten Nationen zusammen."),
    ("de", "Die BRICS-Staaten und die SOZ haben ihre Mitgliedschaft erweitert."),
    ("en", "Ukraine wants to become a member of NATO."),
    ("en", "Ukraine is not a member of NATO."),
    ("en", "Saudi Arabia is a candidate member of BRICS."),
])
def test_no_membership_when_not_stated_or_not_yet(pipeline, lang, text):
    assert memberships(pipeline, text, lang) == set()


def test_membership_evidence_covers_member_cue_and_body(pipeline):
    text = "Heute gilt: Polen ist Mitglied der Nato."
    extraction = pipeline(Article(id="t", text=text, lang="de", source="test"))
    (membership,) = extraction.memberships
    (evidence,) = membership.evidence
    assert text[evidence.start:evidence.end] == "Polen ist Mitglied der Nato"


@pytest.mark.parametrize("lang, text, expected", [
    ("de", "Finnland trat 2023 der Nato bei.", {("Q33", NATO)}),
    ("de", "Schweden ist der Nato im März beigetreten.", {("Q34", NATO)}),
    ("en", "Finland joined NATO in 2023.", {("Q33", NATO)}),
    ("en", "Poland, a member of NATO and the EU, called for sanctions.", {(POLAND, NATO), (POLAND, EU)}),
    ("de", "Die Ukraine will der Nato beitreten.", set()),
    ("en", "Ukraine wants to join NATO.", set()),
])
def test_joining_and_lists_of_bodies(pipeline, lang, text, expected):
    assert memberships(pipeline, text, lang) == expected


@pytest.fixture(scope="module")
def with_roles() -> Pipeline:
    return Pipeline(names=["segmenter", "tagger", "actors", "roles", "memberships"])


BRAZIL, INDIA, SOUTH_AFRICA, TURKEY, G7, CPC = "Q155", "Q668", "Q258", "Q43", "Q1764511", "Q17427"


@pytest.mark.parametrize("lang, text, expected", [
    ("de", "Bundeskanzler Friedrich Merz (CDU) reiste ab.", {("Friedrich Merz", "CDU")}),
    ("de", "Außenministerin Annalena Baerbock (Bündnis 90/Die Grünen) reiste ab.",
     {("Annalena Baerbock", "Bündnis 90/Die Grünen")}),
    ("de", "CDU-Chef Friedrich Merz widersprach.", {("Friedrich Merz", "CDU")}),
    ("de", "Die Grünen-Politikerin Annalena Baerbock widersprach.",
     {("Annalena Baerbock", "Bündnis 90/Die Grünen")}),
    ("de", "Der CDU-Außenpolitiker Jürgen Hardt sagte das.", {("Jürgen Hardt", "CDU")}),
    ("de", "Bundeskanzler Friedrich Merz mahnte zur Eile. Man dürfe nicht warten, sagte der CDU-Politiker.",
     {("Friedrich Merz", "CDU")}),
    ("de", "Außenminister Johann Wadephul traf Wang Yi. Die beiden sprachen lange. »Wir brauchen einander«, "
           "sagte der CDU-Politiker.", {("Johann Wadephul", "CDU")}),
    ("de", "Merz traf Lars Klingbeil im Kanzleramt. Das sei gut gewesen, sagte der SPD-Vorsitzende.",
     {("Lars Klingbeil", "SPD")}),
    ("en", "Labour leader Keir Starmer spoke.", {("Keir Starmer", "Labour Party")}),
])
def test_party_membership_in_every_form(pipeline, lang, text, expected):
    assert labelled(pipeline, text, lang) == expected


@pytest.mark.parametrize("lang, text", [
    ("de", "Nato-Chef Mark Rutte warnte."),
    ("de", "Kreml-Chef Wladimir Putin schwieg."),
    ("de", "Die Kreml-Sprecherin sagte, der Kreml-Chef schweige."),
    ("en", "NATO chief Mark Rutte warned."),
])
def test_heading_a_body_that_is_no_party_is_no_membership(pipeline, lang, text):
    assert memberships(pipeline, text, lang) == set()


@pytest.mark.parametrize("lang, text, expected", [
    ("de", "Die BRICS-Staaten Brasilien, Russland, Indien, China und Südafrika trafen sich.",
     {(BRAZIL, BRICS), (RUSSIA, BRICS), (INDIA, BRICS), (CHINA, BRICS), (SOUTH_AFRICA, BRICS)}),
    ("de", "Indien hat den Vorsitz der BRICS-Gruppe inne, der neben Brasilien auch Russland und China angehören.",
     {(INDIA, BRICS), (BRAZIL, BRICS), (RUSSIA, BRICS), (CHINA, BRICS)}),
    ("de", "Die Türkei gehört seit 1952 der Nato an.", {(TURKEY, NATO)}),
    ("de", "Die Nato-Staaten Polen und Ungarn stimmten zu.", {(POLAND, NATO), (HUNGARY, NATO)}),
    ("de", "Das Nato-Mitglied Türkei kauft Kampfjets.", {(TURKEY, NATO)}),
    ("de", "Ankara forderte mehr Einfluss. Das Nato-Mitglied gehört der EU nicht an.", {(TURKEY, NATO)}),
    ("en", "The G7 members France, Germany and Italy agreed.", {(FRANCE, G7), (GERMANY, G7), ("Q38", G7)}),
    ("en", "G7 countries such as France and Germany agreed.", {(FRANCE, G7), (GERMANY, G7)}),
    ("en", "Finland belongs to NATO.", {("Q33", NATO)}),
    ("en", "Malaysia, which chairs ASEAN this year, hosted the meetings.", {("Q833", "Q7768")}),
])
def test_lists_of_members_belonging_and_epithets(pipeline, lang, text, expected):
    assert memberships(pipeline, text, lang) == expected


@pytest.mark.parametrize("lang, text", [
    ("de", "Die Nato-Staaten kritisierten Russland scharf."),
    ("de", "Die Türkei gehört der EU nicht an."),
    ("de", "Serbien will der EU angehören."),
    ("en", "NATO countries criticised Russia."),
    ("en", "Serbia does not belong to the EU."),
])
def test_no_membership_from_a_bare_member_noun_or_a_negation(pipeline, lang, text):
    assert memberships(pipeline, text, lang) == set()


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "French President Emmanuel Macron, whose country holds the rotating G7 presidency, spoke.",
     {(FRANCE, G7)}),
    ("de", "Der französische Präsident Emmanuel Macron, dessen Land den G7-Vorsitz innehat, sprach.",
     {(FRANCE, G7)}),
    ("de", "Chinas Außenminister und Politbüromitglied Wang Yi reiste nach Berlin.", {("Q701801", CPC)}),
    ("en", "Politburo member Wang Yi met Rubio.", {("Q701801", CPC)}),
    ("de", "Wang Yi, der auch dem Politbüro der Kommunistischen Partei Chinas angehört, verteidigte das.",
     {("Q701801", CPC)}),
])
def test_membership_through_a_persons_country_or_party_organ(with_roles, lang, text, expected):
    extraction = with_roles(Article(id="t", text=text, lang=lang, source="test", published=PartialDate(2026, 3)))
    assert {(m.member, m.organization) for m in extraction.memberships} == expected


GCC, ASEAN = "gcc", "Q7768"
SAUDI_ARABIA, QATAR, OMAN, DENMARK, NORWAY, CANADA = "Q851", "Q846", "Q842", "Q35", "Q20", "Q16"


@pytest.mark.parametrize("lang, text, expected", [
    ("de", "Die Bundesregierung sprach mit den Außenministern der Mitgliedstaaten des Golf-Kooperationsrats, "
           "Saudi-Arabien, Katar und Oman.", {(SAUDI_ARABIA, GCC), (QATAR, GCC), (OMAN, GCC)}),
    ("de", "Die Mitglieder des Arktischen Rats, Dänemark, Norwegen und Kanada, trafen sich.",
     {(DENMARK, "arctic-council"), (NORWAY, "arctic-council"), (CANADA, "arctic-council")}),
    ("en", "The German government met the members of the Gulf Cooperation Council, Saudi Arabia, Qatar and Oman.",
     {(SAUDI_ARABIA, GCC), (QATAR, GCC), (OMAN, GCC)}),
    ("en", "The members of the Arctic Council: Denmark, Norway and Canada.",
     {(DENMARK, "arctic-council"), (NORWAY, "arctic-council"), (CANADA, "arctic-council")}),
])
def test_members_listed_after_the_body_and_not_a_body_named_before(pipeline, lang, text, expected):
    assert memberships(pipeline, text, lang) == expected


@pytest.mark.parametrize("lang, text", [
    ("de", "Die Bundesregierung ist Mitglied der Nato."),
    ("en", "The German government is a member of NATO."),
])
def test_a_states_own_government_is_no_member(pipeline, lang, text):
    assert memberships(pipeline, text, lang) == set()


@pytest.mark.parametrize("lang, text, expected", [
    ("de", "Das Nato- und EU-Mitglied Polen kritisierte den Beschluss.", {(POLAND, NATO), (POLAND, EU)}),
    ("de", "Das EU- und Nato-Mitglied Ungarn blockierte.", {(HUNGARY, NATO), (HUNGARY, EU)}),
    ("en", "ASEAN members East Timor and the Philippines signed.", {("Q574", ASEAN), ("Q928", ASEAN)}),
])
def test_coordinated_bodies_before_a_member_noun(pipeline, lang, text, expected):
    assert memberships(pipeline, text, lang) == expected


@pytest.mark.parametrize("lang, text", [
    ("en", "Sikorski, a member of Civic Coalition, said so."),
    ("de", "Sikorski, Mitglied der Bürgerkoalition, sagte das."),
])
def test_a_foreign_party_membership(pipeline, lang, text):
    assert memberships(pipeline, text, lang) == {("radoslaw-sikorski", "civic-coalition")}


def test_a_party_in_parentheses_belongs_to_its_own_person_only(pipeline):
    found = memberships(pipeline, "Bundeskanzler Friedrich Merz (CDU) traf Wladimir Putin in Moskau.")
    assert found == {(MERZ, "cdu")}


UNSC, SOMALIA, BRITAIN = "Q37470", "Q1045", "Q145"


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The U.N. Security Council met on Monday. The council's members Russia, Somalia and Britain voted "
           "against.", {(RUSSIA, UNSC), (SOMALIA, UNSC), (BRITAIN, UNSC)}),
    ("en", "The Security Council met. The members of the council, Russia and Britain, voted against.",
     {(RUSSIA, UNSC), (BRITAIN, UNSC)}),
    ("de", "Der UN-Sicherheitsrat tagte am Montag. Die Mitglieder des Rates, Russland und Großbritannien, "
           "stimmten dagegen.", {(RUSSIA, UNSC), (BRITAIN, UNSC)}),
])
def test_members_of_a_body_referred_to_by_its_noun(pipeline, lang, text, expected):
    assert memberships(pipeline, text, lang) == expected


@pytest.mark.parametrize("lang, text", [
    ("en", "NATO met on Monday. The council's members Russia and Britain voted against."),
    ("en", "The Security Council met. The council's members will include Germany."),
    ("de", "Die Nato tagte. Die Mitglieder des Rates, Russland und China, stimmten dagegen."),
])
def test_no_referred_body_without_a_fitting_name_or_with_future_members(pipeline, lang, text):
    assert memberships(pipeline, text, lang) == set()


@pytest.mark.parametrize("text, expected", [
    ("Die Staaten des Golf-Kooperationsrats, dem neben Saudi-Arabien auch Kuwait und Oman angehören, gelten in der "
     "Bundesregierung als wichtige Partner.", {("Q851", "gcc"), ("Q817", "gcc"), ("Q842", "gcc")}),
    ("Die Länder der BRICS-Gruppe, der Brasilien und Indien angehören, treffen sich mit der Bundesregierung.",
     {("Q155", "Q243630"), ("Q668", "Q243630")}),
])
def test_a_relative_clause_belongs_to_the_body_it_follows(text: str, expected: set[tuple[str, str]]) -> None:
    doc = Pipeline()(Article("t", text, "de", "test"))
    found = {(m.member, m.organization) for m in doc.memberships}
    assert found == expected
