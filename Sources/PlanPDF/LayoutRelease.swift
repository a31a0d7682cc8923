import PlanDocument
import PlanLayout

/// Gives the shaper's layouts back while a one-shot build paints, so that the Pango layouts of the
/// whole document and cairo's structure tree are never in memory together (the ×10 plan: some
/// 9,000 layouts): after each page, the ones drawn there for the last time are dropped. `plan
/// watch` keeps them all instead: the next build reuses them.
struct LayoutRelease {
  /// For each page index, the layouts drawn on it for the last time.
  private var lastDrawn: [[LayoutKey]]

  init(_ list: DisplayList) {
    // From the last page back: the first time a layout is met is its last use.
    lastDrawn = Array(repeating: [], count: list.pages.count)
    var drawn: Set<LayoutKey> = []
    drawn.reserveCapacity(list.pages.count * 16)
    for (index, page) in list.pages.enumerated().reversed() {
      for case .text(let fragment) in page.items {
        let key = LayoutKey(runs: fragment.runs, style: fragment.style, width: fragment.width)
        if drawn.insert(key).inserted { lastDrawn[index].append(key) }
      }
    }
  }

  /// Drops the layouts page `index` drew for the last time.
  func release(afterPage index: Int, from state: ShaperState) {
    for key in lastDrawn[index] { state.cache[key] = nil }
  }
}
