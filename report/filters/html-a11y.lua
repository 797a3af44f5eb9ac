-- HTML accessibility (WCAG 2.1 AA), listed under format.html.filters:
--  * the document body in <main id="innhold"> (the skip link's target; the title block and the
--    table of contents stay outside it as banner and navigation);
--  * every table in a labelled, focusable scroll region, so that at 320 px a wide table scrolls
--    inside its box and the page does not (reflow, 1.4.10); column headers scope="col", the
--    first cell of each body row a row header <th scope="row">;
--  * every figure likewise in a labelled, focusable region (the chart keeps a readable size and
--    scrolls sideways on a narrow screen);
--  * quotation marks as the Norwegian «» (inner ‘’), as in the PDF.
-- Quarto writes its own <main>: under Quarto only the tables, figures and quotes are changed.

local function region(block, class, label)
  -- attributes as an ordered list: a Lua table's key order varies, the output must not
  return pandoc.Div({ block }, pandoc.Attr("", { class }, {
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
  return region(tbl, "tabellramme", label)
end

function Figure(fig)
  local label = pandoc.utils.stringify(fig.caption.long)
  if label == "" then
    label = "Figur"
  end
  return region(fig, "figurramme", label)
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
    return nil
  end
  doc.blocks:insert(1, pandoc.RawBlock("html", '<main id="innhold">'))
  doc.blocks:insert(pandoc.RawBlock("html", "</main>"))
  return doc
end
