"""The `memberships` component: which state, body or person belongs to which organisation.

Read from the mentions around a cue: "X ist Mitglied der Y" / "X, a member of
Y" (members before, body after), "die Nato-Mitglieder X und Y" / "NATO member
states such as X" (body before, members after), joining ("Finnland trat 2023
der Nato bei"), belonging ("gehört der Nato an", "der BRICS-Gruppe, der
Brasilien und China angehören"), lists after a body's member noun ("die
BRICS-Staaten Brasilien, Russland ..."), an epithet for a state named before
("Das Nato-Mitglied ...", also "das Nato- und EU-Mitglied Polen"), members listed
right after the body ("die Mitglieder des Arktischen Rats, Dänemark und
Kanada"), chairing a body ("Russland übernahm den Vorsitz der
BRICS", "Macron, whose country holds the G7 presidency"), belonging to
groupings listed after "wie" / "such as" ("Peking und Moskau ... Gruppierungen
... wie BRICS und die SCO"), party membership ("Merz (CDU)", "CDU-Politiker
Merz", "sagte der CDU-Vorsitzende") and a ruling party's organs
("Politbüromitglied Wang Yi"). A party membership goes only to the person the
cue is said of ("Merz ist Mitglied der CDU"), and a state's own bodies (its
government) are members of nothing. A clause that
announces, wishes or denies membership ("will der Nato beitreten", "not a
member") gives none: future members are not members.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kg.extract.gazetteer import fold
from kg.extract.mentions import is_party
from kg.extract.titles import mentions_by_token
from kg.lang import data
from kg.model import ActorType, Membership
from kg.nlp.doc import Doc, Mention, Sentence

if TYPE_CHECKING:
    from kg.nlp.pipeline import Context

COMPONENT = "memberships"

_MEMBERS = (ActorType.STATE, ActorType.ORGANIZATION, ActorType.PERSON)
_HYPHENS = frozenset({"-", "–", "‐"})
_SKIPPABLE = frozenset({",", "(", ")", "-"})
_WINDOW = 6      # tokens between a cue and the body it names


class _Reader:
    def __init__(self, doc: Doc, registry: Any) -> None:
        self.doc = doc
        self.registry = registry
        self.cues = data(doc.article.lang, "memberships")
        self.coordinators = data(doc.article.lang, "actors").COORDINATORS
        self.articles = data(doc.article.lang, "actors").ARTICLE_TAGS
        self.by_token = mentions_by_token(doc)
        self.found: dict[tuple[str, str], tuple[int, int]] = {}

    def sentence(self, sentence: Sentence) -> None:
        for token in sentence.tokens:
            words = {fold(token.text), fold(token.lemma or token.text)}
            if any(w.startswith(self.cues.MEMBER_PREFIXES) for w in words):
                self._member(token.i, sentence)
            elif words & self.cues.CHAIR_WORDS:
                self._chair(token.i, sentence)
            elif words & self.cues.GROUPING_WORDS:
                self._grouping(token.i, sentence)
            elif self._joined(token.i, sentence):
                self._join(token.i, sentence)
            elif self._belongs(token.i, sentence):
                self._belong(token.i, sentence)
            elif words & self.cues.MEMBER_NOUNS:
                self._listed_members(token.i, sentence)
            elif token.text == "(":
                self._party_in_parentheses(token.i)
            if self._party_word(words):
                self._party_person(token.i)
            if any(organ in w for w in words for organ in self.cues.PARTY_ORGANS):
                self._organ_member(token.i)

    # ---- patterns ---------------------------------------------------------------------------------

    def _member(self, cue: int, sentence: Sentence) -> None:
        after = self._org_after(cue, sentence)
        before = self._org_before(cue)
        if after is not None:
            orgs = self._orgs_listed_from(after, sentence)
            members = self._listed_after(self._index(orgs[-1]), sentence) or self._subjects(cue, sentence, after)
            for org in orgs:
                self._add(members, org, cue)
        elif before is not None:
            members = self._group_after(cue, sentence) or self._group_before(self._index(before), sentence,
                                                                              exclude=before.key)
            for org in self._orgs_coordinated_before(before, sentence):
                if members:
                    self._add(members, org, cue)
                else:
                    self._epithet(org, cue, sentence)
        else:
            self._members_of_referred_body(cue, sentence)

    def _members_of_referred_body(self, cue: int, sentence: Sentence) -> None:
        """'the council's members Russia and Britain', 'die Mitglieder des Rates, Russland und China': the body
        named before whose name ends in that noun (the UN Security Council)."""
        tokens = self.doc.tokens
        noun = cue - 1
        if not (noun > 0 and tokens[noun].text.endswith(self.cues.POSSESSIVE_ENDINGS)):
            noun = cue + 1
            while noun < sentence.tokens[-1].i and fold(tokens[noun].text) in self.cues.LINK_WORDS:
                noun += 1
            if noun == cue + 1:
                return
        org = self._referred_body(noun)
        if org is None:
            return
        members = self._listed_after(noun, sentence) if noun > cue else self._group_after(cue, sentence)
        self._add_referred(members, org, min(cue, noun), max(cue, noun))

    def _referred_body(self, noun: int) -> Mention | None:
        tokens = self.doc.tokens
        word = fold(tokens[noun].text)
        for ending in self.cues.POSSESSIVE_ENDINGS:
            word = word.removesuffix(ending)
        stem = self.cues.BODY_NOUNS.get(word)
        if stem is None or fold(tokens[noun - 1].text) not in self.cues.DEFINITE:
            return None
        for mention in reversed(self.doc.mentions):
            if mention.start < tokens[noun].start and mention.type == ActorType.ORGANIZATION and \
                    mention.kind == "name" and any(fold(n).endswith(stem) for n in self._names(mention)):
                return mention
        return None

    def _names(self, mention: Mention) -> tuple[str, ...]:
        entry = self.registry.entry(mention.key)
        return entry.names() if entry is not None else (self.doc.text[mention.start:mention.end],)

    def _add_referred(self, members: list[Mention], org: Mention, start: int, end: int) -> None:
        """Like `_add`, for a body named in an earlier sentence: the evidence is the member phrase."""
        if not members or self._not_yet(start, end):
            return
        tokens = self.doc.tokens
        last = max(self._index(m) for m in members)
        for member in members:
            if member.key != org.key:
                self.found.setdefault((member.key, org.key), (tokens[start].start, tokens[last].end))

    def _subjects(self, cue: int, sentence: Sentence, org: Mention) -> list[Mention]:
        """'Polen ist Mitglied der Nato': the actors before the cue, unless the cue is itself an attribute
        ("die Außenminister der Mitgliedstaaten des GCC") and so names no subject."""
        if cue > 0 and fold(self.doc.tokens[cue - 1].text) in self.cues.DEFINITE:
            return []
        if is_party(self.registry, org.key):
            return self._apposed_person(cue, sentence)
        return self._group_before(cue, sentence, exclude=org.key)

    def _apposed_person(self, cue: int, sentence: Sentence) -> list[Mention]:
        """'Kiesewetter, ein Mitglied der CDU', 'Merz ist Mitglied der CDU': party membership belongs to the
        person the cue is said of, right before it, never to another person earlier in the sentence."""
        tokens = self.doc.tokens
        i = cue - 1
        while i >= sentence.tokens[0].i and self.by_token.get(i) is None and (
                tokens[i].text in _SKIPPABLE or tokens[i].pos in self.articles
                or fold(tokens[i].text) in self.cues.APPOSITION_WORDS):
            i -= 1
        mention = self.by_token.get(i)
        return [mention] if mention is not None and mention.type == ActorType.PERSON else []

    def _listed_after(self, end: int, sentence: Sentence) -> list[Mention]:
        """'die Mitglieder des Arktischen Rats, Dänemark und Kanada': a list right after the body's name."""
        last = sentence.tokens[-1].i
        body = self.by_token.get(end)
        i = end + 1
        while i <= last and body is not None and self.by_token.get(i) is body:
            i += 1
        if i > last or not self._list_opener(i):
            return []
        while i <= last and self.by_token.get(i) is None and self._list_opener(i):
            i += 1
        exclude = body.key if body is not None else None
        if not self._member_mention(i, exclude, True):
            return []
        return self._coordinated(i, 1, last, exclude, True)

    def _orgs_coordinated_before(self, org: Mention, sentence: Sentence) -> list[Mention]:
        """'das Nato- und EU-Mitglied Polen': the body before the cue and those coordinated with it."""
        listed = self._coordinated(self._index(org), -1, sentence.tokens[0].i, None, False)
        return [m for m in listed if m.type == ActorType.ORGANIZATION and m.kind == "name"]

    def _epithet(self, org: Mention, cue: int, sentence: Sentence) -> None:
        """'Das NATO-Mitglied gehört der EU nicht an': a definite member noun is the state the text is about.

        That is the first state named in the nearest sentence before that names one.
        """
        start = self._index(org)
        tokens = self.doc.tokens
        if start == 0 or fold(tokens[start - 1].text) not in self.cues.DEFINITE or self._not_yet(start, cue):
            return
        for s in range(sentence.i - 1, max(-1, sentence.i - 3), -1):
            states = [m for m in self.doc.mentions if m.sentence == s and m.type == ActorType.STATE
                      and m.kind in ("name", "metonym")]
            if states:
                first = min(states, key=lambda m: m.start)
                self.found.setdefault((first.key, org.key), (first.start, tokens[cue].end))
                return

    def _chair(self, cue: int, sentence: Sentence) -> None:
        org = self._org_after(cue, sentence) or self._org_before(cue)
        if org is not None:
            start = min(cue, self._index(org))
            members = self._group_before(start, sentence, exclude=org.key, states_only=True)
            if members:
                self._add(members, org, cue)
            else:
                self._leaders_country(org, start, cue, sentence)

    def _leaders_country(self, org: Mention, start: int, cue: int, sentence: Sentence) -> None:
        """'Macron, whose country holds the G7 presidency': the state of the person named before "whose country"."""
        tokens = self.doc.tokens
        for i in range(start - 1, sentence.tokens[0].i, -1):
            if fold(tokens[i].text) in self.cues.COUNTRY_WORDS and fold(tokens[i - 1].text) in self.cues.POSSESSIVES:
                persons = [self.by_token[j] for j in range(i - 2, sentence.tokens[0].i - 1, -1)
                           if j in self.by_token and self.by_token[j].type == ActorType.PERSON]
                state = self._state_of(persons[0].key) if persons else None
                if state is not None and not self._not_yet(i - 1, cue):
                    self.found.setdefault((state, org.key), (persons[0].start, tokens[cue].end))
                return

    def _state_of(self, person: str) -> str | None:
        """The state of a person's role ("Macron" -> France), in the text or else by the registry."""
        held = [role.of for role in self.doc.roles if role.person == person]
        held += [office.of for office in self.registry.offices_of(person, self.doc.article.published)]
        for key in held:
            entry = self.registry.entry(key)
            if entry is not None and entry.type == ActorType.STATE:
                return key
        return None

    def _grouping(self, cue: int, sentence: Sentence) -> None:
        orgs = self._listed_after_such_as(cue, sentence)
        if orgs:
            members = self._group_before(cue, sentence, exclude=None, states_only=True)
            for org in orgs:
                self._add(members, org, cue)

    def _joined(self, i: int, sentence: Sentence) -> bool:
        """'beigetreten', 'joined', or a separable verb with its particle later ("trat ... bei")."""
        word = fold(self.doc.tokens[i].text)
        if word in self.cues.JOINED:
            return True
        particles = {particle for verb, particle in self.cues.JOINED_SEPARABLE if verb == word}
        return bool(particles) and any(fold(t.text) in particles for t in sentence.tokens if t.i > i)

    def _join(self, cue: int, sentence: Sentence) -> None:
        """'Finnland trat 2023 der Nato bei', 'Finland joined NATO': the body next to the verb."""
        span = range(max(sentence.tokens[0].i, cue - _WINDOW), min(sentence.tokens[-1].i, cue + _WINDOW) + 1)
        near = [i for i in span
                if (m := self.by_token.get(i)) is not None and m.type == ActorType.ORGANIZATION and m.kind == "name"]
        if not near:
            return
        org = self.by_token[min(near, key=lambda i: abs(i - cue))]
        start = min(cue, self._index(org))
        self._add(self._group_before(start, sentence, exclude=org.key), org, cue)

    def _belongs(self, i: int, sentence: Sentence) -> bool:
        """'angehören', 'belongs to', or a separable verb with its particle later ("gehört ... an")."""
        word = fold(self.doc.tokens[i].text)
        if word in self.cues.BELONG:
            return True
        particles = {particle for verb, particle in self.cues.BELONG_SEPARABLE if verb == word}
        return bool(particles) and any(fold(t.text) in particles for t in sentence.tokens if t.i > i)

    def _belong(self, cue: int, sentence: Sentence) -> None:
        """'Die Türkei gehört der Nato an', 'Wang Yi, der dem Politbüro der KP Chinas angehört',
        'der BRICS-Gruppe, der Brasilien, Russland und China angehören'."""
        clause = self._clause_start(cue, sentence)
        inside = [i for i in range(clause, cue) if self._org_at(i)]
        if inside:
            org = self.by_token[inside[-1]]
            self._add(self._group_before(min(inside), sentence, exclude=org.key), org, cue)
            return
        before = [i for i in range(max(sentence.tokens[0].i, clause - 5), clause - 2) if self._org_at(i)]
        if before and clause > sentence.tokens[0].i:
            # a relative clause belongs to the body it follows ("des Golf-Kooperationsrats, dem ... angehören")
            org = self.by_token[before[-1]]
            members = {id(m): m for m in (self.by_token[i] for i in range(clause, cue)
                                          if self._member_mention(i, org.key, True))}
            self._add(list(members.values()), org, cue)
            return
        after = [i for i in range(cue + 1, min(cue + _WINDOW, sentence.tokens[-1].i + 1)) if self._org_at(i)]
        if after:
            org = self.by_token[after[0]]
            self._add(self._group_before(cue, sentence, exclude=org.key), org, cue)

    def _clause_start(self, cue: int, sentence: Sentence) -> int:
        """The first token after the comma and relative pronoun that open the cue's clause, else the sentence's."""
        tokens = self.doc.tokens
        for i in range(cue - 1, sentence.tokens[0].i, -1):
            if tokens[i].text == "," and fold(tokens[i + 1].text) in self.cues.RELATIVE_PRONOUNS:
                return i + 2
        return sentence.tokens[0].i

    def _org_at(self, i: int) -> bool:
        """A body that can have members: an organisation named here, not a state's own government or ministry."""
        mention = self.by_token.get(i)
        return (mention is not None and mention.type == ActorType.ORGANIZATION and mention.kind == "name"
                and not self._national_body(mention))

    def _listed_members(self, cue: int, sentence: Sentence) -> None:
        """'die BRICS-Staaten Brasilien, Russland, Indien', 'EU countries such as France and Poland'."""
        org = self.by_token.get(cue) if self._org_at(cue) else self._org_before(cue)
        if org is None:
            return
        i = cue + 1
        while i <= sentence.tokens[-1].i and self.by_token.get(i) is None and self._list_opener(i):
            i += 1
        if self._member_mention(i, org.key, True):
            self._add(self._coordinated(i, 1, sentence.tokens[-1].i, org.key, True), org, cue)

    def _list_opener(self, i: int) -> bool:
        word = fold(self.doc.tokens[i].text)
        return word in (":", ",") or any(word in phrase for phrase in self.cues.SUCH_AS)

    def _party_word(self, words: set[str]) -> bool:
        """'Politiker', and in a language of compounds also 'Außenpolitiker'."""
        if self.cues.COMPOUND_PERSON_WORDS:
            return any(w.endswith(tuple(self.cues.PARTY_PERSON_WORDS)) for w in words)
        return bool(words & self.cues.PARTY_PERSON_WORDS)

    def _party_person(self, noun: int) -> None:
        """'CDU-Politiker Friedrich Merz', '..., sagte der CDU-Vorsitzende', 'CDU politician Friedrich Merz'."""
        tokens = self.doc.tokens
        j = noun - 1
        if j >= 1 and tokens[j].text in _HYPHENS and not tokens[j].space_before:
            j -= 1
        org = self.by_token.get(j) if j >= 0 else None
        if org is None or org.type != ActorType.ORGANIZATION or not is_party(self.registry, org.key):
            return
        person = self.by_token.get(noun)
        if person is None or person.type != ActorType.PERSON:
            person = self.by_token.get(noun + 1)
        if person is not None and person.type == ActorType.PERSON:
            self._add([person], org, noun)

    def _organ_member(self, organ: int) -> None:
        """'Politbüromitglied Wang Yi', 'Politburo member Wang Yi': a member of the party of the person's state.

        The party is the one party of that state the registry knows; with none or several, nothing is said.
        """
        tokens = self.doc.tokens
        cue = organ
        if not fold(tokens[organ].text).endswith(self.cues.MEMBER_PREFIXES):
            cue = organ + 1
            if cue >= len(tokens) or not fold(tokens[cue].text).startswith(self.cues.MEMBER_PREFIXES):
                return
        person = self.by_token.get(cue + 1)
        if person is None or person.type != ActorType.PERSON:
            return
        state = self._state_of(person.key)
        parties = [e.key for e in self.registry if e.country == state and is_party(self.registry, e.key)]
        if state is not None and len(parties) == 1 and not self._not_yet(organ, cue + 1):
            self.found.setdefault((person.key, parties[0]), (tokens[organ].start, person.end))

    def _party_in_parentheses(self, paren: int) -> None:
        """'Friedrich Merz (CDU)', 'Annalena Baerbock (Bündnis 90/Die Grünen)'."""
        tokens = self.doc.tokens
        person, party = self.by_token.get(paren - 1), self.by_token.get(paren + 1)
        if person is None or party is None or person.type != ActorType.PERSON or party.type != ActorType.ORGANIZATION:
            return
        close = self._index(party)
        while close < len(tokens) and self.by_token.get(close) is party:
            close += 1
        if close < len(tokens) and tokens[close].text == ")":
            self._add([person], party, paren)

    # ---- finding the actors around a cue ----------------------------------------------------------

    def _org_after(self, cue: int, sentence: Sentence) -> Mention | None:
        tokens = self.doc.tokens
        for i in range(cue + 1, min(cue + _WINDOW, sentence.tokens[-1].i + 1)):
            mention = self.by_token.get(i)
            if mention is not None:
                return mention if mention.type == ActorType.ORGANIZATION and mention.kind == "name" else None
            if fold(tokens[i].text) not in self.cues.LINK_WORDS and not self._modifier(i):
                return None
        return None

    def _orgs_listed_from(self, first: Mention, sentence: Sentence) -> list[Mention]:
        """'a member of NATO and the EU': the body and those coordinated with it."""
        listed = self._coordinated(self._index(first), 1, sentence.tokens[-1].i, None, False)
        return [m for m in listed if m.type == ActorType.ORGANIZATION and m.kind == "name"]

    def _org_before(self, cue: int) -> Mention | None:
        """The body right before the cue or joined to it by a hyphen ("Nato-Mitglied", "NATO member")."""
        i = cue - 1
        if i >= 0 and self.doc.tokens[i].text in _HYPHENS:
            i -= 1
        mention = self.by_token.get(i) if i >= 0 else None
        if mention is not None and mention.type == ActorType.ORGANIZATION and mention.kind == "name":
            return mention
        return None

    def _group_before(self, cue: int, sentence: Sentence, *, exclude: str | None,
                      states_only: bool = False) -> list[Mention]:
        """The nearest actor before the cue and those coordinated with it ("sowohl Peking als auch Moskau")."""
        first = sentence.tokens[0].i
        i = cue - 1
        while i >= first and not self._member_mention(i, exclude, states_only):
            i -= 1
        if i < first:
            return []
        return self._coordinated(i, -1, first, exclude, states_only)

    def _group_after(self, cue: int, sentence: Sentence) -> list[Mention]:
        last = sentence.tokens[-1].i
        for i in range(cue + 1, min(cue + _WINDOW, last + 1)):
            if self._member_mention(i, None, True):
                return self._coordinated(i, 1, last, None, True)
        return []

    def _coordinated(self, i: int, step: int, limit: int, exclude: str | None, states_only: bool) -> list[Mention]:
        members = [self.by_token[i]]
        j = i + step
        while (j - limit) * step <= 0:
            mention = self.by_token.get(j)
            if mention is not None and mention is members[-1]:
                j += step
            elif self._member_mention(j, exclude, states_only):
                members.append(self.by_token[j])
                j += step
            elif self._joiner(j):
                j += step
            else:
                break
        return members

    def _listed_after_such_as(self, cue: int, sentence: Sentence) -> list[Mention]:
        tokens = self.doc.tokens
        last = sentence.tokens[-1].i
        for i in range(cue + 1, last + 1):
            for phrase in self.cues.SUCH_AS:
                if tuple(fold(t.text) for t in tokens[i:i + len(phrase)]) == phrase:
                    start = i + len(phrase)
                    while start <= last and not self.by_token.get(start) and self._joiner(start):
                        start += 1
                    mention = self.by_token.get(start)
                    if mention is None or mention.type != ActorType.ORGANIZATION:
                        return []
                    return [m for m in self._coordinated(start, 1, last, None, False)
                            if m.type == ActorType.ORGANIZATION]
        return []

    def _member_mention(self, i: int, exclude: str | None, states_only: bool) -> bool:
        mention = self.by_token.get(i)
        if mention is None or mention.kind == "demonym" or mention.key == exclude:
            return False
        if states_only:
            return mention.type == ActorType.STATE
        return mention.type in _MEMBERS and not self._national_body(mention)

    def _national_body(self, mention: Mention) -> bool:
        """A state's own body (its government, a ministry) is no member of the bodies it deals with."""
        if mention.type != ActorType.ORGANIZATION or is_party(self.registry, mention.key):
            return False
        entry = self.registry.entry(mention.key)
        return entry is not None and entry.country is not None

    def _joiner(self, i: int) -> bool:
        word = fold(self.doc.tokens[i].text)
        return (word in self.coordinators or word in _SKIPPABLE or word in self.cues.LINK_WORDS
                or word in self.cues.CORRELATIVES)

    def _modifier(self, i: int) -> bool:
        adjective = data(self.doc.article.lang, "actors").ADJECTIVE_TAG_PREFIX
        return self.doc.tokens[i].pos.startswith(adjective)

    def _index(self, mention: Mention) -> int:
        return next(i for i, m in self.by_token.items() if m is mention)

    # ---- output -----------------------------------------------------------------------------------

    def _add(self, members: list[Mention], org: Mention, cue: int) -> None:
        indices = [self._index(m) for m in (*members, org)] + [cue]
        if not members or self._not_yet(min(indices), max(indices)):
            return
        tokens = self.doc.tokens
        span = (tokens[min(indices)].start, tokens[max(indices)].end)
        for member in members:
            if member.key != org.key:
                self.found.setdefault((member.key, org.key), span)

    def _not_yet(self, start: int, end: int) -> bool:
        tokens = self.doc.tokens
        sentence = tokens[start].sent
        window = [t for t in tokens[max(0, start - 2):end + 3] if t.sent == sentence]
        return any(fold(t.text) in self.cues.NOT_YET for t in window)


def extract(doc: Doc, ctx: Context) -> None:
    reader = _Reader(doc, ctx.registry)
    for sentence in doc.sentences:
        reader.sentence(sentence)
    for (member, org), (start, end) in reader.found.items():
        doc.memberships.append(Membership(member=member, organization=org,
                                          evidence=(doc.evidence(start, end, COMPONENT),)))
