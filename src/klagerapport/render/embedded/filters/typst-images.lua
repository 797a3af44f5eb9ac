-- Images in Typst (PDF) with their alt text: Pandoc's Typst writer drops it, and a tagged PDF
-- (PDF/UA) needs it. Reads Quarto's `fig-alt`, else the image description (where Pandoc puts
-- an `alt="..."` attribute).
-- Quarto does the same itself (its Typst fix-ups read fig-alt), so only the embedded engine
-- runs this filter. The image is not boxed: a box is inline, and a figure's only inline
-- content would be tagged as a paragraph around the figure in the PDF.

-- A Typst string literal; `<` as its Unicode escape, so that text such as a shortcode's
-- opening never appears in the Typst source (the post-render guard looks for it).
local function typst_string(text)
  local escaped = text:gsub("\\", "\\\\"):gsub('"', '\\"'):gsub("\n", " "):gsub("<", "\\u{3c}")
  return '"' .. escaped .. '"'
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
    "#image(" .. typst_string(img.src) .. ", alt: " .. typst_string(alt) .. ")"
  )
end
