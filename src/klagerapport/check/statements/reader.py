"""The reader: every statement of a sentence, each read by its kind's rules."""

from __future__ import annotations

from ..lexicon import Hit
from ..meaning import open_concepts
from ..sentences import Sentence
from .alldecided import AllDecided
from .both import Both
from .comparison import Comparison
from .direction import Direction
from .duration import Duration
from .earlier import Earlier, about_earlier_years
from .existence import Existence
from .fromto import FromTo
from .level import Level
from .net import Net
from .nothing import bare_none
from .outcome import Outcome
from .quantifier import Quantifier, typed_bound
from .rank import Rank
from .ratio import Ratio
from .share import Share
from .streak import Streak


class Reader(
    Direction, Comparison, Rank, Share, AllDecided, Level, FromTo, Quantifier, Streak, Ratio,
    Duration, Net, Both, Existence, Earlier,
):  # fmt: skip
    """Reads the statements of sentences against one build's values."""

    def read(self, s: Sentence) -> list[Outcome]:
        vals = self._values(s)
        years = self.years(s)
        out: list[Outcome] = []
        pair = self._from_to(s, vals, years)
        streaks: list[Outcome] = []
        for i, hit in enumerate(s.hits):
            before = s.hits[i - 1] if i else None
            joined = before is not None and not s.masked[before.end : hit.start].strip()
            if (
                hit.kind == "retning"
                and joined
                and before.kind == "retning"
                and about_earlier_years(s, before) is None  # not «… år med nedgang økte»
            ):
                continue  # «holdt seg stabilt»: one statement
            if (run := about_earlier_years(s, hit)) is not None:  # «etter to år med nedgang»
                out.append(self._earlier_run(s, hit, years, run))  # (earlier.py)
                continue
            compared = self._comparison_in(s, hit) if hit.kind == "retning" else None
            if compared is not None:  # «ble flere saker avgjort som uheldig enn som …»
                out.append(self._compare(s, vals, years, *compared))
            elif hit.kind == "retning" and self._denied_streak(s, hit):
                continue  # «økte ikke for tredje år på rad»: the streak reads its word
            elif hit.kind in ("retning", "faktor"):
                out.append(self._direction(s, vals, years, hit, pair))
            elif hit.kind == "partikkelverb":
                # «I 2018 gikk antallet klager opp»: the verb and its particle apart
                _, b = s.clause_of(hit.start)
                particle = [h for h in s.hits if h.kind == "partikkel" and hit.end <= h.start < b]
                if particle:
                    p = particle[0]  # the particle stands for the phrase (its year is nearest)
                    joined = Hit(p.start, p.end, f"{hit.text} … {p.text}", "retning", p.value)
                    out.append(self._direction(s, vals, years, joined, pair))
            elif hit.kind == "partikkel" and self._elliptic(s, hit):
                # «…, ned fra {{< var units.pass.minus1 >}}»: a direction without its verb
                way = Hit(hit.start, hit.end, hit.text, "retning", hit.value)
                out.append(self._direction(s, vals, years, way, self._elliptic_pair(s, vals, hit)))
            elif hit.kind in ("mer", "mindre"):
                # the second side is named in the word's clause («flere … enn i fjor»)
                _, b = s.clause_of(hit.start)
                enn = [h for h in s.hits if h.kind == "enn" and hit.end <= h.start < b]
                share_next = [h for h in s.hits if h.kind == "andel" and enn and
                              not s.masked[enn[0].end : h.start].strip()]  # fmt: skip
                if enn and typed_bound(s, enn[0]):
                    pass  # «færre enn tre saker»: a bound of a typed number (typed.py)
                elif enn and not share_next:  # «flere enn fire av ti» is a share
                    out.append(self._compare(s, vals, years, hit, enn[0]))
                elif (verb := self._verb_direction(s, hit)) is not None:
                    out.append(self._direction(s, vals, years, verb, pair))  # «ble ikke kortere»
            elif hit.kind == "vurdering":
                out.append(self._judged(s, vals, years, hit, pair))  # «en bedring»
            elif hit.kind == "likhet":
                out.append(self._equal(s, vals, years, hit))
            elif hit.kind == "rang":
                out.append(self._rank(s, vals, years, hit))
            elif hit.kind == "andel":
                out.append(self._share(s, vals, years, hit))
            elif hit.kind == "null":
                zero = self._quantified(s, years, hit, whole=False, neg=False)
                zero = zero or self._zero(s, years, hit)
                if zero is not None:
                    out.append(zero)
            elif hit.kind == "alle" and (
                whole := self._quantified(s, years, hit, whole=True, neg=self._negated(s, hit))
            ):
                out.append(whole)  # «alle klagene ble besvart innen fristen»
            elif hit.kind == "alle":
                done = [
                    h
                    for h in s.hits
                    if h.start > hit.end
                    and (
                        h.kind == "avgjort_alle" or (h.kind == "begrep" and h.value == "avsluttet")
                    )
                ]
                if done:
                    out.append(self._all(s, years, hit, open_claim=False))
            elif hit.kind == "noen" and self._negated_some(s, hit):
                none = self._quantified(s, years, hit, whole=False, neg=False)
                if none := none or self._zero(s, years, hit):
                    out.append(none)  # «det ble ikke mottatt noen klager om …»
            elif bare_none(s, hit) and (none := self._zero(s, years, hit)):
                out.append(none)  # «det kom ikke inn klager om …» (nothing.py)
            elif (
                hit.kind == "på_rad"
                and " ".join(hit.text.casefold().split()) not in self.lex.also_this_year
            ):
                streaks.append(self._streak(s, years, hit))  # «for tredje år på rad»: always
            elif hit.kind == "på_rad":
                out.append(self._streak(s, years, hit))  # «også i år»: in a sentence on data
            elif hit.kind == "forhold":
                out.append(self._ratio(s, years, hit))  # «dobbelt så mange … som i fjor»
            elif hit.kind in ("varighet", "mengde"):
                read = self._duration if hit.kind == "varighet" else self._amount
                if (said := read(s, years, hit)) is not None:
                    out.append(said)  # «under en måned», «et par klager»
            elif hit.kind == "begrep" and hit.value in open_concepts():
                out.append(self._all(s, years, hit, open_claim=True))
        out += self._existence(s, years)  # «en klage ble avvist», «noen klager gjaldt …»
        out = [o for o in out if o.kind in ("andel", "alle") or self._about_data(s, o, vals, years)]
        out += streaks
        out += self._levels(s, vals, years, pair)
        return out

    def examine(self, s: Sentence) -> list[Outcome]:
        """The statements of `read`, and the net's: each quantitative cue no rule read, as an
        open statement (net.py). What the check reports."""
        out = self.read(s)
        out = self._both(s, out) or out  # «både som gjennomsnitt og som median» (both.py)
        return out + self._unexamined(s, out, self._values(s), self.years(s))

    def _elliptic(self, s: Sentence, hit: Hit) -> bool:
        """A direction particle right before «fra» or «til» with no verb of its own before it
        in its clause («…, opp fra i fjor»; not «gikk opp fra», read with its verb)."""
        if s.masked[hit.end :].split()[:1] not in (["fra"], ["til"]):
            return False
        a, _ = s.clause_of(hit.start)
        return not any(h.kind == "partikkelverb" and a <= h.start < hit.start for h in s.hits)

    def _elliptic_pair(self, s: Sentence, vals, hit: Hit):
        """«X, ned fra Y»: from the value right after «fra» to the last value before the
        particle (the clause before it), as a «fra … til» pair; None without both."""
        fra = s.masked.find("fra", hit.end)
        after = [v for v in vals if v.start >= fra + 3]
        before = [v for v in vals if v.start < hit.start]
        if fra < 0 or not after or not before or s.masked[fra + 3 : after[0].start].strip():
            return None
        return ("values", after[0], before[-1])
