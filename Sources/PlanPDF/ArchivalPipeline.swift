import PlanLayout

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Carries what cairo writes to the archival writer, which works on a second thread: while cairo
/// draws page after page on the painting thread, the pages it has finished are rewritten and
/// compressed beside it. cairo's many small writes are copied into megabyte chunks; a full chunk
/// is handed over, and a few of them at most wait in line (the painter waits when the writer
/// falls behind). The writer reads the chunks in order, so the file does not depend on timing.
final class ArchivalPipeline: @unchecked Sendable {
  // @unchecked: `current` is touched only by the painting thread, `writer` only by the writer's
  // thread until `finish` has joined it; the queue is behind `lock`.
  private let writer: ArchivalWriter
  /// The chunk being filled.
  private let current = ByteChunk()
  private var queue: [(bytes: UnsafeMutableRawPointer, count: Int)] = []
  private var ended = false
  /// Whether the writer finishes the file when the chunks run out (not after a failed drawing).
  private var commit = true
  private var result: PaintError?
  private var lock = pthread_mutex_t()
  private var changed = pthread_cond_t()
  private var thread: HelperThread?

  static let waitingChunks = 2

  init(writer: ArchivalWriter) {
    self.writer = writer
    pthread_mutex_init(&lock, nil)
    pthread_cond_init(&changed, nil)
    thread = HelperThread.startIfAvailable { [self] in work() }
  }

  deinit {
    for chunk in queue { chunk.bytes.deallocate() }
    pthread_cond_destroy(&changed)
    pthread_mutex_destroy(&lock)
  }

  var closure: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }
  static func from(_ closure: UnsafeMutableRawPointer?) -> ArchivalPipeline {
    Unmanaged<ArchivalPipeline>.fromOpaque(closure!).takeUnretainedValue()
  }

  /// cairo's write callback.
  func write(_ data: UnsafeBufferPointer<UInt8>) {
    current.append(UnsafeRawBufferPointer(data)) { handOver() }
  }

  /// Hands over what is left, waits for the writer to finish the file (or, without `commit`, to
  /// stop) and reports how it went.
  func finish(commit: Bool) throws(PaintError) {
    handOver()
    guard thread != nil else {
      if commit { try writer.finish() }
      return
    }
    pthread_mutex_lock(&lock)
    ended = true
    self.commit = commit
    pthread_cond_broadcast(&changed)
    pthread_mutex_unlock(&lock)
    thread?.join()
    thread = nil
    if let result { throw result }
  }

  private func handOver() {
    guard current.count > 0 else { return }
    guard thread != nil else {
      // No second thread: the writer reads each chunk here, as it fills.
      writer.feed(current.filled)
      current.empty()
      return
    }
    let full = current.takeBytes()
    pthread_mutex_lock(&lock)
    while queue.count >= ArchivalPipeline.waitingChunks { pthread_cond_wait(&changed, &lock) }
    queue.append(full)
    pthread_cond_broadcast(&changed)
    pthread_mutex_unlock(&lock)
  }

  /// The writer's thread: feeds the chunks in order, then finishes the file.
  private func work() {
    while true {
      pthread_mutex_lock(&lock)
      while queue.isEmpty && !ended { pthread_cond_wait(&changed, &lock) }
      if queue.isEmpty && ended {
        pthread_mutex_unlock(&lock)
        break
      }
      let next = queue.removeFirst()
      pthread_cond_broadcast(&changed)
      pthread_mutex_unlock(&lock)
      writer.feed(UnsafeRawBufferPointer(start: next.bytes, count: next.count))
      next.bytes.deallocate()
    }
    guard commit else { return }
    do throws(PaintError) {
      try writer.finish()
    } catch {
      result = error
    }
  }
}
