import PlanDiagnostics
import PlanSyntax

/// The bill's own texts (`ordenanza { visto … considerando … articulo … ordinal … }`).
extension ModelBuilder {
  mutating func readBill(_ node: BoundNode) {
    var ordinal: String? = nil
    if let sign = node.child("ordenanza.ordinal"), let written = text(sign) {
      let trimmed = String(written.filter { $0 != " " })
      if BillText.ordinals.contains(trimmed) {
        ordinal = trimmed
      } else {
        // The bill still builds, with the usual «º»; the finding says which signs there are.
        diagnostics.append(
          ModelProblem.unknownOrdinal(written).diagnostic(at: sign.valueRanges.first ?? sign.range))
      }
    }
    plan.bill = BillText(
      seen: childText(node, "ordenanza.visto"), whereas: childTexts(node, "ordenanza.considerando"),
      articles: childTexts(node, "ordenanza.articulo"), ordinal: ordinal, range: node.range)
  }
}
