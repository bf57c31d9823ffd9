"""Statements from quotations and reported speech, through the real pipeline.

Each case is a small text of our own and the exact statements an analyst would
record from it: (speaker, direct, quote). Speakers are given by a name the
registry knows and compared by actor key, so a case fails on a wrong speaker,
a wrong quote boundary, a missing statement or an extra one.
"""
from __future__ import annotations

import pytest
from kg.model import Article
from kg.nlp.pipeline import Pipeline

D, R = True, False  # direct quotation, reported speech


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    """The components statements depend on: tokens, tags, actor mentions, roles (for gender), quotes."""
    return Pipeline(names=["segmenter", "tagger", "actors", "roles", "quotes"])


def statements(pipeline: Pipeline, text: str, lang: str) -> set[tuple[str, bool, str]]:
    extraction = pipeline(Article(id="t", text=text, lang=lang, source="test"))
    return {(s.speaker, s.direct, s.quote) for s in extraction.statements}


def expected(pipeline: Pipeline, rows: list[tuple[str, bool, str]]) -> set[tuple[str, bool, str]]:
    registry = pipeline.context.registry
    return {(registry.lookup(name)[0].key, direct, quote) for name, direct, quote in rows}


GERMAN_DIRECT = [
    ("low-nine quotes, speaker after",
     "„Wir sind zu Gesprächen bereit“, sagte Außenminister Sergej Lawrow am Dienstag in Moskau.",
     [("Lawrow", D, "Wir sind zu Gesprächen bereit")]),
    ("guillemets",
     "»Das ist inakzeptabel«, erklärte Bundeskanzler Olaf Scholz.",
     [("Scholz", D, "Das ist inakzeptabel")]),
    ("ASCII quotes, verb betonen",
     '"Die Ukraine wird nicht kapitulieren", betonte Selenskyj in Kiew.',
     [("Selenskyj", D, "Die Ukraine wird nicht kapitulieren")]),
    ("English curly quotes in German text",
     "“Europa muss mehr tun”, sagte Macron.",
     [("Macron", D, "Europa muss mehr tun")]),
    ("right double quotes on both sides",
     "”Wir bleiben dabei”, sagte Merz.",
     [("Merz", D, "Wir bleiben dabei")]),
    ("single low quotes",
     "‚Wir bleiben im Gespräch‘, versicherte Wang Yi.",
     [("Wang Yi", D, "Wir bleiben im Gespräch")]),
    ("colon before the quotation",
     "Lawrow sagte: „Wir sind zu Gesprächen bereit.“",
     [("Lawrow", D, "Wir sind zu Gesprächen bereit.")]),
    ("colon ends the line, quotation on the next",
     "Unter diesen Umständen sprach Xi Jinping mit Putin. Dazu sagte Xi:\n"
     "„Beide Seiten sollten ihre Koordination verstärken.“",
     [("Xi", D, "Beide Seiten sollten ihre Koordination verstärken.")]),
    ("so X",
     "„Die Gespräche waren offen und konstruktiv“, so Guterres.",
     [("Guterres", D, "Die Gespräche waren offen und konstruktiv")]),
    ("so der Kreml-Sprecher speaks for the Kremlin",
     '"Sie sprachen über die Lage in Venezuela", so der Kreml-Sprecher.',
     [("Kreml", D, "Sie sprachen über die Lage in Venezuela")]),
    ("so X inside the sentence",
     'Heute, so Putin, sei das Bündnis "der wichtigste stabilisierende Faktor" in der Welt.',
     [("Putin", D, "der wichtigste stabilisierende Faktor")]),
    ("quotation spanning two sentences",
     "„Wir haben viele Prüfungen überstanden. Die Zukunft bietet neue Chancen“, sagte Xi.",
     [("Xi", D, "Wir haben viele Prüfungen überstanden. Die Zukunft bietet neue Chancen")]),
    ("speaker in the next sentence",
     "„Die Tür bleibt offen.“ Das sagte Scholz am Rande des Gipfels.",
     [("Scholz", D, "Die Tür bleibt offen.")]),
    ("pronoun er after a named person",
     "Selenskyj traf am Montag Macron in Paris. „Wir brauchen mehr Luftabwehr“, sagte er.",
     [("Selenskyj", D, "Wir brauchen mehr Luftabwehr")]),
    ("pronoun er for the last speaker",
     "Xi sagte, die Welt befinde sich im Umbruch. „Die Lage ist turbulent“, sagte er.",
     [("Xi", R, "die Welt befinde sich im Umbruch"), ("Xi", D, "Die Lage ist turbulent")]),
    ("pronoun sie after a female title",
     "Außenministerin Annalena Baerbock reiste nach Kiew. Sie sagte dort: „Wir stehen an Ihrer Seite.“",
     [("Baerbock", D, "Wir stehen an Ihrer Seite.")]),
    ("sie skips a man and finds the woman",
     "Außenministerin Annalena Baerbock traf Lawrow in Genf. „Das war ein schwieriges Gespräch“, sagte sie.",
     [("Baerbock", D, "Das war ein schwieriges Gespräch")]),
    ("sie after a man: the registry's title says who is a woman",
     "Lawrow traf Annalena Baerbock in Genf. „Das war ein schwieriges Gespräch“, sagte sie.",
     [("Baerbock", D, "Das war ein schwieriges Gespräch")]),
    ("er after a woman",
     "Baerbock traf Lawrow in Genf. „Das war ein schwieriges Gespräch“, sagte er.",
     [("Lawrow", D, "Das war ein schwieriges Gespräch")]),
    ("subject before a relative clause insertion",
     "Putin, der in Moskau vor Journalisten sprach, sagte: „Wir sind bereit.“",
     [("Putin", D, "Wir sind bereit.")]),
    ("laut X does not take a quotation from the speaking subject",
     "Xi Jinping sagte laut CCTV: „Wir sind bereit.“",
     [("Xi", D, "Wir sind bereit.")]),
    ("two quotations before one tag",
     "„Gut“ und „richtig“, sagte Scholz.",
     [("Scholz", D, "Gut"), ("Scholz", D, "richtig")]),
    ("nested quotation stays inside",
     "„Wir sagen ‚Nein‘ zu Erpressung“, erklärte Selenskyj.",
     [("Selenskyj", D, "Wir sagen ‚Nein‘ zu Erpressung")]),
    ("plural pronoun for two people named together",
     "Putin und Xi trafen sich in Peking. „Wir sind bereit“, sagten sie.",
     [("Putin", D, "Wir sind bereit"), ("Xi", D, "Wir sind bereit")]),
    ("sie with a singular verb does not go to a man",
     "Xi sprach mit Lawrow. „Die Lage ist turbulent“, sagte sie.", []),
    ("epithet for the last person",
     "Außenminister Wadephul sprach mit Wang Yi. „Es gibt Differenzen“, räumte der CDU-Politiker ein.",
     [("Wadephul", D, "Es gibt Differenzen")]),
    ("feminine epithet skips a man",
     "Baerbock traf Lawrow. „Wir bleiben hart“, sagte die Grünen-Politikerin.",
     [("Baerbock", D, "Wir bleiben hart")]),
    ("zitieren: the one quoted speaks",
     "Die Nachrichtenagentur Tass zitierte Lawrow mit den Worten: „Wir sind offen für Gespräche.“",
     [("Lawrow", D, "Wir sind offen für Gespräche.")]),
    ("zitieren after the quotation, the one quoted named by title",
     "Xi Jinping lud Putin ein. »Die Beziehungen sind so gut wie nie«, "
     "zitierte die Staatsagentur Xinhua den chinesischen Präsidenten.",
     [("Xi", D, "Die Beziehungen sind so gut wie nie")]),
    ("zitieren in the passive",
     "Lawrow wurde mit den Worten zitiert: „Wir sind offen für Gespräche.“",
     [("Lawrow", D, "Wir sind offen für Gespräche.")]),
    ("interrupted quotation",
     "„Wir sind bereit“, sagte Putin, „aber nicht um jeden Preis.“",
     [("Putin", D, "Wir sind bereit"), ("Putin", D, "aber nicht um jeden Preis.")]),
    ("so X between two parts of a quotation",
     "„Das ist“, so Putin, „eine Provokation.“",
     [("Putin", D, "Das ist"), ("Putin", D, "eine Provokation.")]),
    ("joint statement after the quotation",
     "„Wir stehen an der Seite der Ukraine“, sagten Merz und Macron in Berlin.",
     [("Merz", D, "Wir stehen an der Seite der Ukraine"), ("Macron", D, "Wir stehen an der Seite der Ukraine")]),
    ("sagte Xi Putin: Xi speaks to Putin",
     "„Wir haben gemeinsam viel erreicht“, sagte Xi Putin während des Anrufs.",
     [("Xi", D, "Wir haben gemeinsam viel erreicht")]),
    ("title mention after the name",
     "Putin sprach mit Xi. „Die Allianz ist ein stabilisierender Faktor“, sagte der russische Präsident.",
     [("Putin", D, "Die Allianz ist ein stabilisierender Faktor")]),
    ("stray formatting around the closing mark",
     'Xi sprach lange. "Die Lage ist turbulenter geworden**"**, sagte Xi.',
     [("Xi", D, "Die Lage ist turbulenter geworden")]),
    ("quotation continued in the next sentence of the paragraph",
     "„Wir werden nicht nachgeben“, sagte Selenskyj. „Die Ukraine wird sich verteidigen.“",
     [("Selenskyj", D, "Wir werden nicht nachgeben"), ("Selenskyj", D, "Die Ukraine wird sich verteidigen.")]),
    ("unnamed spokesperson of the Foreign Office",
     "„Wir beobachten die Lage genau“, sagte ein Sprecher des Auswärtigen Amts.",
     [("Auswärtiges Amt", D, "Wir beobachten die Lage genau")]),
    ("named spokesperson speaks for himself",
     "„Der Präsident hat keine Pläne“, sagte Kreml-Sprecher Dmitri Peskow.",
     [("Peskow", D, "Der Präsident hat keine Pläne")]),
    ("apposition names the adviser",
     "„Ihre Ansichten stimmen überein“, sagte der russische Berater des Präsidenten, Juri Uschakow.",
     [("Uschakow", D, "Ihre Ansichten stimmen überein")]),
    ("laut X with a colon",
     "Laut Uschakow ging es auch um Nahost: „Besondere Aufmerksamkeit galt dem Iran.“",
     [("Uschakow", D, "Besondere Aufmerksamkeit galt dem Iran.")]),
    ("separable verb teilte ... mit",
     "„Der Botschafter wurde einbestellt“, teilte das Auswärtige Amt mit.",
     [("Auswärtiges Amt", D, "Der Botschafter wurde einbestellt")]),
    ("separable verb fügte ... hinzu",
     "„Wir sind bereit“, fügte Lawrow hinzu.",
     [("Lawrow", D, "Wir sind bereit")]),
    ("the Kremlin as speaker",
     "„Die Gespräche waren nützlich“, erklärte der Kreml am Abend.",
     [("Kreml", D, "Die Gespräche waren nützlich")]),
    ("a capital speaks for its state",
     "„Das ist eine Provokation“, erklärte Peking am Montag.",
     [("China", D, "Das ist eine Provokation")]),
]

