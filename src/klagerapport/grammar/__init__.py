"""The document grammar: the one reader of shortcodes, includes, cross-references, footnotes
and front matter in the report's Quarto documents (`report/*.qmd`, `commentary/**/*.md`).

Every module that reads these forms calls this one, so the build, the check, the preview and
the guard read a document the same way. The grammar is a deliberately narrow model of Quarto
1.11's own readers, so that a document it accepts is read the same way by Quarto and by the
embedded engine:

- Inline shortcodes: Quarto's Lua reader (`lpegshortcode.lua`, run over the whole document
  before Pandoc reads it) reads `{{<`, blanks, then arguments, then `>}}`. An argument is a
  "double" or 'single' quoted string (no escapes), `key=value`, or a run of non-blank
  characters that does not *start* with `'`, `"`, `}` or `>`. When a `{{<` cannot be read that
  way, the reader stops there and the rest of the document is silently dropped: that is what
  `{{< claim a > b >}}` and `{{< claim a >= b >}}` do. Quarto resolves shortcodes in code, code
  blocks and attributes too, so the grammar reads them everywhere.
- Includes: Quarto's TypeScript reader (`isBlockShortcode` in `parse-shortcode.ts`) takes a line
  that is exactly `{{< include path >}}` (one blank after `{{<` and before `>}}`, blanks around
  the line allowed) before any engine runs; a path with blanks is quoted.
- Cross-references: Pandoc's citation syntax, `@` then a key of letters, digits and `_`, with
  `:.#$%&-+?<>~/` allowed only between them (`@tbl-a.` is `tbl-a`, `@tbl-a:b` is `tbl-a:b`);
  a key starting with `tbl-` or `fig-` is a cross-reference.

What the grammar refuses (`problems`), each with the line, column and the fix: a comparison
sign (`>`, `<`, `>=`, `<=`, `=`, `==`, `!=`, `~=`) among a shortcode's arguments, an unbalanced
quote, a shortcode inside a shortcode, an escaped shortcode (`{{{< … >}}}`, `{{</* … */>}}`), a
shortcode over two lines, an unclosed one, an unknown name, a quote or backslash inside a word,
a backslash just before `{{<` (Pandoc then escapes what Quarto put there), a `var`/`meta` key
Quarto looks up differently (`key_problem`: a part that is a number to Lua, an empty part, a
character other than a word character or `-`, a quoted `var` key), and an include that is not
alone on its line in Quarto's exact form.

One reader: `scan` reads every shortcode once; `shortcodes` are the ones it could read,
`problems` what it refused, and `written` every one as written, read or refused (the check
points at a refused one). No other module compiles a shortcode pattern
(tests/test_grammar.py), and the embedded engine, the guard, the in-place guard, the check
and the preview all read through this package.

The package, one module per part of the grammar:

- `shortcode`: a shortcode, its arguments, a `GrammarProblem`; the names and comparison signs;
- `scanner`: `scan`, the one reader of shortcodes, and `shortcodes`;
- `as_written`: shortcodes as written (`written`, `blank_shortcodes`, `units`), and the
  pattern of one left in an output;
- `keys`: a value key both engines look up alike (`key_problem`), and `lookup`;
- `includes`: `include`, what is wrong with an include line, `expand_includes`;
- `refusals`: `problems`, everything the grammar refuses in a text (and `source_problems`);
- `fences`, `front_matter`, `references` (cross-references, labels, captions, figures) and
  `footnotes`.

This package imports only the ground floor's `errors` and `userfiles` (and PyYAML for the
front matter). The names below are the ones the other floors use (`grammar.scan`, …).
"""

from __future__ import annotations

from .as_written import LEFTOVER_PATTERN, blank_shortcodes, is_written_shortcode, units, written
from .fences import in_fences
from .footnotes import footnote_definition, footnote_refs, strip_footnote_refs
from .front_matter import split_front_matter
from .includes import Describe, Line, expand_includes, include
from .keys import KEY_FIX, key_problem, lookup
from .references import crossrefs, figure, labels, table_caption
from .refusals import problems
from .scanner import scan, shortcodes
from .shortcode import CLOSE, OPEN, Arg, Shortcode

__all__ = [
    "CLOSE",
    "KEY_FIX",
    "LEFTOVER_PATTERN",
    "OPEN",
    "Arg",
    "Describe",
    "Line",
    "Shortcode",
    "blank_shortcodes",
    "crossrefs",
    "expand_includes",
    "figure",
    "footnote_definition",
    "footnote_refs",
    "in_fences",
    "include",
    "is_written_shortcode",
    "key_problem",
    "labels",
    "lookup",
    "problems",
    "scan",
    "shortcodes",
    "split_front_matter",
    "strip_footnote_refs",
    "table_caption",
    "units",
    "written",
]
