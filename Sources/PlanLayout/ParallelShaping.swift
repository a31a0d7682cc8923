import PlanDocument
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A shaper that can lend an independent copy of itself to another thread and take back what
/// the copy shaped. Shaping is most of the layout's time, and every block's text is shaped at a
/// width that does not depend on where the block lands, so two threads can shape the document
/// before the (sequential) passes place it.
public protocol SplittableShaper: TextShaper {
  /// A shaper with state of its own (font map, cache), to be used on another thread while this
  /// one is used on the current thread.
  func makeHelper() -> Self
  /// Takes in what `helper` shaped: later requests for the same text are answered from it.
  func absorb(_ helper: Self)
  /// Whether a helper may be used now (false: everything is shaped on the calling thread).
  var splits: Bool { get }
}

extension Layout {
  /// Shapes the document's blocks on two threads: this one takes blocks from the front, a helper
  /// from the back, one at a time, until they meet, so neither waits for the other whatever the
  /// blocks cost. Each runs the very placing code of the passes (on pages that are thrown away),
  /// so the passes then find every paragraph, cell and figure already shaped.
  static func preshape<Shaper: SplittableShaper>(
    _ document: Document, shaper: Shaper, settings: LayoutSettings, figureParts: FigurePartsCache
  ) {
    let blocks = document.blocks
    let claims = BlockClaims(count: blocks.count)
    // The caption of a figure carries its number: the count of figures before it.
    var figuresBefore: [Int] = []
    var figures = 0
    for block in blocks {
      figuresBefore.append(figures)
      if case .figure = block { figures += 1 }
    }
    let numbers = figuresBefore
    let helper = shaper.makeHelper()
    let helperFigures = FigureParts()
    let thread = HelperThread {
      let parts = FigurePartsCache()
      var flow = Flow(
        document: document, shaper: helper, settings: settings, headingPages: [:], figureParts: parts)
      while let index = claims.fromBack() {
        flow.placeForShaping(at: index, figuresBefore: numbers[index])
      }
      helperFigures.store(parts.parts, tables: parts.tableWidths)
    }
    var flow = Flow(
      document: document, shaper: shaper, settings: settings, headingPages: [:], figureParts: figureParts)
    while let index = claims.fromFront() {
      flow.placeForShaping(at: index, figuresBefore: numbers[index])
    }
    thread.join()
    shaper.absorb(helper)
    let (parts, tables) = helperFigures.take()
    figureParts.parts.merge(parts) { mine, _ in mine }
    figureParts.tableWidths.merge(tables) { mine, _ in mine }
  }
}

extension Flow {
  /// Places one block, with the figure count it has in the document, only for what it shapes.
  mutating func placeForShaping(at index: Int, figuresBefore: Int) {
    let blocks = document.blocks
    figureCount = figuresBefore
    blockIndex = index
    place(
      blocks[index], previous: index > 0 ? blocks[index - 1] : nil,
      next: index + 1 < blocks.count ? blocks[index + 1] : nil)
    // The pages themselves are not kept: only the shaper's cache matters here.
    if pages.count > 8 { pages.removeAll(keepingCapacity: true) }
  }
}

/// Which blocks are still to be shaped: the front and the back of the range left.
final class BlockClaims: Sendable {
  private let range: Mutex<(front: Int, back: Int)>

  init(count: Int) { range = Mutex((0, count)) }

  func fromFront() -> Int? {
    range.withLock { range in
      guard range.front < range.back else { return nil }
      range.front += 1
      return range.front - 1
    }
  }

  func fromBack() -> Int? {
    range.withLock { range in
      guard range.front < range.back else { return nil }
      range.back -= 1
      return range.back
    }
  }
}

/// The figures and table widths the helper laid out, handed back to the calling thread.
final class FigureParts: Sendable {
  private let parts = Mutex<(figures: [String: [DiagramPart]], tables: [Int: [Double]])>(([:], [:]))

  func store(_ value: [String: [DiagramPart]], tables: [Int: [Double]]) {
    parts.withLock { $0 = (value, tables) }
  }

  func take() -> (figures: [String: [DiagramPart]], tables: [Int: [Double]]) { parts.withLock { $0 } }
}

/// A thread of its own, started at once, for work beside the caller's. (Not a dispatch queue: when
/// the caller itself runs on one of the few threads of a queue, as tests do, the work could wait
/// for a free thread until the caller had done all of its own.)
public final class HelperThread {
  private final class Body {
    let run: @Sendable () -> Void
    init(_ run: @escaping @Sendable () -> Void) { self.run = run }
  }

  #if canImport(Glibc)
    private var thread = pthread_t()
  #else
    private var thread: pthread_t?
  #endif
  private var started = false

  public convenience init(_ body: @escaping @Sendable () -> Void) {
    self.init(body, inPlaceWithoutThread: true)
  }

  /// A thread running `body`, or `nil` when the system gives no thread: for work that waits for
  /// the caller (a consumer of a queue), which the caller must then do itself, as it goes.
  public static func startIfAvailable(_ body: @escaping @Sendable () -> Void) -> HelperThread? {
    let thread = HelperThread(body, inPlaceWithoutThread: false)
    return thread.started ? thread : nil
  }

  private init(_ body: @escaping @Sendable () -> Void, inPlaceWithoutThread: Bool) {
    let context = Unmanaged.passRetained(Body(body)).toOpaque()
    let status = pthread_create(
      &thread, nil,
      { context in
        Unmanaged<Body>.fromOpaque(context!).takeRetainedValue().run()
        return nil
      }, context)
    started = status == 0
    if !started {
      let body = Unmanaged<Body>.fromOpaque(context).takeRetainedValue()
      // No thread to be had: the work is done here, before the caller's share.
      if inPlaceWithoutThread { body.run() }
    }
  }

  deinit { join() }

  /// Waits for the thread to finish.
  public func join() {
    guard started else { return }
    #if canImport(Glibc)
      pthread_join(thread, nil)
    #else
      if let thread { pthread_join(thread, nil) }
    #endif
    started = false
  }
}
