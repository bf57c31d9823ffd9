"""The `memberships` component: which state, body or person belongs to which organisation.

Read from the mentions around a cue: "X ist Mitglied der Y" / "X, a member of
Y" (members before, body after), "die Nato-Mitglieder X und Y" / "NATO member
states such as X" (body before, members after), joining ("Finnland trat 2023
der Nato bei"), chairing a body ("Russland
übernahm den Vorsitz der BRICS"), belonging to groupings listed after "wie" /
"such as" ("Peking und Moskau ... Gruppierungen ... wie BRICS und die SCO"),
and party membership ("Merz (CDU)", "CDU-Politiker Merz"). A clause that
announces, wishes or denies membership ("will der Nato beitreten", "not a
member") gives none: future members are not members.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.gazetteer import fold
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
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.cues = data(doc.article.lang, "memberships")
        self.coordinators = data(doc.article.lang, "actors").COORDINATORS
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
            elif token.text == "(":
                self._party_in_parentheses(token.i)
        self._party_compounds(sentence)

    # ---- patterns ---------------------------------------------------------------------------------

    def _member(self, cue: int, sentence: Sentence) -> None:
        after = self._org_after(cue, sentence)
        before = self._org_before(cue)
        if after is not None:
            members = self._group_before(cue, sentence, exclude=after.key)
            for org in self._orgs_listed_from(after, sentence):
                self._add(members, org, cue)
        elif before is not None:
            members = self._group_after(cue, sentence) or self._group_before(self._index(before), sentence,
                                                                              exclude=before.key)
            self._add(members, before, cue)

    def _chair(self, cue: int, sentence: Sentence) -> None:
        org = self._org_after(cue, sentence) or self._org_before(cue)
        if org is not None:
            start = min(cue, self._index(org))
            self._add(self._group_before(start, sentence, exclude=org.key, states_only=True), org, cue)

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

    def _party_in_parentheses(self, paren: int) -> None:
        """'Friedrich Merz (CDU)'."""
        tokens = self.doc.tokens
        if paren < 1 or paren + 2 >= len(tokens) or tokens[paren + 2].text != ")":
            return
        person, party = self.by_token.get(paren - 1), self.by_token.get(paren + 1)
        if person and party and person.type == ActorType.PERSON and party.type == ActorType.ORGANIZATION:
            self._add([person], party, paren)

    def _party_compounds(self, sentence: Sentence) -> None:
        """'CDU-Politiker Friedrich Merz', 'der CDU-Vorsitzende Merz'."""
        tokens = sentence.tokens
        for a, hyphen, noun, name in zip(tokens, tokens[1:], tokens[2:], tokens[3:], strict=False):
            org, person = self.by_token.get(a.i), self.by_token.get(name.i)
            if (hyphen.text in _HYPHENS and org is not None and org.type == ActorType.ORGANIZATION
                    and person is not None and person.type == ActorType.PERSON
                    and {fold(noun.text), fold(noun.lemma or noun.text)} & self.cues.PARTY_PERSON_WORDS):
                self._add([person], org, noun.i)

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
        return mention.type == ActorType.STATE if states_only else mention.type in _MEMBERS

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
    reader = _Reader(doc)
    for sentence in doc.sentences:
        reader.sentence(sentence)
    for (member, org), (start, end) in reader.found.items():
        doc.memberships.append(Membership(member=member, organization=org,
                                          evidence=(doc.evidence(start, end, COMPONENT),)))
