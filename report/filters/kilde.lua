-- «Kilde: …» under every table and figure (house style: the title above, the source and notes
-- below), from the metadata `kilde` (_quarto.yml), in HTML and PDF and under either engine.
-- A table's notes (the Markdown's `::: {.tabellnote}` right after it) go with the source:
-- in the PDF both in one small-print block (`rapport-kilde` in typst-template.typ), in the HTML
-- the notes stay where they are and the source follows them (styled by rapport.css). A
-- figure's source is inside the figure (a chart floats in the PDF, and its source with it).
-- In the PDF a table, its title, notes and source go into `rapport-table-block`
-- (typst-template.typ), which never prints the source on another page than the table's last
-- row, under another table or chart, as if it were theirs.
-- Listed first under format.html.filters and format.typst.filters in _quarto.yml.

local source = nil

local function is_float(block)
  if block.t == "Table" or block.t == "Figure" then
    return true
  end
  -- Quarto's floats, and a float already wrapped by another filter
  return block.t == "Div" and block.identifier:match("^(tbl|fig)%-") ~= nil
end

local function is_note(block)
  return block and block.t == "Div" and block.classes:includes("tabellnote")
end

local function source_para()
  return pandoc.Para({ pandoc.Str("Kilde:"), pandoc.Space(), table.unpack(source) })
end

local function is_table(block)
  return block.t == "Table" or (block.t == "Div" and block.identifier:match("^tbl%-") ~= nil)
end

-- The notes' content and the source, as Pandoc blocks.
local function source_blocks(notes)
  local out = pandoc.List()
  for _, note in ipairs(notes) do
    out:extend(note.content)
  end
  out:insert(source_para())
  return out
end

local function after(notes, inside)
  if FORMAT:match("typst") then
    local call = inside and "#rapport-kilde(inside: true)[" or "#rapport-kilde["
    local out = pandoc.List({ pandoc.RawBlock("typst", call) })
    out:extend(source_blocks(notes))
    out:insert(pandoc.RawBlock("typst", "]"))
    return out
  end
  local out = pandoc.List(notes)
  out:insert(pandoc.Div({ source_para() }, pandoc.Attr("", { "kilde" })))
  return out
end

-- In the PDF a table and its notes and source go into one `rapport-table-block` (its two
-- arguments: the table, then the notes and source), which keeps them together.
local function table_block(tbl, notes)
  local out = pandoc.List({ pandoc.RawBlock("typst", "#rapport-table-block[") })
  out:insert(tbl)
  out:insert(pandoc.RawBlock("typst", "]["))
  out:extend(source_blocks(notes))
  out:insert(pandoc.RawBlock("typst", "]"))
  return out
end

local function with_sources(blocks)
  local out = pandoc.List()
  local i = 1
  while i <= #blocks do
    local block = blocks[i]
    i = i + 1
    if block.t == "Figure" then
      -- a chart floats in the PDF: its source goes with it, inside the figure
      block.content:extend(after({}, true))
      out:insert(block)
    elseif is_float(block) then
      local notes = {}
      while is_note(blocks[i]) do
        table.insert(notes, blocks[i])
        i = i + 1
      end
      if is_table(block) and FORMAT:match("typst") then
        out:extend(table_block(block, notes))
      else
        out:insert(block)
        out:extend(after(notes))
      end
    else
      out:insert(block)
    end
  end
  return out
end

function Pandoc(doc)
  local meta = doc.meta.kilde
  if meta == nil then
    return nil
  end
  source = pandoc.List(pandoc.utils.type(meta) == "Inlines" and meta or { pandoc.Str(pandoc.utils.stringify(meta)) })
  doc.blocks = with_sources(doc.blocks)
  return doc
end