GERMAN_PARTIAL = [
    ("naming verb nennen",
     "Macron nannte die Gespräche „konstruktiv“.",
     [("Macron", D, "konstruktiv")]),
    ("relative clause with bezeichnen",
     'Putin, der Xi als "lieben Freund" bezeichnete, äußerte eine ähnliche Haltung.',
     [("Putin", D, "lieben Freund")]),
    ("second verb shares the subject",
     '"Die Allianz bleibt stabil", sagte Putin und nannte die Zusammenarbeit "beispielhaft".',
     [("Putin", D, "Die Allianz bleibt stabil"), ("Putin", D, "beispielhaft")]),
    ("quotation inside a dass-clause is direct, the clause is not repeated",
     'Xi stellte fest, dass sich die Beziehungen "stetig entwickeln" '
     'und dass die Länder "die Gelegenheit nutzen sollten".',
     [("Xi", D, "stetig entwickeln"), ("Xi", D, "die Gelegenheit nutzen sollten")]),
    ("two speakers in one sentence",
     'Xi betonte, dass beide Länder "an einem Fahrplan arbeiten" sollten, während Putin versicherte, '
     'dass Moskau "verantwortungsvoll" handeln werde.',
     [("Xi", D, "an einem Fahrplan arbeiten"), ("Putin", D, "verantwortungsvoll")]),
    ("relative clause with a pronoun subject",
     '"Unser Handel ist ausgewogen", sagte Putin in einem Interview, '
     'in dem er Xi als "Kollegen und Freund" bezeichnete.',
     [("Putin", D, "Unser Handel ist ausgewogen"), ("Putin", D, "Kollegen und Freund")]),
    ("sprach von with two quoted words",
     "Der russische Präsident Putin sprach von einer »strategischen Partnerschaft«, die sich »dynamisch« entwickle.",
     [("Putin", D, "strategischen Partnerschaft"), ("Putin", D, "dynamisch")]),
    ("sprach von",
     "Selenskyj sprach von einem „historischen Tag“ für die Ukraine.",
     [("Selenskyj", D, "historischen Tag")]),
]

