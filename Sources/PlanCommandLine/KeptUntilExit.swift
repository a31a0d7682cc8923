import Synchronization

/// Holds the last large value a command built so that it is not freed just before the process
/// ends: taking apart the syntax tree of a 10 MB plan (a million tokens) costs tens of
/// milliseconds, and the operating system reclaims the memory at exit anyway. One value at a time,
/// so a command over many files never holds more than one.
public enum KeptUntilExit {
  private static let slot = Mutex<(any Sendable)?>(nil)

  public static func keep(_ value: any Sendable) {
    let previous = slot.withLock { slot in
      let previous = slot
      slot = value
      return previous
    }
    // The previous value is freed here, outside the lock.
    _ = previous
  }
}
