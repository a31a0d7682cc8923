import PlanModel

/// How a monitoring status is drawn: a shape beside its word, so that no reader depends on colour
/// (a filled circle on track, a triangle at risk, a diamond off track, a hollow circle otherwise).
public enum StatusMark: String, Sendable, CaseIterable {
  case onTrack, atRisk, offTrack, none

  public init(_ status: TrackStatus) {
    switch status {
    case .onTrack: self = .onTrack
    case .atRisk: self = .atRisk
    case .offTrack: self = .offTrack
    case .noData, .notDue, .judgement: self = .none
    }
  }
}