GERMAN_HEARSAY = [
    ("heißt es in einer Mitteilung des Kremls",
     '"Putin und Xi betonten die enge Zusammenarbeit", hieß es in der Mitteilung des Kremls.',
     [("Kreml", D, "Putin und Xi betonten die enge Zusammenarbeit")]),
    ("heißt es in der Kreml-Erklärung, quotation mid-sentence",
     'Im Nahen Osten "unterstützen beide Länder eine politische Lösung", heißt es in der Kreml-Erklärung.',
     [("Kreml", D, "unterstützen beide Länder eine politische Lösung")]),
    ("heißt es in einer Meldung aus dem Kreml",
     '"Die Gespräche waren sehr offen", heißt es in einer Meldung aus dem Kreml.',
     [("Kreml", D, "Die Gespräche waren sehr offen")]),
    ("a document's borrowed phrase is not a statement",
     'Die beiden führten einen "sehr offenen Austausch", heißt es in einer Meldung aus dem Kreml.', []),
    ("the source before hieß es",
     "Aus dem Weißen Haus hieß es, man beobachte die Annäherung mit Sorge.",
     [("USA", R, "man beobachte die Annäherung mit Sorge")]),
    ("hieß es with no source is skipped",
     'Es hieß, die beiden Seiten hätten "regionale Brennpunkte" erörtert.',
     []),
    ("heißt es in den Verlautbarungen with no owner is skipped",
     'Beide forderten eine "multilaterale Ordnung", heißt es in den Verlautbarungen.',
     []),
    ("reported clause before hieß es in a statement of the ministry",
     "Die Gespräche seien konstruktiv gewesen, hieß es in einer Erklärung des Auswärtigen Amts.",
     [("Auswärtiges Amt", R, "Die Gespräche seien konstruktiv gewesen")]),
]

