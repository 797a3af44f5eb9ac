-- Quarto's callout blocks (`::: {.callout-warning title="..."}`) for the embedded engine.
-- The Quarto CLI renders callouts itself; only the embedded engine runs this filter. In the PDF
-- both engines draw them with `callout(...)` from report/typst-template.typ.

local KINDS = { "note", "tip", "warning", "important", "caution" }

local function callout_kind(div)
  for _, kind in ipairs(KINDS) do
    if div.classes:includes("callout-" .. kind) then
      return kind
    end
  end
  return nil
end

function Div(div)
  local kind = callout_kind(div)
  if not kind then
    return nil
  end
  local title = div.attributes["title"]
  local content = pandoc.List()
  if title then
    content:insert(pandoc.Para({ pandoc.Strong(pandoc.Str(title)) }))
    div.attributes["title"] = nil
  end
  content:extend(div.content)
  if FORMAT:match("typst") then
    local out = pandoc.List({ pandoc.RawBlock("typst", "#callout(kind: \"" .. kind .. "\", body: [") })
    out:extend(content)
    out:insert(pandoc.RawBlock("typst", "])"))
    return out
  end
  div.classes:insert("callout")
  div.attributes["role"] = "note"
  div.content = content
  return div
end
