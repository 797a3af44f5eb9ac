"""Sentences read as claims: each quantitative statement found, bound to values by meaning and
judged true, false or open (nothing in the build can show it: a reviewer must sign it off).

The statements (words from data/reference/leksikon.yml):

- direction: «økte», «gikk ned til», «sank», «ble halvert», «ble lengre», «uendret», «stabil»,
  «fra X til Y» (Y against X, and both must be the same measure), «siden 2015», «hvert år»;
- comparison: «flere/færre/høyere/lavere … enn …», the second side from the words after «enn»
  (a year: «enn i fjor»; a category: «enn som uheldig»; a placeholder);
- equality: «omtrent like mange som …», «tilnærmet lik …», «X mot Y», with stated tolerances;
- rank: «flest», «høyeste», «den vanligste», «nest høyeste»: against the other categories when the
  value has one (decisions, grounds, units), else against the years the sentence names;
- share: «over halvparten», «en tredjedel», «hver fjerde», «de fleste», «nesten ni av ti»;
- all decided: «alle saker avgjort», «ingen … under behandling», «ikke alle … ved årsskiftet»;
- level: every placeholder against the year, category and concept its clause names;
- quantifiers: «alle/samtlige klagene ble besvart innen fristen», «samtlige klager gjaldt adferd»,
  «ingen av klagene … etter fristen», «ikke … noen klager om diskriminering» (the group's sum),
  counts in words («en enkelt», «et par»);
- existence: «en klage ble avvist» (exactly one), «noen/enkelte/flere/få klager gjaldt …», «det
  kom også klager om …» (more than none; a plural of one case is open);
- streaks: «for tredje år på rad» (each change of the yearly series; open where the build lacks
  a year); ratios: «dobbelt så mange … som i fjor»; durations: «under en måned» (the mean and
  the median when the clause names neither).

Negation («har ikke økt», «ingen økning») turns a statement round. A statement's value is the
placeholder it stands by, or the value its words name (meaning.py); a statement whose value cannot
be found is open.
"""

from .outcome import FALSE, OK, OPEN, Outcome
from .reader import Reader

__all__ = ["FALSE", "OK", "OPEN", "Outcome", "Reader"]