GERMAN_NOT_STATEMENTS = [
    ("scare quote without speech", "China will seine Position angesichts der „Unberechenbarkeit“ der USA stärken.", []),
    ("title of a show", "Lawrow trat in der Sendung „Hart aber fair“ auf.", []),
    ("sogenannte", "Die sogenannte „Spezialoperation“ dauert an.", []),
    ("quoted adjective before its noun", 'Putin forderte eine "multilaterale" Koordinierung, hieß es.', []),
    ("headline with a quotation",
     'Beziehungen "in die richtige Richtung entwickeln"\nXi und Putin sprachen am Mittwoch.', []),
    ("unknown speaker", "„Das ist ein Fehler“, sagte ein Diplomat in Brüssel.", []),
    ("colon with no quotation after it", "Putin sprach über Energie. Er sagte:\nKontakte mit den USA", []),
    ("passive participle names no speaker", 'In der Erklärung wurden "mehrere Themen" genannt.', []),
    ("absagen is not sagen", "Putin sagte seine Teilnahme am Gipfel ab.", []),
]

GERMAN_REPORTED = [
    ("Konjunktiv I after a comma",
     "Xi sagte, die Welt befinde sich in einer Phase schwerer Umwälzungen.",
     [("Xi", R, "die Welt befinde sich in einer Phase schwerer Umwälzungen")]),
    ("dass-clause with Konjunktiv",
     "Putin betonte, dass Russland seine Exporte auf die asiatischen Märkte umorientiert habe.",
     [("Putin", R, "dass Russland seine Exporte auf die asiatischen Märkte umorientiert habe")]),
    ("speaker after the verb",
     "Obwohl Putin die Ukraine nicht erwähnte, erklärte der Kreml später, Xi habe seine Unterstützung bekundet.",
     [("Kreml", R, "Xi habe seine Unterstützung bekundet")]),
    ("laut X with Konjunktiv",
     "Laut Peskow sei ein Treffen derzeit nicht geplant.",
     [("Peskow", R, "sei ein Treffen derzeit nicht geplant")]),
    ("X zufolge",
     "Dem Kreml zufolge seien die Gespräche konstruktiv verlaufen.",
     [("Kreml", R, "seien die Gespräche konstruktiv verlaufen")]),
    ("nach Angaben von X",
     "Nach Angaben von Lawrow habe Moskau keine Einwände.",
     [("Lawrow", R, "habe Moskau keine Einwände")]),
    ("wie X mitteilte with Konjunktiv",
     "Wie der Kreml mitteilte, seien die Gespräche konstruktiv gewesen.",
     [("Kreml", R, "seien die Gespräche konstruktiv gewesen")]),
    ("wie X mitteilte with the indicative",
     "Wie der Kreml mitteilte, telefonierten Putin und Xi am Mittwoch.", []),
    ("reported clause before the verb",
     "Die Lage sei sehr ernst, sagte Guterres am Rande der Sitzung.",
     [("Guterres", R, "Die Lage sei sehr ernst")]),
    ("nach Darstellung of a capital",
     "Nach Darstellung Moskaus habe die Ukraine den Angriff begonnen.",
     [("Russland", R, "habe die Ukraine den Angriff begonnen")]),
    ("pronoun subject of a reported clause",
     "Selenskyj traf am Montag Macron in Paris. Er sagte, die Ukraine brauche mehr Luftabwehr.",
     [("Selenskyj", R, "die Ukraine brauche mehr Luftabwehr")]),
    ("joint reported statement",
     "Merz und Selenskyj sagten, sie seien entschlossen, den Druck zu erhöhen.",
     [("Merz", R, "sie seien entschlossen, den Druck zu erhöhen"),
      ("Selenskyj", R, "sie seien entschlossen, den Druck zu erhöhen")]),
    ("spokesperson of the Foreign Office",
     "Ein Sprecher des Auswärtigen Amts sagte, man beobachte die Lage genau.",
     [("Auswärtiges Amt", R, "man beobachte die Lage genau")]),
    ("a name after the genitive is not the adviser",
     "Der Berater des Präsidenten Putin sagte, die Lage sei ernst.", []),
    ("Kreml-Sprecher",
     "Der Kreml-Sprecher betonte, Russland sei offen für Verhandlungen.",
     [("Kreml", R, "Russland sei offen für Verhandlungen")]),
    ("addressee and medium between verb and clause",
     "Erdogan sagte der Zeitung „Hürriyet“, die Türkei werde vermitteln.",
     [("Erdogan", R, "die Türkei werde vermitteln")]),
    ("a capital as the speaker",
     "Moskau erklärte, man werde auf die Sanktionen reagieren.",
     [("Russland", R, "man werde auf die Sanktionen reagieren")]),
    ("indicative dass-clause is the writer's, not reported speech",
     "Er fügte hinzu, dass Putin und Xi ihre Ansichten austauschten.", []),
    ("laut X with the indicative is not a statement",
     "Laut Uschakow hat Putin eine Einladung nach China angenommen.", []),
    ("X zufolge with the indicative",
     "Dem Kreml zufolge erörterten die beiden Politiker auch die Beziehungen zu Washington.", []),
    ("zu-infinitive is not a clause",
     "Putin erklärte sich bereit, nach Peking zu reisen.", []),
    ("modal Präteritum before the verb is not marked as reported",
     "Unter diesen Umständen sollten Peking und Moskau ihre Koordination verstärken, sagte Xi.", []),
]

