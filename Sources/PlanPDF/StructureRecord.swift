import Synchronization

/// What the painter tells the archival writer about the tagged structure it opens, since cairo 1.16
/// writes a tag's name but drops its attributes: for each structure element, in the order opened
/// (which is the order cairo writes them), its type and the entries to add (`/Alt`, `/A`); and
/// for each link destination, the description its annotations carry. Filled on the painting
/// thread, read on the writer's.
final class StructureRecord: Sendable {
  struct Element: Sendable {
    var role: String
    /// Dictionary entries to add, `""` when none.
    var extras: String
  }

  private struct State {
    var elements: [Element] = []
    var links: [String: String] = [:]
  }

  private let state = Mutex(State())

  func opened(_ role: String, extras: String = "") {
    state.withLock { $0.elements.append(Element(role: role, extras: extras)) }
  }

  func describe(link anchor: String, as description: String) {
    state.withLock { state in
      if state.links[anchor] == nil { state.links[anchor] = description }
    }
  }

  func element(_ index: Int) -> Element? {
    state.withLock { index < $0.elements.count ? $0.elements[index] : nil }
  }

  var elementCount: Int { state.withLock { $0.elements.count } }

  /// The description recorded for links to `anchor` (the anchor itself when none was).
  func linkDescription(_ anchor: String) -> String {
    state.withLock { $0.links[anchor] } ?? anchor
  }
}
