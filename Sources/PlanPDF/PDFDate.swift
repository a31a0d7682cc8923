/// A document date: parsed from ISO 8601 (`2025-03-14`, `2025-03-14T09:30:00+01:00`,
/// `2025-03-14T08:30:00.250Z`) and written the two ways the PDF needs.
public struct PDFDate: Hashable, Sendable {
  public var year: Int
  public var month: Int
  public var day: Int
  public var hour: Int
  public var minute: Int
  public var second: Int
  /// Offset from UTC in minutes; `nil` when the ISO text gave none (local time, unknown zone).
  public var offsetMinutes: Int?
  /// Whether the ISO text had a time of day.
  public var hasTime: Bool

  /// Parses an ISO 8601 date or date-time; `nil` when malformed.
  public init?(iso8601 text: String) {
    let bytes = Array(text.utf8)
    var index = 0
    func number(_ digits: Int) -> Int? {
      guard index + digits <= bytes.count else { return nil }
      var value = 0
      for byte in bytes[index..<(index + digits)] {
        guard byte >= 0x30 && byte <= 0x39 else { return nil }
        value = value * 10 + Int(byte - 0x30)
      }
      index += digits
      return value
    }
    func skip(_ character: UInt8) -> Bool {
      guard index < bytes.count, bytes[index] == character else { return false }
      index += 1
      return true
    }
    guard let year = number(4), skip(0x2D), let month = number(2), skip(0x2D), let day = number(2),
      (1...12).contains(month), (1...PDFDate.days(in: month, of: year)).contains(day)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
    (hour, minute, second, offsetMinutes, hasTime) = (0, 0, 0, nil, false)
    guard index < bytes.count else { return }
    guard skip(0x54) || skip(0x20), let hour = number(2), skip(0x3A), let minute = number(2),
      hour < 24, minute < 60
    else { return nil }
    (self.hour, self.minute, hasTime) = (hour, minute, true)
    if skip(0x3A) {
      guard let second = number(2), second < 61 else { return nil }
      self.second = min(second, 59)
      if skip(0x2E) || skip(0x2C) {  // fraction of a second: dropped
        let start = index
        while index < bytes.count, bytes[index] >= 0x30 && bytes[index] <= 0x39 { index += 1 }
        guard index > start else { return nil }
      }
    }
    if skip(0x5A) {
      offsetMinutes = 0
    } else if index < bytes.count, bytes[index] == 0x2B || bytes[index] == 0x2D {
      let sign = bytes[index] == 0x2D ? -1 : 1
      index += 1
      guard let hours = number(2) else { return nil }
      _ = skip(0x3A)
      let minutes = index < bytes.count ? number(2) : 0
      guard let minutes, hours < 24, minutes < 60 else { return nil }
      offsetMinutes = sign * (hours * 60 + minutes)
    }
    guard index == bytes.count else { return nil }
  }

  /// The date of a Unix time in UTC (for `SOURCE_DATE_EPOCH`).
  public init(epochSeconds: Int64) {
    let days = Int(epochSeconds >= 0 ? epochSeconds / 86_400 : (epochSeconds - 86_399) / 86_400)
    let seconds = Int(epochSeconds - Int64(days) * 86_400)
    // Civil from days (Howard Hinnant's algorithm).
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    hour = seconds / 3600
    minute = seconds % 3600 / 60
    second = seconds % 60
    offsetMinutes = 0
    hasTime = true
  }

  /// The same date with a time and a zone, as the PDF's metadata wants them: midnight when the ISO
  /// text gave only a day, UTC when it gave no zone.
  public var withTimeAndZone: PDFDate {
    var date = self
    date.hasTime = true
    if date.offsetMinutes == nil { date.offsetMinutes = 0 }
    return date
  }

  /// `D:20250314093000+01'00'` (PDF 1.7 §7.9.4).
  public var pdf: String {
    var text = "D:" + PDFDate.pad(year, 4) + PDFDate.pad(month, 2) + PDFDate.pad(day, 2)
    guard hasTime else { return text }
    text += PDFDate.pad(hour, 2) + PDFDate.pad(minute, 2) + PDFDate.pad(second, 2)
    if let offset = offsetMinutes {
      if offset == 0 {
        text += "Z"
      } else {
        text +=
          (offset < 0 ? "-" : "+") + PDFDate.pad(abs(offset) / 60, 2) + "'"
          + PDFDate.pad(abs(offset) % 60, 2) + "'"
      }
    }
    return text
  }

  /// The subset of ISO 8601 cairo 1.16 accepts (digits, `-T:+Z` only; no fractions).
  public var iso8601: String {
    var text = PDFDate.pad(year, 4) + "-" + PDFDate.pad(month, 2) + "-" + PDFDate.pad(day, 2)
    guard hasTime else { return text }
    text += "T" + PDFDate.pad(hour, 2) + ":" + PDFDate.pad(minute, 2) + ":" + PDFDate.pad(second, 2)
    if let offset = offsetMinutes {
      if offset == 0 {
        text += "Z"
      } else {
        text +=
          (offset < 0 ? "-" : "+") + PDFDate.pad(abs(offset) / 60, 2) + ":"
          + PDFDate.pad(abs(offset) % 60, 2)
      }
    }
    return text
  }

  static func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }

  static func days(in month: Int, of year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }
}
