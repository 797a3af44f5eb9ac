"""All decided: «alle saker avgjort», «ingen … under behandling», «ikke alle … ved årsskiftet»,
«innen utgangen av mars»."""

from __future__ import annotations

import datetime as dt

from ...fmt import MONTHS
from .. import numbers
from ..sentences import Sentence
from .outcome import Outcome
from .parts import Parts


class AllDecided(Parts):
    """Reads whether all of the year's cases were decided (by a date)."""

    def _all(self, s, years, hit, *, open_claim: bool) -> Outcome:
        some = [h for h in s.hits if h.kind == "noen" and h.start >= hit.end]
        if open_claim and some and not s.masked[hit.end : some[0].start].strip():
            # «Det ble ikke avsluttet noen saker om …»: none of them decided, not «open»
            none = self._category_count(s, years, some[0], 0, 0, negated=False)
            if none is not None:
                return none
        neg = self._negated(s, hit, reach=8)  # «Ingen av klagene … er under behandling»
        some_open = open_claim != neg  # the sentence says some cases are still open
        back = self.year_at(s, hit.start, years)
        if back not in (None, 0):
            return self._open(hit, "alle", "bygget vet bare om årets saker")
        deadline = self._deadline(s, hit)
        if deadline is not None:
            last = self.values.raw("received.all_decided_by")
            opened = self.values.raw("received.open")
            if not isinstance(last, str) and not (isinstance(opened, int) and opened > 0):
                # no date and no case open: the date withheld (the public edition's «–») or not
                # in the build; nothing shows when the last case was decided
                return self._open(hit, "alle", "datoen den siste saken ble avsluttet")
            if not isinstance(last, str):  # «ikke alle avsluttet»: cases still open
                all_done = False
            else:
                all_done = dt.date.fromisoformat(last) <= deadline
            about = "received.all_decided_by"
            detail = f"den siste saken ble avsluttet {self.values.get(about).text}"
        else:
            opened = self.values.raw("received.open")
            if not isinstance(opened, int):
                return self._open(hit, "alle")
            all_done = opened == 0
            about = "received.open"
            detail = f"received.open = {opened}"
        return self._verdict(hit, "alle", all_done != some_open, detail, about)

    def _deadline(self, s: Sentence, hit) -> dt.date | None:
        """The date the clause of `hit` says the cases were decided by: «ved årsskiftet», «innen
        utgangen av mars», «innen utgangen av året» (the year's last day), «innen 20. januar»
        (a date without its year is in the year after the report's: the year's cases are
        decided by then); the clause's own, else the sentence's
        nearest to `hit` («Ved årsskiftet var ikke alle … ferdigbehandlet, men alle var avsluttet
        innen 20. januar» has two)."""
        year = self.values.year
        if year is None:
            return None
        found: list[tuple[int, dt.date]] = []
        for h in s.hits:
            if h.kind == "innen" and h.value == "årsskiftet":
                found.append((h.start, dt.date(year, 12, 31)))
            if h.kind == "innen" and h.value == "utgangen_av":
                word = [w.strip(".,;:!?)»").casefold() for w in s.masked[h.end :].split()]
                if word and word[0] in self.lex.this_year_words:  # «innen utgangen av året»
                    found.append((h.start, dt.date(year, 12, 31)))
                elif word and word[0] in MONTHS:
                    month = MONTHS.index(word[0]) + 1
                    if month == 12:
                        found.append((h.start, dt.date(year, 12, 31)))
                    else:
                        end = dt.date(year + 1, month + 1, 1) - dt.timedelta(days=1)
                        found.append((h.start, end))
        for n in numbers.find_numbers(s.text):
            if n.kind == "date" and s.masked[: n.start].split()[-1:] == ["innen"]:
                value = str(n.value)
                if value.startswith(numbers.YEARLESS):
                    value = f"{year + 1}{value[1:]}"
                found.append((n.start, dt.date.fromisoformat(value)))
        if not found:
            return None
        a, b = s.clause_of(hit.start)
        own = [d for p, d in found if a <= p < b]
        if own:
            return own[0]
        return min(found, key=lambda pd: abs(pd[0] - hit.start))[1]
