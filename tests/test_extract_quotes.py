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
    """Rows name speakers by a name the registry knows, by registry key where a name is ambiguous
    (the White House as a building and as the US presidency), or, for an actor the registry does not
    know, by the name it has in the text (its key)."""
    registry = pipeline.context.registry
    return {(_key(registry, name), direct, quote) for name, direct, quote in rows}


def _key(registry, name: str) -> str:
    entry = registry.entry(name)
    if entry is not None:
        return entry.key
    found = registry.lookup(name)
    return found[0].key if found else name


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
     [("white-house", R, "man beobachte die Annäherung mit Sorge")]),
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
    ("a state's ministry the registry knows speaks for itself, not for the state",
     '"The sanctions are illegal," the Chinese foreign ministry said in a statement.',
     [("Chinese Foreign Ministry", D, "The sanctions are illegal")]),
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


# Quotations whose speaker is found outside their own clause: after a colon, in the sentence
# before (reported speech the quotation goes on with), or in the sentence after.
GERMAN_ACROSS = [
    ("colon after a clause whose subject speaks, no speech verb",
     "Scholz zeigte sich zuversichtlich: „Wir werden eine Lösung finden.“",
     [("Scholz", D, "Wir werden eine Lösung finden.")]),
    ("colon after wurde deutlich",
     "Außenministerin Annalena Baerbock wurde deutlich: „So geht es nicht weiter.“",
     [("Baerbock", D, "So geht es nicht weiter.")]),
    ("colon after a verb with the subject behind it",
     "Am Abend reagierte Selenskyj prompt: „Das ist eine Lüge.“",
     [("Selenskyj", D, "Das ist eine Lüge.")]),
    ("colon after an organisation's reaction",
     "Der Kreml reagierte gelassen: „Wir nehmen das zur Kenntnis.“",
     [("Kreml", D, "Wir nehmen das zur Kenntnis.")]),
    ("headline: name and colon",
     "Baerbock: »Nicht erpressbar machen«\nDie Ministerin reiste weiter.",
     [("Baerbock", D, "Nicht erpressbar machen")]),
    ("headline: name, place and colon",
     "Wadephul in Peking: »Wir brauchen einander«",
     [("Wadephul", D, "Wir brauchen einander")]),
    ("a headline quotation the text repeats is one statement",
     "Baerbock: »Nicht erpressbar machen«\nBaerbock sagte, Europa dürfe sich »nicht erpressbar machen«.",
     [("Baerbock", D, "Nicht erpressbar machen")]),
    ("colon after a title noun introduces a name, not speech",
     "Putin unterzeichnete ein Dekret mit dem Titel: „Über Maßnahmen zur Stabilisierung“.", []),
    ("colon after a clause with no actor",
     "Die Tagesordnung war lang: „Energie, Handel, Sicherheit“.", []),
    ("quotation after a sentence of reported speech",
     "Kallas sagte, dass Russland auf Zeit spiele. „Diese Rechnung wird nicht aufgehen.“",
     [("Kallas", R, "dass Russland auf Zeit spiele"), ("Kallas", D, "Diese Rechnung wird nicht aufgehen.")]),
    ("quotation after a speech verb with nothing to record",
     "Lawrow äußerte sich zurückhaltend. „Wir warten ab.“",
     [("Lawrow", D, "Wir warten ab.")]),
    ("quotation after a sentence with no speech is nobody's",
     "Lawrow traf Wang Yi in Peking. „Wir warten ab.“", []),
    ("a new paragraph does not go on with the speaker before",
     "Merz sagte, Deutschland werde helfen.\n\n„Wir lassen niemanden allein.“",
     [("Merz", R, "Deutschland werde helfen")]),
    ("Konjunktiv I sentence with a quotation goes on with the speaker",
     "Lula sagte, Brasilien und Indien müssten zusammenarbeiten. Die WTO sei „seit Jahren gelähmt“.",
     [("Lula", R, "Brasilien und Indien müssten zusammenarbeiten"), ("Lula", D, "seit Jahren gelähmt")]),
    ("solle goes on with the speaker",
     "Xi sagte, China und Deutschland seien Partner. Die EU solle »den fairen Wettbewerb achten«.",
     [("Xi", R, "China und Deutschland seien Partner"), ("Xi", D, "den fairen Wettbewerb achten")]),
    ("Konjunktiv after a speaker named in the next sentence",
     "„Wir haben vereinbart, weiter zu reden.“ Das sagte Rubio nach dem Treffen. "
     "Es sei „kein Durchbruch, aber ein Anfang“.",
     [("Rubio", D, "Wir haben vereinbart, weiter zu reden."), ("Rubio", D, "kein Durchbruch, aber ein Anfang")]),
    ("reported speech over three sentences",
     "Selenskyj sagte, die Lage sei ernst. Russland greife täglich an. Die Ukraine brauche mehr Luftabwehr.",
     [("Selenskyj", R, "die Lage sei ernst"), ("Selenskyj", R, "Russland greife täglich an"),
      ("Selenskyj", R, "Die Ukraine brauche mehr Luftabwehr")]),
    ("Konjunktiv I of a verb in -ern after a quotation with its tag",
     "„Das ist absurd“, sagte Scholz. Deutschland liefere Waffen zur Selbstverteidigung, das sei gedeckt.",
     [("Scholz", D, "Das ist absurd"),
      ("Scholz", R, "Deutschland liefere Waffen zur Selbstverteidigung, das sei gedeckt")]),
    ("Konjunktiv after a colon quotation",
     "Lawrow sagte in Minsk: „Wir werden reagieren.“ Moskau verhandele aber weiter.",
     [("Lawrow", D, "Wir werden reagieren."), ("Lawrow", R, "Moskau verhandele aber weiter")]),
    ("Konjunktiv after a source whose own clause is indicative",
     "Wie der Kreml mitteilte, telefonierten Putin und Xi. Dabei sei es um die Ukraine gegangen.",
     [("Kreml", R, "Dabei sei es um die Ukraine gegangen")]),
    ("Konjunktiv with nobody speaking before",
     "Putin telefonierte mit Xi. Es sei um die Ukraine gegangen.", []),
    ("Konjunktiv II is the writer's conditional",
     "Macron sagte, Frankreich sei bereit. Es wäre der erste Besuch seit Jahren.",
     [("Macron", R, "Frankreich sei bereit")]),
    ("an indicative sentence ends the reported speech",
     "Macron sagte, Frankreich sei bereit. Die Reise dauert drei Tage.",
     [("Macron", R, "Frankreich sei bereit")]),
    ("the speaker's bare tag in the next sentence",
     "„Wir bleiben standhaft.“ Das erklärte Selenskyj am Abend in Kiew.",
     [("Selenskyj", D, "Wir bleiben standhaft.")]),
    ("a tag between a quotation and reported speech",
     "„Wir sind bereit“, sagte Merz, Deutschland werde seinen Beitrag leisten.",
     [("Merz", D, "Wir sind bereit"), ("Merz", R, "Deutschland werde seinen Beitrag leisten")]),
    ("a tag between two reported clauses",
     "Die Lage ist ernst, sagte Merz, Deutschland werde helfen.",
     [("Merz", R, "Deutschland werde helfen")]),
    ("a naming verb with a one-word quotation",
     "Rutte nannte den Schritt „unumkehrbar“.",
     [("Rutte", D, "unumkehrbar")]),
    ("bezeichnete als with a title before the name",
     "NATO-Generalsekretär Mark Rutte bezeichnete das Ergebnis als „starkes Signal“.",
     [("Rutte", D, "starkes Signal")]),
    ("two quoted fragments in one reported clause",
     "Auf der Plattform X schrieb Modi, er habe mit seinem „lieben Freund Lula“ "
     "ein „sehr produktives Gespräch“ geführt.",
     [("Modi", D, "lieben Freund Lula"), ("Modi", D, "sehr produktives Gespräch")]),
]

