import PlanDiagnostics
import PlanSyntax

/// The resolved plan: the typed model, its identifiers, and the structural findings.
public struct ResolvedPlan: Sendable {
  public var plan: Plan
  public var symbols: SymbolTable
  /// Syntax, structure and model findings, in discovery order.
  public var diagnostics: [Diagnostic]
  /// The parsed files (their comments carry `plan:ignore` suppressions).
  public var syntax: [SyntaxFile]
  /// The top-level sections (`vision`, `foda`…) that still hold texts of `plan init`'s template.
  public var placeholderSections: Set<String> = []
}

public enum PlanModel {
  /// Builds the typed model of a loaded plan, resolves every reference and checks dates, codes and
  /// dependencies.
  public static func resolve(_ loaded: LoadedPlan) -> ResolvedPlan {
    let root = loaded.files.first?.source ?? SourceText(path: "plan.plan", bytes: [])
    var builder = ModelBuilder(
      language: loaded.language, files: loaded.files.map(\.source), anchor: root.range(0..<0))
    builder.read(loaded.nodes)
    builder.inheritProgrammeObjectives()
    var diagnostics = loaded.diagnostics + builder.diagnostics
    var symbols = builder.symbols
    resolveReferences(builder.sites, symbols: &symbols, into: &diagnostics)
    diagnostics += StructuralChecks.run(builder.plan)
    diagnostics += PeriodChecks.run(builder.plan)
    let (crest, crestProblems) = Crest.check(builder.plan.metadata.logo, in: loaded)
    builder.plan.crest = crest
    diagnostics += crestProblems
    diagnostics += checkChapterImages(&builder.plan, in: loaded)
    let placeholders = PlaceholderCheck.run(loaded.nodes)
    diagnostics += placeholders.diagnostics
    var resolved = ResolvedPlan(
      plan: builder.plan, symbols: symbols, diagnostics: diagnostics, syntax: loaded.files)
    resolved.placeholderSections = placeholders.sections
    return resolved
  }

  /// Each `imagen` of a free chapter or annex, checked as the crest is.
  static func checkChapterImages(_ plan: inout Plan, in loaded: LoadedPlan) -> [Diagnostic] {
    var found: [Diagnostic] = []
    func check(_ chapters: inout [FreeChapter]) {
      for chapter in chapters.indices {
        for image in chapters[chapter].images.indices {
          let (checked, problems) = Crest.check(
            chapters[chapter].images[image].path, in: loaded, noun: .chapterImage)
          chapters[chapter].images[image].checked = checked
          found += problems
        }
      }
    }
    check(&plan.chapters)
    check(&plan.annexes)
    return found
  }

  static func resolveReferences(
    _ sites: [(reference: Reference, kinds: Set<SymbolKind>, role: Localized)], symbols: inout SymbolTable,
    into diagnostics: inout [Diagnostic]
  ) {
    // "Did you mean" is searched for the first unresolved references only: a plan with thousands
    // of them must not cost thousands × declarations comparisons.
    var suggestionBudget = 200
    for (reference, kinds, role) in sites {
      if let declaration = symbols.declaration(reference.name) {
        symbols.use(reference.name, at: reference.range)
        if !kinds.contains(declaration.kind) {
          diagnostics.append(
            ModelProblem.wrongKind(reference.name, found: declaration.kind, expected: kinds, role: role)
              .diagnostic(
                at: reference.range,
                notes: [
                  Note(
                    Localized(es: "declarado aquí", en: "declared here", pt: "declarado aqui"),
                    at: declaration.range)
                ]))
        }
        continue
      }
      // Candidates: identifiers of the right kind, closest first.
      var close: [(Declaration, Int)] = []
      if suggestionBudget > 0 {
        suggestionBudget -= 1
        let folded = Keywords.fold(reference.name)
        let length = folded.unicodeScalars.count
        let limit = max(1, min(3, length / 3))
        for declaration in symbols.declarations.values where kinds.contains(declaration.kind) {
          let other = Keywords.fold(declaration.id)
          guard abs(other.unicodeScalars.count - length) <= limit else { continue }
          let distance = Keywords.distance(folded, other)
          if distance <= limit { close.append((declaration, distance)) }
        }
        close.sort { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0.id < $1.0.id }
      }
      let notes = close.prefix(3).map {
        Note(
          Localized(
            es: "`\($0.0.id)` está declarado aquí", en: "`\($0.0.id)` is declared here",
            pt: "`\($0.0.id)` está declarado aqui"),
          at: $0.0.range)
      }
      diagnostics.append(
        ModelProblem.unresolved(reference.name, role: role, suggestion: close.first?.0.id).diagnostic(
          at: reference.range, notes: Array(notes)))
    }
  }
}
