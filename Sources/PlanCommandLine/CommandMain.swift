import ArgumentParser
import FoundationEssentials
import Glibc
import PlanBuildInfo

/// The version every `plan` executable reports and writes into the documents it makes.
public let planVersion = BuildInfo.version

extension ParsableCommand {
  /// Parses the command line and runs the command, mapping every usage error to exit code 2
  /// (argument-parser's own code for them is 64; ours are 0, 1 and 2 everywhere).
  ///
  /// - Parameter usageReport: given the message of a usage error, the report to print on standard
  ///   output as well (a machine format that must say the run failed), or nil.
  public static func runMapped(
    _ arguments: [String]? = nil, usageReport: (String) -> String? = { _ in nil }
  ) -> Never {
    do {
      var command = try parseAsRoot(arguments)
      try command.run()
      Glibc.exit(0)
    } catch {
      let code = exitCode(for: error)
      if code == .success {
        Console.out(fullMessage(for: error) + "\n")
        Glibc.exit(0)
      }
      if let exit = error as? ExitCode { Glibc.exit(exit.rawValue) }
      let message = fullMessage(for: error)
      if let report = usageReport(message) { Console.out(report) }
      Console.error(message + "\n")
      Glibc.exit(2)
    }
  }
}

/// Today's date in UTC as year, month and day (no calendar library needed for the Gregorian date).
public func todayUTC() -> (year: Int, month: Int, day: Int) {
  civilDate(secondsSince1970: Int64(time(nil)))
}

/// The Gregorian date of a Unix time, in UTC.
public func civilDate(secondsSince1970 seconds: Int64) -> (year: Int, month: Int, day: Int) {
  var time = time_t(seconds)
  var parts = tm()
  gmtime_r(&time, &parts)
  return (Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday))
}