GERMAN_INFINITIVES = [
    ("kündigte an, ... zu",
     "Kallas kündigte an, im Januar nach Kiew zu reisen.",
     [("Kallas", R, "im Januar nach Kiew zu reisen")]),
    ("warf vor, ... zu, um ... zu",
     "Selenskyj traf Macron. Er warf Russland vor, die Verhandlungen nur zu nutzen, um Zeit zu gewinnen.",
     [("Selenskyj", R, "die Verhandlungen nur zu nutzen, um Zeit zu gewinnen")]),
    ("bot an, ... zu (one word with zu)",
     "Die Schweiz bot an, die Gespräche in Genf auszurichten.",
     [("Schweiz", R, "die Gespräche in Genf auszurichten")]),
    ("rief auf with a quoted infinitive (particle the tagger misses)",
     "Guterres rief beide Seiten auf, „jede Eskalation zu vermeiden“.",
     [("Guterres", D, "jede Eskalation zu vermeiden")]),
    ("versprach, ... zu",
     "Scholz versprach, die Ukraine weiter zu unterstützen.",
     [("Scholz", R, "die Ukraine weiter zu unterstützen")]),
    ("an infinitive clause ends before the sentence's next predicate",
     "China behauptet, in diesem Konflikt neutral zu sein, weigert sich jedoch, die Invasion zu verurteilen.",
     [("China", R, "in diesem Konflikt neutral zu sein")]),
    ("sich bereit erklären is not a report", "Putin erklärte sich bereit, nach Peking zu reisen.", []),
    ("versuchen is no speech verb", "Merz versuchte, die Wogen zu glätten.", []),
    ("sagen with an infinitive is no report", "Putin sagte, nach Peking zu reisen.", []),
]

