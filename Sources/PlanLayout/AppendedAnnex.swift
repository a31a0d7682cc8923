import PlanDocument

extension DisplayList {
  /// This document followed by `annex` (laid out on its own): the annex's pages numbered on from
  /// this one's and labelled `prefix` + their number within the annex («Anexo I-1»…), its outline
  /// nested one level under this one's last entry (the page that opens the annex), its anchors and
  /// their titles kept. The two documents' anchors must not collide: the bill's all start `ord-`.
  public func appending(annex: DisplayList, labelPrefix prefix: String) -> DisplayList {
    var combined = self
    let offset = pages.count
    combined.pages += annex.pages.map { page in
      Page(number: page.number + offset, label: prefix + String(page.number), items: page.items)
    }
    let nested = outline.isEmpty ? 0 : 1
    combined.outline += annex.outline.map { entry in
      OutlineEntry(
        title: entry.title, level: entry.level + nested, page: entry.page + offset, y: entry.y,
        anchor: entry.anchor)
    }
    combined.anchorTitles.merge(annex.anchorTitles) { mine, _ in mine }
    return combined
  }
}