ENGLISH = [
    ("quotation then speaker",
     '"We will not accept this," Russian President Vladimir Putin told reporters on Tuesday.',
     [("Putin", D, "We will not accept this")]),
    ("said X",
     "“The door remains open,” said German Chancellor Olaf Scholz.",
     [("Scholz", D, "The door remains open")]),
    ("colon",
     'Lavrov said: "We are ready for talks."',
     [("Lavrov", D, "We are ready for talks.")]),
    ("single quotes and an apostrophe",
     "‘Putin’s plan is dangerous,’ Macron said.",
     [("Macron", D, "Putin’s plan is dangerous")]),
    ("interrupted quotation",
     '"We are ready," Zelensky said, "but not at any price."',
     [("Zelensky", D, "We are ready"), ("Zelensky", D, "but not at any price.")]),
    ("continued in the next sentence",
     '"We are ready," Zelensky said. "The rest is up to Moscow."',
     [("Zelensky", D, "We are ready"), ("Zelensky", D, "The rest is up to Moscow.")]),
    ("pronoun she",
     'Ursula von der Leyen met Zelensky in Kyiv. "Europe stands with you," she said.',
     [("von der Leyen", D, "Europe stands with you")]),
    ("pronoun he for the last speaker",
     '"We will continue," Blinken said. "This is not over," he added.',
     [("Blinken", D, "We will continue"), ("Blinken", D, "This is not over")]),
    ("naming verb in a relative clause",
     'Lavrov, who called the plan "absurd", warned against escalation.',
     [("Lavrov", D, "absurd")]),
    ("describe as",
     'Macron described the meeting as "a historic step".',
     [("Macron", D, "a historic step")]),
    ("according to X attributes a quotation",
     'According to the Kremlin, the leaders had a "detailed exchange" on Ukraine.',
     [("Kremlin", D, "detailed exchange")]),
    ("spokesman speaks for the Kremlin",
     '"No meeting is planned," a Kremlin spokesman said.',
     [("Kremlin", D, "No meeting is planned")]),
    ("statement of a ministry with a demonym",
     '"The sanctions are illegal," the Chinese foreign ministry said in a statement.',
     [("China", D, "The sanctions are illegal")]),
    ("title with an of-phrase before the name",
     'Secretary of State Marco Rubio said Thursday that the United States was "deeply concerned".',
     [("Rubio", D, "deeply concerned")]),
    ("a name after of is not the head",
     "The wife of Putin said the talks were useful.", []),
    ("said that",
     "Putin said on Tuesday that the talks had been useful.",
     [("Putin", R, "that the talks had been useful")]),
    ("said without that",
     "Scholz said Germany would continue its support.",
     [("Scholz", R, "Germany would continue its support")]),
    ("told reporters that",
     "Kremlin spokesman Dmitry Peskov told reporters that no meeting was planned.",
     [("Peskov", R, "that no meeting was planned")]),
    ("told an addressee",
     "Xi Jinping told Putin the world was going through profound changes.",
     [("Xi", R, "the world was going through profound changes")]),
    ("joint reported statement",
     "Biden and Scholz said they would continue to support Ukraine.",
     [("Biden", R, "they would continue to support Ukraine"), ("Scholz", R, "they would continue to support Ukraine")]),
    ("spokesperson of the Foreign Office",
     "A spokesperson for the German Foreign Office said the ambassador had been summoned.",
     [("Auswärtiges Amt", R, "the ambassador had been summoned")]),
    ("a capital speaks for its state",
     "Beijing warned that the situation could spiral out of control.",
     [("China", R, "that the situation could spiral out of control")]),
    ("subject before a participle insertion",
     'Putin, speaking at a press conference in Moscow, said: "We are ready."',
     [("Putin", D, "We are ready.")]),
    ("participle clause shares the subject",
     '"We are ready," Putin said, adding that Russia would not wait forever.',
     [("Putin", D, "We are ready"), ("Putin", R, "that Russia would not wait forever")]),
    ("joint tag",
     '"We are ready," said Putin and Xi.',
     [("Putin", D, "We are ready"), ("Xi", D, "We are ready")]),
    ("they for two people named together",
     'Putin and Xi held talks in Beijing. "We are ready," they said.',
     [("Putin", D, "We are ready"), ("Xi", D, "We are ready")]),
    ("they with nobody named before",
     'The sanctions hit hard. "We will respond," they said.', []),
    ("she after a man: the registry's title says who is a woman",
     'Lavrov met Annalena Baerbock in Geneva. "It was a difficult conversation," she said.',
     [("Baerbock", D, "It was a difficult conversation")]),
    ("quoted X as saying",
     'Tass quoted Lavrov as saying: "We are open to talks."',
     [("Lavrov", D, "We are open to talks.")]),
    ("a name after said is an object clause, not the speaker",
     'A senior official, speaking on condition of anonymity, said Washington was "closely watching" the talks.', []),
    ("according to X without a quotation is the writer's statement",
     "According to the Kremlin, the two leaders discussed Ukraine.", []),
    ("title of a show", 'Lavrov appeared on the show "Face the Nation" on Sunday.', []),
    ("so-called", 'The so-called "peace plan" was rejected in Kyiv.', []),
    ("unknown speaker", '"This is a mistake," a diplomat in Brussels said.', []),
]


