-- HTML tables: let long header words such as "Saksbehandling/service" break after the slash
-- (a <wbr> opportunity) so that wide tables fit the page. Listed under format.html.filters.

local function breakable(inlines)
  local out = pandoc.List()
  for _, el in ipairs(inlines) do
    if el.t == "Str" and el.text:find("/", 1, true) and not el.text:match("^/") then
      local first = true
      for part in (el.text .. "/"):gmatch("([^/]*)/") do
        if not first then
          out:insert(pandoc.Str("/"))
          out:insert(pandoc.RawInline("html", "<wbr>"))
        end
        if part ~= "" then
          out:insert(pandoc.Str(part))
        end
        first = false
      end
    else
      out:insert(el)
    end
  end
  return out
end

function Table(tbl)
  if not FORMAT:match("html") then
    return nil
  end
  return tbl:walk({ Inlines = breakable })
end
