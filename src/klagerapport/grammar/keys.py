"""Value keys: the form of a `var`/`meta` key both engines look up the same way, and a dotted
key's value in nested mappings."""

from __future__ import annotations

import re
from collections.abc import Mapping

from .shortcode import Arg

# A value key as Quarto looks it up (quarto-cli src/resources/filters/quarto-pre/options.lua,
# parseOption, and shortcodes-handlers.lua, handleVars/handleMeta): the key is split at "." and,
# after the first part, each part indexes with `tonumber(part) or part`, so a part Lua reads as
# a number finds nothing among _variables.yml's text keys (an empty part, "a..b", is no key
# either engine reads the same way); "\." escapes a dot (quarto-cli#10936), which the grammar
# refuses as a backslash; and where Quarto reads a shortcode in code it passes a quoted key on
# with its quotes (quarto-cli#7882; only `meta` strips them). The embedded engine looks every
# part up as text, so each part must be word characters and "-" and no number to Lua (decimal,
# exponent or hexadecimal), and a `var` key is written without quotes.
_KEY_PART = re.compile(r"[\w-]+\Z")
_LUA_NUMBER = re.compile(r"-?(?:\d+(?:[eE]-?\d+)?|0[xX][0-9A-Fa-f]+(?:[pP]-?\d+)?)\Z")
KEY_FIX = "skriv nøkkelen som ord skilt med punktum, f.eks. received.total (se klagerapport values)"


def key_problem(arg: Arg, name: str = "var") -> str | None:
    """Why Quarto would look the key of a `var`/`meta` shortcode up differently from the
    embedded engine, else None."""
    if arg.quoted and name == "var":
        return "nøkkelen står i anførselstegn, som Quarto i kode tar med i nøkkelen"
    for part in arg.value.split("."):
        if not part:
            return "nøkkelen har en tom del (to punktum etter hverandre, eller punktum først/sist)"
        if not _KEY_PART.match(part):
            bad = next(c for c in part if not (c.isalnum() or c in "_-"))
            return f"tegnet «{bad}» kan ikke stå i en nøkkel"
        if _LUA_NUMBER.match(part):
            return f"delen «{part}» er et tall, og Quarto slår da opp et tall i stedet for teksten"
    return None


def lookup(data: Mapping, key: str) -> object:
    """A dotted key in nested mappings (`{{< var received.total >}}`); KeyError if absent."""
    node: object = data
    for part in key.split("."):
        if not isinstance(node, Mapping) or part not in node:
            raise KeyError(key)
        node = node[part]
    return node