ODD_INPUT = [
    ("no quotation marks at all", "Putin und Xi sprachen am Mittwoch.", []),
    ("a lone ASCII mark", 'Er sagte " und ging.', []),
    ("an unclosed quotation does not swallow the next paragraph",
     'Er sagte: "Wir sind bereit\n"Nein", sagte Lawrow.', [("Lawrow", D, "Nein")]),
    ("marks with nothing inside", "„“ »« \"\" ‚‘", []),
    ("only punctuation inside", "„...“, sagte Putin.", []),
    ("marks the wrong way round", "“ Putin sagte, es sei spät „", [("Putin", R, "es sei spät")]),
]


def _names(cases: list) -> list[str]:
    return [case[0] for case in cases]


def _cases(cases: list) -> list[tuple]:
    """The cases without their names (the names become the test ids)."""
    return [case[1:] for case in cases]


GERMAN_QUOTATIONS = GERMAN_DIRECT + GERMAN_PARTIAL


@pytest.mark.parametrize("text,rows", _cases(GERMAN_QUOTATIONS), ids=_names(GERMAN_QUOTATIONS))
def test_german_quotations(pipeline: Pipeline, text: str, rows: list) -> None:
    assert statements(pipeline, text, "de") == expected(pipeline, rows)


@pytest.mark.parametrize("text,rows", _cases(GERMAN_HEARSAY), ids=_names(GERMAN_HEARSAY))
def test_german_hearsay(pipeline: Pipeline, text: str, rows: list) -> None:
    assert statements(pipeline, text, "de") == expected(pipeline, rows)


