import PlanDiagnostics

/// The words `plan diff` says, in Spanish, English and Portuguese.
enum DiffWords {
  static func heading(_ old: String, _ new: String) -> Localized {
    Localized(
      es: "Cambios de \(old) a \(new)", en: "Changes from \(old) to \(new)",
      pt: "Mudanças de \(old) para \(new)")
  }

  static let noChanges = Localized(
    es: "Sin cambios: las dos versiones dicen lo mismo.", en: "No changes: both versions say the same.",
    pt: "Sem mudanças: as duas versões dizem o mesmo.")

  static func summary(_ changes: PlanChanges) -> Localized {
    let (a, r, m, v, n) = (
      changes.count(.added), changes.count(.removed), changes.count(.modified), changes.count(.moved),
      changes.count(.renamed)
    )
    let total = changes.changes.count
    return Localized(
      es:
        "\(total) \(total == 1 ? "cambio" : "cambios"): \(a) agregado(s), \(r) quitado(s), \(m) modificado(s), "
        + "\(v) movido(s), \(n) renombrado(s)",
      en:
        "\(total) \(total == 1 ? "change" : "changes"): \(a) added, \(r) removed, \(m) modified, \(v) moved, "
        + "\(n) renamed",
      pt: "\(total) \(total == 1 ? "mudança" : "mudanças"): \(a) adicionado(s), \(r) removido(s), "
        + "\(m) modificado(s), \(v) movido(s), \(n) renomeado(s)")
  }

  static func moved(from old: String?, to new: String?) -> Localized {
    let top = Localized(es: "el nivel superior", en: "the top level", pt: "o nível superior")
    let from = old.map { Localized(es: $0, en: $0, pt: $0) } ?? top
    let to = new.map { Localized(es: $0, en: $0, pt: $0) } ?? top
    return Localized(
      es: "movido de \(from.es) a \(to.es)", en: "moved from \(from.en) to \(to.en)",
      pt: "movido de \(from.text(.pt)) para \(to.text(.pt))")
  }

  static func renamed(from old: String) -> Localized {
    Localized(
      es: "antes \(old) (renombrado)", en: "formerly \(old) (renamed)", pt: "antes \(old) (renomeado)")
  }

  static let title = Localized(es: "título", en: "title", pt: "título")
  static let budget = Localized(es: "Presupuesto total", en: "Total budget", pt: "Orçamento total")
  static let unchanged = Localized(es: "sin cambios", en: "unchanged", pt: "sem mudanças")
  static let none = Localized(es: "(nada)", en: "(nothing)", pt: "(nada)")
}
