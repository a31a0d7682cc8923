import FoundationEssentials

#if canImport(Glibc)
  import Glibc
#endif

extension PlanDate {
  /// The Gregorian date of a Unix time, in UTC.
  public init(secondsSince1970 seconds: Int64) {
    var time = time_t(seconds)
    var parts = tm()
    gmtime_r(&time, &parts)
    self.init(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
  }

  /// Today in UTC, or the day `SOURCE_DATE_EPOCH` names when it is set (reproducible builds and
  /// checks: the same plan and environment give the same findings and the same documents).
  public static func today(environment: [String: String] = ProcessInfo.processInfo.environment) -> PlanDate {
    if let epoch = environment["SOURCE_DATE_EPOCH"], let seconds = Int64(epoch) {
      return PlanDate(secondsSince1970: seconds)
    }
    return PlanDate(secondsSince1970: Int64(time(nil)))
  }
}