@pytest.mark.parametrize("text,rows", _cases(GERMAN_NOT_STATEMENTS), ids=_names(GERMAN_NOT_STATEMENTS))
def test_german_quotations_that_are_not_statements(pipeline: Pipeline, text: str, rows: list) -> None:
    assert statements(pipeline, text, "de") == expected(pipeline, rows)


@pytest.mark.parametrize("text,rows", _cases(GERMAN_REPORTED), ids=_names(GERMAN_REPORTED))
def test_german_reported_speech(pipeline: Pipeline, text: str, rows: list) -> None:
    assert statements(pipeline, text, "de") == expected(pipeline, rows)


@pytest.mark.parametrize("text,rows", _cases(ENGLISH), ids=_names(ENGLISH))
def test_english(pipeline: Pipeline, text: str, rows: list) -> None:
    assert statements(pipeline, text, "en") == expected(pipeline, rows)


@pytest.mark.parametrize("text,rows", _cases(ODD_INPUT), ids=_names(ODD_INPUT))
def test_odd_quotation_marks(pipeline: Pipeline, text: str, rows: list) -> None:
    assert statements(pipeline, text, "de") == expected(pipeline, rows)


def test_evidence_covers_the_quotation_and_its_cue(pipeline: Pipeline) -> None:
    text = "Vorab: „Wir sind bereit“, sagte Lawrow am Dienstag."
    (statement,) = pipeline(Article(id="t", text=text, lang="de", source="test")).statements
    spans = [text[e.start:e.end] for e in statement.evidence]
    assert spans[0] == "„Wir sind bereit“"
    assert any("sagte Lawrow" in span for span in spans[1:])
    assert all(e.component == "quotes" for e in statement.evidence)


def test_every_speaker_is_an_extracted_actor(pipeline: Pipeline) -> None:
    """Implied speakers (the state behind "Peking", the owner of "Kremlsprecher") are registered as actors."""
    text = ("„Das ist eine Provokation“, erklärte Peking am Montag. "
            "„Wir beobachten das genau“, sagte ein Kremlsprecher. "
            "Ein Sprecher des Auswärtigen Amts sagte, man beobachte die Lage.")
    extraction = pipeline(Article(id="t", text=text, lang="de", source="test"))
    actors = {a.key for a in extraction.actors}
    speakers = {s.speaker for s in extraction.statements}
    assert speakers == {key for key, _, _ in expected(pipeline, [("China", D, ""), ("Kreml", D, ""),
                                                                   ("Auswärtiges Amt", D, "")])}
    assert speakers <= actors


def test_same_input_same_statements(pipeline: Pipeline) -> None:
    text = ("Xi sagte, die Welt befinde sich im Umbruch. „Die Lage ist turbulent“, sagte er. "
            "Putin und Xi trafen sich. „Wir sind bereit“, sagten sie.")
    runs = [pipeline(Article(id="t", text=text, lang="de", source="test")).statements for _ in range(2)]
    assert runs[0] == runs[1] and len(runs[0]) == 4
