import FoundationEssentials
import PlanCommandLine

/// `PLAN_TIMINGS=1`: how long each stage of a build took, and the memory peak so far, on standard
/// error (see bench/README.md). Silent when not enabled.
public final class StageClock {
  private let enabled: Bool
  private var last = ContinuousClock.now

  public init(enabled: Bool) { self.enabled = enabled }

  /// Says how long it has been since the previous stage ended.
  public func lap(_ stage: String) {
    guard enabled else { return }
    let now = ContinuousClock.now
    let elapsed = (now - last).components
    let milliseconds = Double(elapsed.seconds) * 1000 + Double(elapsed.attoseconds) / 1e15
    Console.error("\(stage): \(Int(milliseconds.rounded())) ms, peak \(BuildReport.peakMemory()) MB\n")
    last = now
  }
}
