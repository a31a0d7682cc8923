import PlanCheck
import PlanCommandLine
import PlanSyntax

/// The date a document carries: `SOURCE_DATE_EPOCH` when set (reproducible builds), else the
/// plan's `fecha`, else today. The same plan and environment always give the same date.
public enum DocumentDate {
  public static func of(_ result: CheckResult, environment: [String: String]) -> String {
    if let epoch = environment["SOURCE_DATE_EPOCH"], let seconds = Int64(epoch) {
      let date = civilDate(secondsSince1970: seconds)
      return PlanDate(year: date.year, month: date.month, day: date.day).description
    }
    if let date = result.plan.metadata.date?.value {
      return PlanDate(year: date.year, month: date.month ?? 1, day: date.day ?? 1).description
    }
    let today = todayUTC()
    return PlanDate(year: today.year, month: today.month, day: today.day).description
  }

  /// The date a report is issued: `SOURCE_DATE_EPOCH` when set, else today (never the plan's own
  /// date, which is when the plan was approved).
  public static func issued(environment: [String: String]) -> String {
    if let epoch = environment["SOURCE_DATE_EPOCH"], let seconds = Int64(epoch) {
      let date = civilDate(secondsSince1970: seconds)
      return PlanDate(year: date.year, month: date.month, day: date.day).description
    }
    let today = todayUTC()
    return PlanDate(year: today.year, month: today.month, day: today.day).description
  }
}
