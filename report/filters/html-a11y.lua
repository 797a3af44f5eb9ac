-- HTML accessibility (WCAG 2.1 AA), listed under format.html.filters:
--  * the document body in <main id="innhold"> (the skip link's target; the title block and the
--    table of contents stay outside it as banner and navigation); Quarto writes its own <main>,
--    so under Quarto an empty target with the same id starts the body;
--  * every table in a labelled, focusable scroll region, so that at 320 px a wide table scrolls
--    inside its box and the page does not (reflow, 1.4.10), with a line saying so where the
--    browser can tell it must scroll (rapport.css); its title a <figcaption> above and outside
--    the region (as Quarto writes it), so that on a phone it wraps instead of scrolling away;
--    column headers scope="col", the first cell of each body row a row header <th scope="row">;
--  * every chart likewise in a labelled, focusable region under its title;
--  * quotation marks as the Norwegian «» (inner ‘’), as in the PDF.

local SCROLL_HINT = "Tabellen er bred: rull sideveis for å se hele →"
-- A chart drawn for a phone (publish/figures.py writes figures/<name>-smal.svg beside it),
-- shown below this width through <picture>, embedded as a data URI like the chart itself: by
-- this filter under Quarto, by the embedded engine after Pandoc (which leaves srcset alone).
local NARROW_MEDIA = "(max-width: 36rem)"
local NARROW_SUFFIX = "-smal"

local B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
-- The two characters of every 12-bit value: three bytes make two lookups. (A character at a
-- time took a third of the HTML conversion's CPU on the report's narrow charts. Pandoc's own
-- pandoc.mediabag.make_data_uri is no way out: it drops the byte 13.)
local PAIRS = {}
for value = 0, 4095 do
  local high, low = (value >> 6) + 1, (value & 63) + 1
  PAIRS[value] = B64:sub(high, high) .. B64:sub(low, low)
end

local function base64(data)
  local out, size = {}, #data
  local whole = size - size % 3
  for i = 1, whole, 3 do
    local a, b, c = data:byte(i, i + 2)
    local n = (a << 16) | (b << 8) | c
    out[#out + 1] = PAIRS[n >> 12] .. PAIRS[n & 4095]
  end
  if size - whole == 1 then
    out[#out + 1] = PAIRS[data:byte(size) << 4] .. "=="
  elseif size - whole == 2 then
    local a, b = data:byte(size - 1, size)
    local n = (a << 16) | (b << 8)
    out[#out + 1] = PAIRS[n >> 12] .. PAIRS[n & 4095]:sub(1, 1) .. "="
  end
  return table.concat(out)
end

local function narrow_source(src)
  local narrow = src:gsub("%.svg$", NARROW_SUFFIX .. ".svg")
  if narrow == src or src:match("^%a+:") then
    return nil
  end
  local file = io.open(narrow, "rb")
  if not file then
    return nil
  end
  if quarto == nil and narrow:match("^[%w_%-/]+%.svg$") then
    -- The embedded engine puts the file's bytes in after Pandoc (render/embedded/engine.py,
    -- embed_narrow_charts): Pandoc, embedding the page's resources, reads the whole page again,
    -- and a data URI here cost it as much CPU as the rest of the HTML conversion.
    file:close()
    return '<source media="' .. NARROW_MEDIA .. '" srcset="' .. narrow .. '">'
  end
  local data = file:read("a")
  file:close()
  return '<source media="' .. NARROW_MEDIA .. '" srcset="data:image/svg+xml;base64,'
    .. base64(data) .. '">'
end

-- The chart's image inside a <picture> with its narrow drawing, if there is one.
local function with_narrow(block)
  return block:walk({
    Image = function(img)
      local source = narrow_source(img.src)
      if not source then
        return nil
      end
      return {
        pandoc.RawInline("html", "<picture>" .. source),
        img,
        pandoc.RawInline("html", "</picture>"),
      }
    end,
  })
end

local function region(blocks, class, label)
  -- attributes as an ordered list: a Lua table's key order varies, the output must not
  return pandoc.Div(blocks, pandoc.Attr("", { class }, {
    { "role", "region" },
    { "tabindex", "0" },
    { "aria-label", label },
  }))
end

function Table(tbl)
  for _, row in ipairs(tbl.head.rows) do
    for _, cell in ipairs(row.cells) do
      cell.attributes.scope = "col"
    end
  end
  for _, body in ipairs(tbl.bodies) do
    body.row_head_columns = 1
    for _, row in ipairs(body.body) do
      if #row.cells > 0 then
        row.cells[1].attributes.scope = "row"
      end
    end
  end
  local label = pandoc.utils.stringify(tbl.caption.long)
  if label == "" then
    label = "Tabell"
  end
  local hint = pandoc.Div({ pandoc.Para({ pandoc.Str(SCROLL_HINT) }) },
    pandoc.Attr("", { "rullehint" }, { { "aria-hidden", "true" } }))
  if quarto ~= nil or label == "Tabell" then
    return region({ hint, tbl }, "tabellramme", label)
  end
  -- the title out of the table, above the region, in a figure that carries the table's id
  local caption, ident = tbl.caption, tbl.identifier
  tbl.caption = pandoc.Caption()
  tbl.identifier = ""
  local fig = pandoc.Figure({ region({ hint, tbl }, "tabellramme", label) }, caption,
    pandoc.Attr(ident, { "tabell" }))
  return fig
end

function Figure(fig)
  if fig.classes:includes("tabell") then
    return nil
  end
  local label = pandoc.utils.stringify(fig.caption.long)
  if label == "" then
    label = "Figur"
  end
  -- the chart alone scrolls; its title above and its source below stay in the page
  local first = with_narrow(table.remove(fig.content, 1))
  fig.content:insert(1, region({ first }, "figurramme", label))
  fig.classes:insert("figur")
  return fig
end

function Quoted(q)
  local open, close = "«", "»"
  if q.quotetype == "SingleQuote" then
    open, close = "‘", "’"
  end
  local out = pandoc.List({ pandoc.Str(open) })
  out:extend(q.content)
  out:insert(pandoc.Str(close))
  return out
end

function Pandoc(doc)
  if quarto ~= nil then
    doc.blocks:insert(1, pandoc.RawBlock("html", '<div id="innhold" tabindex="-1"></div>'))
    return doc
  end
  doc.blocks:insert(1, pandoc.RawBlock("html", '<main id="innhold">'))
  doc.blocks:insert(pandoc.RawBlock("html", "</main>"))
  return doc
end
