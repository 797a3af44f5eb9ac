-- HTML tables: columns as wide as their content (the browser's automatic table layout), under
-- either engine. Pandoc gives a pipe table relative column widths from its dashes when a row is
-- longer than its line length; Quarto runs Pandoc with 72 columns, the embedded engine with
-- 1000, so without this filter the two would lay the same table out differently.
-- Listed under format.html.filters in _quarto.yml (the PDF's widths: typst-tables.lua).

function Table(tbl)
  if not FORMAT:match("html") then
    return nil
  end
  for col, spec in ipairs(tbl.colspecs) do
    tbl.colspecs[col] = { spec[1], pandoc.ColWidthDefault }
  end
  return tbl
end
