-- Column widths for the report's tables in Typst (PDF).
-- Pandoc's default gives every column `auto`, so long row labels squeeze the numbers and long
-- headers push the table off the page. Here each column gets a share of the text width sized
-- to its text: the label column (the first) to its labels, up to LABEL_MAX characters; every
-- other column to its longest header word or value. Narrow tables stay narrow.
-- Used by both engines (listed under format.typst.filters in _quarto.yml).

local LABEL_MAX = 38     -- characters: longer labels wrap (between words) instead
local LINE_CHARS = 84    -- about this many (bold header) characters fit across a table
local PADDING = 2       -- characters of cell inset and gap per column

local function words_max(text)
  local longest = 0
  for word in text:gmatch("[^%s/]+/?") do
    longest = math.max(longest, utf8.len(word) or #word)
  end
  return longest
end

local function column_texts(tbl, col)
  local texts = {}
  local function add_rows(rows, header)
    for _, row in ipairs(rows) do
      local cell = row.cells[col]
      if cell then
        table.insert(texts, { text = pandoc.utils.stringify(cell.contents), header = header })
      end
    end
  end
  add_rows(tbl.head.rows, true)
  for _, body in ipairs(tbl.bodies) do
    add_rows(body.head, true)
    add_rows(body.body, false)
  end
  add_rows(tbl.foot.rows, false)
  return texts
end

-- The column's preferred width and the least it can take without breaking a word.
local function weight(tbl, col)
  local w, least = 0, 0
  for _, item in ipairs(column_texts(tbl, col)) do
    local len = utf8.len(item.text) or #item.text
    least = math.max(least, words_max(item.text))
    if col == 1 and not item.header then
      w = math.max(w, math.min(len, LABEL_MAX))
    end
  end
  return math.max(w, least, 4) + PADDING, math.max(least, 4) + PADDING
end

function Table(tbl)
  if not FORMAT:match("typst") then
    return nil
  end
  local weights, total = {}, 0
  local label_least
  for col = 1, #tbl.colspecs do
    local w, least = weight(tbl, col)
    weights[col] = w
    if col == 1 then
      label_least = least
    end
    total = total + w
  end
  -- Too wide: the label column gives way first (it wraps between words), then all scale.
  if total > LINE_CHARS and #tbl.colspecs > 1 then
    local label = math.max(label_least, weights[1] - (total - LINE_CHARS))
    total = total - weights[1] + label
    weights[1] = label
  end
  local scale = math.max(total, LINE_CHARS)
  for col, spec in ipairs(tbl.colspecs) do
    tbl.colspecs[col] = { spec[1], weights[col] / scale }
  end
  return tbl
end
