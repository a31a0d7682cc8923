/// Checks beyond the twelve guidelines: the method's structure (axes, questions, diagnosis, SWOT,
/// brand) and traceability between its parts.
enum StructureRules {
  static let all: [any Rule.Type] = [
    T01DebilidadesAtendidas.self
  ]
}
