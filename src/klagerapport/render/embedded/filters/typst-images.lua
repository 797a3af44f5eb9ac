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

-- A figure as one `#figure(...)` with its caption inline: Pandoc's Typst writer puts the caption
-- on a line of its own, and the line break becomes a space before the caption's first word
-- («Figur 1:  Mottatte ...»). The figure's content (the image, «Kilde», filters/kilde.lua) and
-- its caption are written by Pandoc's own Typst writer.
local function typst(blocks)
  return pandoc.write(pandoc.Pandoc(blocks), "typst"):gsub("^%s+", ""):gsub("%s+$", "")
end

function Figure(fig)
  if not FORMAT:match("typst") then
    return nil
  end
  local caption = typst({ pandoc.Plain(pandoc.utils.blocks_to_inlines(fig.caption.long)) })
  local text = "#figure([\n" .. typst(fig.content) .. "\n], caption: [" .. caption .. "], kind: image)"
  if fig.identifier ~= "" then
    text = text .. "\n<" .. fig.identifier .. ">"
  end
  return pandoc.RawBlock("typst", text)
end
