// Pango (with its cairo and fontconfig back ends) for Swift. Function-like macros are not imported,
// so the few the renderer needs are re-exported as inline functions.
#pragma once
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>

/// Whether a glyph is Pango's "unknown glyph" box (tofu) and, if so, the character it stands for.
static inline int plan_pango_glyph_is_unknown(PangoGlyph glyph) {
  return (glyph & PANGO_GLYPH_UNKNOWN_FLAG) != 0;
}
static inline unsigned int plan_pango_unknown_glyph_character(PangoGlyph glyph) {
  return glyph & ~PANGO_GLYPH_UNKNOWN_FLAG;
}