GERMAN_OBJECTS = [
    ("forderte with an object after an adverb",
     "Ankara forderte zudem eine stärkere Rolle der Türkei bei der Rüstungsbeschaffung.",
     [("Türkei", R, "eine stärkere Rolle der Türkei bei der Rüstungsbeschaffung")]),
    ("bekräftigte with the subject after it",
     "Nach Angaben der chinesischen Seite bekräftigte Xi sein Bekenntnis zum internationalen System.",
     [("Xi", R, "sein Bekenntnis zum internationalen System")]),
    ("verlangte past a prepositional phrase",
     "Die EU verlangte von Moskau den sofortigen Rückzug.",
     [("EU", R, "den sofortigen Rückzug")]),
    ("a pronoun object says nothing", "Selenskyj forderte das.", []),
    ("a quoted object is the statement, the paraphrase is not repeated",
     "Zugleich forderte Macron eine „echte europäische Präferenz“ beim Kauf von Waffen.",
     [("Macron", D, "echte europäische Präferenz")]),
    ("an object of another speech verb is not a report", "Die Opposition kritisierte Scholz scharf.", []),
]

GERMAN_SOURCES = [
    ("nach Angaben von X with the reportative sollen",
     "Nach Angaben des türkischen Außenministers Hakan Fidan sollen die Delegationen im Juni zusammenkommen.",
     [("Hakan Fidan", R, "sollen die Delegationen im Juni zusammenkommen")]),
    ("reportative soll with the source inside the sentence",
     "Malaysia soll nach Angaben aus Neu-Delhi im kommenden Jahr aufgenommen werden.",
     [("Indien", R, "Malaysia soll im kommenden Jahr aufgenommen werden")]),
    ("laut X with soll",
     "Laut Peskow soll ein Treffen im Herbst stattfinden.",
     [("Peskow", R, "soll ein Treffen im Herbst stattfinden")]),
    ("soll without a source is the writer's", "Putin soll nach Peking reisen.", []),
    ("nach Angaben von X with the indicative", "Nach Angaben des Kremls trafen sich die Delegationen in Riad.", []),
]

