-- Images in Typst (PDF) with their alt text: Pandoc's Typst writer drops it, and a tagged PDF
-- (PDF/UA) needs it. Reads Quarto's `fig-alt`, else the image description (where Pandoc puts
-- an `alt="..."` attribute).
-- Quarto does the same itself (its Typst fix-ups read fig-alt), so only the embedded engine
-- runs this filter.

local function typst_string(text)
  return '"' .. text:gsub("\\", "\\\\"):gsub('"', '\\"'):gsub("\n", " ") .. '"'
end

function Image(img)
  if not FORMAT:match("typst") then
    return nil
  end
  local alt = img.attributes["fig-alt"] or img.attributes["alt"]
    or pandoc.utils.stringify(img.caption)
  if not alt or alt == "" then
    return nil
  end
  return pandoc.RawInline(
    "typst",
    "#box(image(" .. typst_string(img.src) .. ", alt: " .. typst_string(alt) .. "))"
  )
end
