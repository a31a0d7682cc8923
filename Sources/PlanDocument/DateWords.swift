import PlanDiagnostics

/// The words of dates (`Formats.date`, `Formats.period`): the months and what joins a date's parts,
/// in the document's three languages.
struct DateWords: WordTable {
  let language: Language

  /// `abr.`, `Apr`: the month of a date without a day (1 is January).
  func shortMonth(_ month: Int) -> String {
    Self.month(
      month,
      of: pick(
        "ene. feb. mar. abr. may. jun. jul. ago. sep. oct. nov. dic.",
        "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
        "jan. fev. mar. abr. maio jun. jul. ago. set. out. nov. dez."))
  }

  /// `mayo`, `May`: the month of a date with its day.
  func longMonth(_ month: Int) -> String {
    Self.month(
      month,
      of: pick(
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
        "January February March April May June July August September October November December",
        "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"))
  }

  /// The month's name out of the twelve, January first, separated by spaces.
  private static func month(_ month: Int, of names: String) -> String {
    String(names.split(separator: " ")[month - 1])
  }

  /// `22 de mayo de 2026`, `22 May 2026`.
  func dayMonthYear(_ day: Int, _ month: String, _ year: Int) -> String {
    pick("\(day) de \(month) de \(year)", "\(day) \(month) \(year)", "\(day) de \(month) de \(year)")
  }

  /// A period with only its start, or only its end.
  func from(_ start: String) -> String { pick("desde \(start)", "from \(start)", "desde \(start)") }
  func until(_ end: String) -> String { pick("hasta \(end)", "until \(end)", "até \(end)") }
}