GERMAN_SPEAKERS = [
    ("a tag's pronoun skips the people its clause names",
     "Rubio sprach nach dem Treffen. Ein Gipfel zwischen Putin und Trump sei nicht geplant, fügte er hinzu.",
     [("Rubio", R, "Ein Gipfel zwischen Putin und Trump sei nicht geplant")]),
    ("a tag's pronoun skips a name inside the clause, sagte er",
     "Xi sprach mit Scholz. Trump habe ihn nicht angerufen, sagte er.",
     [("Xi", R, "Trump habe ihn nicht angerufen")]),
    ("party chair is the person, not the party",
     "Bundeskanzler Friedrich Merz sprach vom Gipfel. Deutschland werde seinen Beitrag leisten, "
     "sagte der CDU-Vorsitzende.",
     [("Merz", R, "Deutschland werde seinen Beitrag leisten")]),
    ("party chief is the person, not the party",
     "Merz traf Macron. „Wir stehen zusammen“, sagte der CDU-Chef.",
     [("Merz", D, "Wir stehen zusammen")]),
    ("der Sprecher is the spokesperson named before",
     "Ein Sprecher des Auswärtigen Amts bestätigte das Treffen. Man sei „sehr besorgt“, sagte der Sprecher.",
     [("Auswärtiges Amt", D, "sehr besorgt")]),
    ("der Sprecher of the Kremlin",
     "Ein Sprecher des Kremls kündigte eine Erklärung an. „Wir warten ab“, sagte der Sprecher.",
     [("Kreml", D, "Wir warten ab")]),
    ("der Sprecher with no spokesperson before", "„Wir warten ab“, sagte der Sprecher.", []),
    ("Regierungssprecher with no state is the federal government's",
     "Ein Regierungssprecher sagte in Berlin, die Lage sei ernst.",
     [("Bundesregierung", R, "die Lage sei ernst")]),
    ("ein Sprecher der Regierung",
     "Ein Sprecher der Regierung sagte, die Lage sei ernst.",
     [("Bundesregierung", R, "die Lage sei ernst")]),
    ("a named state's ministry the registry knows",
     "Ein Sprecher des chinesischen Außenministeriums sagte, "
     "Peking unterstütze die Präsidentschaft „voll und ganz“.",
     [("Chinese Foreign Ministry", D, "voll und ganz")]),
    ("apposition names the one who speaks",
     "Der russische Botschafter in Riad, Pawel Lebedinski, "
     "sprach von einem „Treffen in konstruktiver Atmosphäre“.",
     [("Pawel Lebedinski", D, "Treffen in konstruktiver Atmosphäre")]),
    ("apposition after a genitive",
     "Der Außenminister Russlands, Sergej Lawrow, sagte, Moskau sei bereit.",
     [("Lawrow", R, "Moskau sei bereit")]),
    ("a party in parentheses after the name",
     "Außenministerin Annalena Baerbock (Grüne) sagte, dass Europa sich »nicht erpressbar machen« dürfe.",
     [("Baerbock", D, "nicht erpressbar machen")]),
    ("an organisation's short name in parentheses",
     "Der Verband der Automobilindustrie (VDA) warnte, ein Handelskrieg würde deutsche Hersteller treffen.",
     [("VDA", R, "ein Handelskrieg würde deutsche Hersteller treffen")]),
    ("a party in parentheses after an unnamed minister is not the speaker",
     "Der Minister (CDU) sagte, die Lage sei ernst.", []),
    ("beide Politiker: the two people named before",
     "Merz traf Macron in Paris. Beide Politiker betonten, Europa dürfe sich nicht spalten lassen.",
     [("Merz", R, "Europa dürfe sich nicht spalten lassen"),
      ("Macron", R, "Europa dürfe sich nicht spalten lassen")]),
    ("beide Seiten: the two parties named before, wollten as reported",
     "Vertreter der IAEA und des Iran verhandelten in Genf. Beide Seiten erklärten, sie wollten weiter verhandeln.",
     [("IAEA", R, "sie wollten weiter verhandeln"), ("Iran", R, "sie wollten weiter verhandeln")]),
    ("beide Seiten with one party named before",
     "Scholz sprach in Berlin. Beide Seiten erklärten, sie wollten weiter verhandeln.", []),
]

