import PlanDocument
import Testing

@testable import PlanLayout

/// The structure elements the layout opens around what it places: balanced, and never a leaf
/// (an element that holds content directly) open across a page break, where the running head and
/// the footer of the next page would fall inside it.
@Suite struct StructureTests {
  let list = Layout.layout(
    PaginationTests.document(PaginationTests.sample, watermark: "BORRADOR"), shaper: FixedAdvanceShaper())

  @Test func elementsAreBalancedAndNoLeafSpansAPage() {
    // Per open element: whether it has a child element yet.
    var open: [(role: StructureRole, hasChild: Bool)] = []
    for page in list.pages {
      for item in page.items {
        switch item {
        case .open(let role):
          if !open.isEmpty { open[open.count - 1].hasChild = true }
          open.append((role, false))
        case .close:
          #expect(!open.isEmpty, "page \(page.number): a close without an open")
          _ = open.popLast()
        default:
          break
        }
      }
      for element in open {
        #expect(
          element.hasChild, "page \(page.number): \(element.role.name) holds content across the page break")
      }
    }
    #expect(open.isEmpty)
  }

  @Test func textIsInsideAnElementAndDecorationOutsideEveryLeaf() {
    var depth = 0
    var texts = 0
    for page in list.pages {
      for item in page.items {
        switch item {
        case .open: depth += 1
        case .close: depth -= 1
        case .text(let fragment):
          if fragment.style.size == TypeScale.fine && fragment.frame.y < 72 || fragment.frame.y > 760 {
            continue  // running head and footer: artifacts
          }
          texts += 1
          #expect(
            depth > 0,
            "page \(page.number): «\(fragment.runs.first?.text.prefix(20) ?? "")» outside any element")
        default:
          break
        }
      }
    }
    #expect(texts > 50)
  }

  @Test func tablesHaveAHeadRowAndABodyOfRows() {
    var roles: [String] = []
    for page in list.pages {
      for item in page.items {
        if case .open(let role) = item { roles.append(role.name) }
      }
    }
    let text = roles.joined(separator: " ")
    #expect(text.contains("Table Caption THead TR TH"))
    #expect(text.contains("TBody TR TD"))
    #expect(text.contains("TOC TOCI Link"))
    #expect(roles.first == "H1" || roles.contains("H1"))
    // Headings never skip a level.
    var level = 0
    for role in roles where role.count == 2 && role.hasPrefix("H") {
      let current = Int(String(role.last!))!
      #expect(current <= level + 1, "\(role) after H\(level)")
      level = current
    }
  }
}
