-- {{< claim received.change gt 0 >}}: the analyst's claim about the data. `klagerapport check`
-- evaluates it against the build's values; the document prints nothing for it (the embedded
-- engine drops it the same way, render/embedded/shortcodes.py).
return {
  ["claim"] = function(args, kwargs, meta)
    return pandoc.Inlines({})
  end
}