ENGLISH_ACROSS = [
    ("colon after a clause whose subject speaks",
     'Scholz was upbeat: "We will find a solution."',
     [("Scholz", D, "We will find a solution.")]),
    ("colon after struck a tone",
     'Macron struck a defiant tone: "Europe will not be divided."',
     [("Macron", D, "Europe will not be divided.")]),
    ("headline: name and colon",
     'Baerbock: "We are not naive"',
     [("Baerbock", D, "We are not naive")]),
    ("colon after a title noun", 'Putin signed a decree with the title: "On measures of stabilisation".', []),
    ("quotation after reported speech",
     'Netanyahu said Israel remained committed to the talks. "We will not stop until they are home."',
     [("Netanyahu", R, "Israel remained committed to the talks"),
      ("Netanyahu", D, "We will not stop until they are home.")]),
    ("quotation after a sentence with no speech",
     'Netanyahu met Biden in Washington. "We will not stop until they are home."', []),
    ("X said. after the quotation",
     '"We will not stop until every one of them is home." Netanyahu said.',
     [("Netanyahu", D, "We will not stop until every one of them is home.")]),
    ("X told reporters. after the quotation",
     '"It is a mistake." Netanyahu told reporters.',
     [("Netanyahu", D, "It is a mistake.")]),
    ("That is what X said",
     '"We are ready." That is what Putin told reporters on Tuesday.',
     [("Putin", D, "We are ready.")]),
    ("a next sentence with its own report is not a tag",
     '"It is a mistake." Netanyahu said on Monday that the talks would continue.',
     [("Netanyahu", R, "that the talks would continue")]),
    ("a naming verb with a one-word quotation",
     "Rutte called the move “irreversible”.",
     [("Rutte", D, "irreversible")]),
    ("a naming verb with a quoted phrase",
     "Trump called the talks “productive discussions”.",
     [("Trump", D, "productive discussions")]),
    ("a quoted fragment inside a reported clause",
     "The White House said the president had held “productive discussions” with his counterparts.",
     [("white-house", D, "productive discussions")]),
]

ENGLISH_REPORTED = [
    ("said with a past form the tagger reads as a participle",
     "EU trade commissioner Maroš Šefčovič said the remaining gaps concerned tariffs on cars.",
     [("Šefčovič", R, "the remaining gaps concerned tariffs on cars")]),
    ("told reporters, then the subject of the clause",
     "Scholz told reporters Germany would continue its support.",
     [("Scholz", R, "Germany would continue its support")]),
    ("urged to",
     "Washington has urged both sides to accept a phased agreement.",
     [("USA", R, "to accept a phased agreement")]),
    ("pledged to",
     "Macron pledged to support Ukraine for as long as it takes.",
     [("Macron", R, "to support Ukraine for as long as it takes")]),
    ("offered to",
     "Switzerland offered to host the talks in Geneva.",
     [("Switzerland", R, "to host the talks in Geneva")]),
    ("said, adding that: the clause is the participle's",
     "Blinken met Wang Yi. Blinken said, adding that talks would go on.",
     [("Blinken", R, "that talks would go on")]),
    ("a name after said starts the clause, it is not spoken to",
     "The Kremlin said Putin and Xi had discussed Ukraine.",
     [("Kremlin", R, "Putin and Xi had discussed Ukraine")]),
    ("a tag before the sentence's report",
     "Germany would do its part, Merz said on Monday.",
     [("Merz", R, "Germany would do its part")]),
    ("trailing according to X",
     "They discussed air defence, according to the Kremlin.",
     [("Kremlin", R, "They discussed air defence")]),
    ("trailing according to a state's ministry",
     "Modi plans to travel to Brussels next month, according to China's foreign ministry.",
     [("Chinese Foreign Ministry", R, "Modi plans to travel to Brussels next month")]),
    ("trailing according to unnamed officials",
     "The talks resumed in Doha on Sunday, according to two officials briefed on the discussions.", []),
    ("a report's dateline is not reported",
     "BEIJING (Reuters) - Blinken met Wang Yi in Beijing on Friday, the State Department said.",
     [("State Department", R, "Blinken met Wang Yi in Beijing on Friday")]),
    ("which X says: the relative pronoun is the object",
     "India objected to the EU's carbon levy, which New Delhi says discriminates against developing economies.",
     [("India", R, "discriminates against developing economies")]),
    ("which X has said",
     "Trump plans a trip to Beijing, which the White House has said could take place later this year.",
     [("white-house", R, "could take place later this year")]),
]

