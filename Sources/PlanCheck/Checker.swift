import PlanDiagnostics
import PlanModel
import PlanSyntax

/// Everything `plan check` finds in a plan, and where it stands on each guideline.
public struct CheckResult: Sendable {
  public var resolved: ResolvedPlan
  /// Syntax, structure, model and rule findings, after suppressions and severity settings, sorted.
  public var diagnostics: [Diagnostic]
  /// One entry per guideline rule (G01–G12), in order.
  public var compliance: [ComplianceEntry]
  /// What reports count but do not list: problems found beyond what a stage keeps per file, and
  /// the findings held back while the plan has syntax, file or structure errors.
  public var omissions: Omissions
  public var plan: Plan { resolved.plan }
}

public enum Checker {
  /// Every rule, in the order `plan rules` lists them.
  public static let rules: [any Rule.Type] = GuidelineRules.all + StructureRules.all + MonitoringRules.all

  public static func descriptor(for id: String) -> (any Rule.Type)? {
    rules.first { $0.descriptor.id == id.uppercased() }
  }

  /// Checks a loaded plan: resolves the model, runs every rule, applies suppressions and settings.
  /// `today` is what the monitoring rules call the present (a measurement may not come from after it).
  public static func check(_ loaded: LoadedPlan, today: PlanDate = .today()) -> CheckResult {
    let resolved = PlanModel.resolve(loaded)
    let plan = resolved.plan
    var diagnostics = resolved.diagnostics
    diagnostics += settingsProblems(plan)
    var compliance: [ComplianceEntry] = []
    var ruleFindings: [String: [Diagnostic]] = [:]
    var evidence: [String: [Localized]] = [:]
    for rule in rules {
      let descriptor = rule.descriptor
      let setting = plan.review.severities[descriptor.id]?.value
      if setting == "desactivada" { continue }
      var context = RuleContext(
        descriptor: descriptor, severity: severity(setting) ?? descriptor.defaultSeverity,
        limitValues: limitValues(rule, plan), today: today)
      rule.init().check(plan, &context)
      if let forced = severity(setting) {
        for index in context.findings.indices { context.findings[index].severity = forced }
      }
      ruleFindings[descriptor.id] = context.findings
      evidence[descriptor.id] = context.evidence
    }
    // Suppressions apply to rule and model findings, never to syntax errors.
    var (suppressions, suppressionProblems) = Suppression.collect(resolved.syntax)
    var kept: [Diagnostic] = []
    for diagnostic in diagnostics + ruleFindings.values.flatMap({ $0 }) {
      if !diagnostic.code.hasPrefix("S"),
        let index = suppressions.firstIndex(where: { $0.covers(diagnostic) })
      {
        suppressions[index].used = true
        continue
      }
      kept.append(diagnostic)
    }
    let known = Set(rules.map { $0.descriptor.id })
    for suppression in suppressions {
      for code in suppression.codes where !known.contains(code) && !isModelCode(code) {
        kept.append(ReviewProblem.unknownRule(code).diagnostic(at: suppression.range))
      }
      if !suppression.used {
        kept.append(ReviewProblem.unusedSuppression(suppression.codes).diagnostic(at: suppression.range))
      }
    }
    kept += suppressionProblems
    for rule in GuidelineRules.all {
      let descriptor = rule.descriptor
      let remaining = kept.filter { $0.code == descriptor.id }
      // Advisories point at things to look at; only errors and warnings mean "not met" — the
      // rule's own, and the model's about the same guideline.
      let related = kept.filter { rule.relatedCodes.contains($0.code) && $0.severity != .advisory }
      let failing = remaining.filter { $0.severity != .advisory } + related
      let switchedOff = plan.review.severities[descriptor.id]?.value == "desactivada"
      // Sections still holding the template's example texts meet nothing.
      let unwritten = rule.sections.filter { resolved.placeholderSections.contains($0) }
      let status: ComplianceEntry.Status =
        switchedOff || rule.verification == .proxy
        ? .advisory : failing.isEmpty && unwritten.isEmpty ? .verified : .notMet
      var notes = evidence[descriptor.id] ?? []
      if !unwritten.isEmpty {
        let list = unwritten.map { "`\($0)`" }.joined(separator: ", ")
        notes.append(
          Localized(
            es: "\(list) todavía tiene textos de ejemplo de la plantilla (M014)",
            en: "\(list) still holds the template's sample texts (M014)",
            pt: "\(list) ainda tem textos de exemplo do modelo (M014)"))
      }
      for code in Set(related.map(\.code)).sorted() {
        let count = related.filter { $0.code == code }.count
        notes.append(
          Localized(
            es: "\(code): \(count) hallazgo(s) de coherencia sobre esta pauta",
            en: "\(code): \(count) consistency finding(s) about this guideline",
            pt: "\(code): \(count) achado(s) de coerência sobre esta diretriz"))
      }
      if switchedOff {
        notes.append(
          Localized(
            es: "regla desactivada en `revision`", en: "rule switched off in `review`",
            pt: "regra desativada em `revisao`"))
      }
      compliance.append(
        ComplianceEntry(
          id: descriptor.id, title: descriptor.title, status: status, evidence: notes,
          findings: remaining.count))
    }
    // Root causes first: while a file has syntax, include or structure errors, coherence and rule
    // findings may be mere consequences ("no action addresses d1" when `accion` was misspelt), so
    // they are counted and held back until those errors are fixed.
    var omissions = Omissions(uncollected: loaded.uncollected)
    let hasRootErrors =
      kept.contains { $0.severity == .error && $0.stage <= 2 && !Crest.codes.contains($0.code) }
      || loaded.uncollected.values.contains { $0.errors > 0 }
    if hasRootErrors {
      // A file that is not text (UTF-16) leaves nothing to check: its one error is all there is.
      if !loaded.files.contains(where: \.isUnreadable) {
        omissions.heldBack = DiagnosticCounts(kept.filter { $0.stage > 2 })
      }
      kept.removeAll { $0.stage > 2 }
    }
    return CheckResult(
      resolved: resolved, diagnostics: kept.sortedForOutput(), compliance: compliance, omissions: omissions)
  }

  static func isModelCode(_ code: String) -> Bool {
    code.hasPrefix("M") || code.hasPrefix("E") || code.hasPrefix("F")
  }

  static func severity(_ word: String?) -> Severity? {
    switch word {
    case "error": return .error
    case "advertencia": return .warning
    case "sugerencia": return .advisory
    default: return nil
    }
  }

  static func limitValues(_ rule: any Rule.Type, _ plan: Plan) -> [String: Int] {
    var values: [String: Int] = [:]
    for limit in rule.limits {
      values[limit.name] = plan.review.limits[limit.name]?.value ?? limit.defaultValue
    }
    return values
  }

  /// Unknown limits and rules named in `revision`.
  static func settingsProblems(_ plan: Plan) -> [Diagnostic] {
    let knownLimits = rules.flatMap { $0.limits.map(\.name) }
    var problems: [Diagnostic] = []
    for (name, limit) in plan.review.limits.sorted(by: { $0.key < $1.key }) where !knownLimits.contains(name)
    {
      problems.append(
        ReviewProblem.unknownLimit(name, known: knownLimits.sorted()).diagnostic(at: limit.range))
    }
    for (id, setting) in plan.review.severities.sorted(by: { $0.key < $1.key })
    where descriptor(for: id) == nil {
      problems.append(ReviewProblem.unknownRule(id).diagnostic(at: setting.range))
    }
    return problems
  }
}
