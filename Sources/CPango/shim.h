// Pango (with its cairo and fontconfig back ends) for Swift. Function-like macros are not imported,
// so the few the renderer needs are re-exported as inline functions.
#pragma once
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include <hb.h>

/// Whether a glyph is Pango's "unknown glyph" box (tofu) and, if so, the character it stands for.
static inline int plan_pango_glyph_is_unknown(PangoGlyph glyph) {
  return (glyph & PANGO_GLYPH_UNKNOWN_FLAG) != 0;
}
static inline unsigned int plan_pango_unknown_glyph_character(PangoGlyph glyph) {
  return glyph & ~PANGO_GLYPH_UNKNOWN_FLAG;
}

/// The hyphen a font draws at a broken word's end (U+2010, else U+002D, as Pango picks it) and its
/// advance in Pango units; 0 when the font has neither.
static inline PangoGlyph plan_pango_hyphen_glyph(PangoFont *font, int *advance) {
  hb_font_t *hb = pango_font_get_hb_font(font);
  hb_codepoint_t glyph = 0;
  *advance = 0;
  if (!hb) return 0;
  if (!hb_font_get_nominal_glyph(hb, 0x2010, &glyph) && !hb_font_get_nominal_glyph(hb, '-', &glyph)) return 0;
  *advance = hb_font_get_glyph_h_advance(hb, glyph);
  return glyph;
}