ENGLISH_OBJECTS = [
    ("reaffirmed with an object after an opening phrase",
     "In their joint communique, the EU and India reaffirmed their commitment to the UN Charter.",
     [("EU", R, "their commitment to the UN Charter"), ("India", R, "their commitment to the UN Charter")]),
    ("demanded with an object",
     "Israel demanded the release of all hostages.",
     [("Israel", R, "the release of all hostages")]),
    ("plural people are not the one a title names",
     "Lavrov met Wang Yi. In their joint communique, the ministers reaffirmed their commitment to the UN Charter.",
     []),
]

ENGLISH_SPEAKERS = [
    ("naming verb makes a quoted modifier a label",
     "Zelensky met Starmer in London. The Ukrainian leader thanked Britain for what he called "
     "its ‘unwavering’ support.",
     [("Zelensky", D, "unwavering")]),
    ("called for after a participle insertion",
     "Guterres, speaking in New York, called for “immediate and unimpeded” humanitarian access to Gaza.",
     [("Guterres", D, "immediate and unimpeded")]),
    ("both ministers: the two people named before",
     "Defence Secretary John Healey and Ukraine's defence minister Denys Shmyhal signed the deal. "
     "Both ministers said the first drones would reach the front by spring.",
     [("John Healey", R, "the first drones would reach the front by spring"),
      ("Shmyhal", R, "the first drones would reach the front by spring")]),
    ("both sides: the two parties named before",
     "The EU and India held talks in Brussels. Both sides said any agreement would respect WTO rules.",
     [("EU", R, "any agreement would respect WTO rules"), ("India", R, "any agreement would respect WTO rules")]),
    ("a spokesperson for a state's ministry the registry knows",
     'A spokesperson for China\'s foreign ministry said the sanctions were "illegal".',
     [("Chinese Foreign Ministry", D, "illegal")]),
    ("the spokesman is the spokesman named before",
     'A Kremlin spokesman announced a statement. "We will wait," the spokesman said.',
     [("Kremlin", D, "We will wait")]),
    ("apposition names the one who speaks",
     "Russia's ambassador to the UN, Vasily Nebenzya, said Moscow was ready to talk.",
     [("Nebenzia", R, "Moscow was ready to talk")]),
    ("a tag's pronoun skips the people its clause names",
     "Rubio spoke after the meeting. A summit between Putin and Trump was not planned, he said.",
     [("Rubio", R, "A summit between Putin and Trump was not planned")]),
    ("a government body speaks for itself",
     '"The talks were productive," the White House said.',
     [("white-house", D, "The talks were productive")]),
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


GERMAN_MORE = GERMAN_ACROSS + GERMAN_INFINITIVES + GERMAN_OBJECTS + GERMAN_SOURCES + GERMAN_SPEAKERS
ENGLISH_MORE = ENGLISH_ACROSS + ENGLISH_REPORTED + ENGLISH_OBJECTS + ENGLISH_SPEAKERS


@pytest.mark.parametrize("text,rows", _cases(GERMAN_MORE), ids=_names(GERMAN_MORE))
def test_german_speakers_beyond_the_clause(pipeline: Pipeline, text: str, rows: list) -> None:
    assert statements(pipeline, text, "de") == expected(pipeline, rows)


@pytest.mark.parametrize("text,rows", _cases(ENGLISH_MORE), ids=_names(ENGLISH_MORE))
def test_english_speakers_beyond_the_clause(pipeline: Pipeline, text: str, rows: list) -> None:
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
