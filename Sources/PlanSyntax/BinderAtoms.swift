import PlanDiagnostics

/// A statement's arguments as a flat list of values, remembering where commas stood.
struct Atom {
  enum Kind {
    case token(Token)
    case group([Token])
  }

  var kind: Kind
  var first: Token
  var last: Token
  var commaAfter = false

  var word: Token? {
    if case .token(let token) = kind, token.kind == .word { return token }
    return nil
  }
  var stringToken: Token? {
    if case .token(let token) = kind, token.kind == .string { return token }
    return nil
  }
  var proseToken: Token? {
    if case .token(let token) = kind, token.kind == .prose { return token }
    return nil
  }
  var isString: Bool { stringToken != nil }
  var isProse: Bool { proseToken != nil }
  var isGroup: Bool {
    if case .group = kind { return true }
    return false
  }

  func text(in source: SourceText) -> String { source.text(first.start..<last.end) }
  func range(in source: SourceText) -> SourceRange { source.range(first.start..<last.end) }
}

struct Atoms {
  var items: [Atom] = []

  init(_ arguments: [Argument]) {
    for argument in arguments {
      switch argument {
      case .token(let token):
        switch token.kind {
        case .comma:
          if !items.isEmpty { items[items.count - 1].commaAfter = true }
        case .newline, .invalid:
          // Line breaks continue a list; control characters were already reported by the lexer.
          continue
        default:
          items.append(Atom(kind: .token(token), first: token, last: token))
        }
      case .group(let open, let inner, let close):
        let tokens = inner.compactMap { argument -> Token? in
          if case .token(let token) = argument { return token }
          return nil
        }
        items.append(Atom(kind: .group(tokens), first: open, last: close ?? tokens.last ?? open))
      case .unexpected:
        continue
      }
    }
  }

  var count: Int { items.count }
  subscript(index: Int) -> Atom { items[index] }
  func commaFollows(_ index: Int) -> Bool { items[index].commaAfter }

  func range(_ indices: Range<Int>, in source: SourceText) -> SourceRange {
    let lower = min(indices.lowerBound, items.count - 1)
    let upper = min(indices.upperBound, items.count) - 1
    return source.range(items[lower].first.start..<items[max(lower, upper)].last.end)
  }
}
