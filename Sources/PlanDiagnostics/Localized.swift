/// The languages `plan` speaks: Spanish first, then English and Portuguese.
public enum Language: String, CaseIterable, Sendable, Codable {
  case es, en, pt

  /// Reads `es`, `en`, `pt`, also with a region (`es-AR`, `pt_BR`).
  public init?(code: String) {
    let prefix = code.lowercased().prefix(2)
    guard let language = Language(rawValue: String(prefix)) else { return nil }
    self = language
  }
}

/// A text written once per language: Spanish, English and Portuguese, each required.
public struct Localized: Hashable, Sendable {
  public var es: String
  public var en: String
  public var pt: String

  public init(es: String, en: String, pt: String) {
    self.es = es
    self.en = en
    self.pt = pt
  }

  public func text(_ language: Language) -> String {
    switch language {
    case .es: return es
    case .en: return en
    case .pt: return pt
    }
  }
}
