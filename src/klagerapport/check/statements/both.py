"""«både som gjennomsnitt og som median», «både i snitt og median», «både mottatte og avsluttede»:
one statement about two measures (or two categories) at once. It holds when it holds for each: the
sentence is read once with each side alone, right before the statement's word («… var i snitt
lengre enn i fjor»), and the verdicts combined (false if either is false, open if either is
open). The two sides name concepts of one group that
exclude each other (`utelukker` in data/reference/leksikon.yml) or categories of one group.
"""

from __future__ import annotations

import re

from .. import sentences as sentence_split
from ..sentences import Sentence
from .outcome import FALSE, OK, OPEN, Outcome
from .parts import Parts

_BOTH = re.compile(r"(?P<cut>,?\s*)\bbåde\b(?P<a>[^,;:.]+?)\bog\b(?P<b>[^,;:.]+)", re.IGNORECASE)
KIND = "begge"


class Both(Parts):
    """Reads a statement about two measures at once, one measure at a time."""

    def _both(self, s: Sentence, out: list[Outcome]) -> list[Outcome] | None:
        """The outcomes of a sentence whose statement is about «både A og B», or None when it
        has no such pair (then the sentence is read as it stands)."""
        m = _BOTH.search(s.masked)
        if m is None or not [o for o in out if o.kind != "nivå"]:
            return None
        if not self._pair(s, m.start("a"), m.end("a"), m.start("b"), m.end("b")):
            return None
        statements = [o for o in out if o.kind != "nivå"]
        at = min(o.start for o in statements)  # each side goes right before the statement
        # «Både mottatte og avsluttede klager økte …»: the second side ends at the statement
        b_end = at if m.start("b") < at < m.end("b") else m.end("b")
        ends = {"a": m.end("a"), "b": b_end}
        verdicts: list[tuple[str, Outcome]] = []
        for side in ("a", "b"):
            said = s.text[m.start(side) : ends[side]].strip()
            if at < m.start():  # «… var lengre enn i fjor, både i snitt og median»
                text = s.text[:at] + said + " " + s.text[at : m.start()] + s.text[m.end() :]
            else:  # «Både i snitt og som median var saksbehandlingstiden lengre …»
                text = s.text[: m.start()] + said + " " + s.text[b_end:]
            variants = sentence_split.split(text, [(0, 1, 0)], self.lex)
            if len(variants) != 1:
                return None
            read = self.read(variants[0])
            if not [o for o in read if o.kind != "nivå"]:
                return None  # a side no rule reads: the sentence as it stands (or the net)
            verdicts += [(said, o) for o in read]
        start = at
        end = max(m.end(), max(o.end for o in statements))
        statuses = {o.status for _, o in verdicts}
        status = FALSE if FALSE in statuses else OPEN if OPEN in statuses else OK
        shown = [f"{said}: {o.detail}" for said, o in verdicts if o.detail and o.status == status]
        words = " ".join(s.text[start:end].split())
        fix = next((o.fix for _, o in verdicts if o.status == FALSE and o.fix), "")
        levels = [o for o in out if o.kind == "nivå"]
        about = ", ".join(sorted({o.about for _, o in verdicts if o.about}))
        return [*levels, Outcome(start, end, KIND, status, words, "; ".join(shown), fix, about)]

    def _pair(self, s: Sentence, a0: int, a1: int, b0: int, b1: int) -> bool:
        """Do the two sides name two concepts that exclude each other, or two categories of one
        group?"""
        side_a = [h for h in s.hits if a0 <= h.start < a1]
        side_b = [h for h in s.hits if b0 <= h.start < b1]
        for group in self.lex.excludes:
            said_a = {h.value for h in side_a if h.kind == "begrep"} & set(group)
            said_b = {h.value for h in side_b if h.kind == "begrep"} & set(group)
            if said_a and said_b and said_a != said_b:
                return True
        groups_a = {h.group for h in side_a if h.kind == "kategori"}
        groups_b = {h.group for h in side_b if h.kind == "kategori"}
        return bool(groups_a & groups_b)
