import PlanDiagnostics
import PlanSyntax

/// The bill's own texts (`ordenanza { visto … considerando … articulo … ordinal … }`).
extension ModelBuilder {
  mutating func readBill(_ node: BoundNode) {
    // A sign other than º or ° (say «o») falls back to the default «º».
    let ordinal = childText(node, "ordenanza.ordinal").map { String($0.filter { $0 != " " }) }
    plan.bill = BillText(
      seen: childText(node, "ordenanza.visto"), whereas: childTexts(node, "ordenanza.considerando"),
      articles: childTexts(node, "ordenanza.articulo"),
      ordinal: ordinal.flatMap { BillText.ordinals.contains($0) ? $0 : nil }, range: node.range)
  }
}
