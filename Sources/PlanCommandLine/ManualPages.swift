import FoundationEssentials

/// The man pages of `plan` and of each subcommand (`plan(1)`, `plan-check(1)`…), written from the
/// command tree swift-argument-parser describes (`--experimental-dump-help`), so that they say what
/// `--help` says, plus the sections a man page needs: exit status, environment, files, examples.
///
/// (swift-argument-parser's own `generate-manual` drops every accented letter and titles its
/// sections in English; a Spanish-first tool writes its own.)
public enum ManualPages {
  /// One page: its file name (`plan-check.1`) and its roff text.
  public struct Page: Sendable {
    public var fileName: String
    public var text: String
  }

  /// Every page, from the JSON of `plan --experimental-dump-help`.
  public static func pages(fromDumpedHelp json: [UInt8], version: String) throws -> [Page] {
    let tool = try JSONDecoder().decode(DumpedTool.self, from: Data(json))
    var pages = [
      page(for: tool.command, path: [tool.command.commandName], root: tool.command, version: version)
    ]
    for sub in tool.command.subcommands ?? [] where sub.shouldDisplay != false && sub.commandName != "help" {
      pages.append(
        page(
          for: sub, path: [tool.command.commandName, sub.commandName], root: tool.command, version: version))
    }
    return pages
  }

  static func page(for command: DumpedCommand, path: [String], root: DumpedCommand, version: String) -> Page {
    let name = path.joined(separator: "-")
    let words = ManualWords.self
    var out = ".\\\" \(words.generated)\n"
    out += ".TH \(roff(name.uppercased())) 1 \"\" \"plan \(roff(version))\" \"\(roff(words.manualTitle))\"\n"
    // Commands, paths and options read better unhyphenated and ragged.
    out += ".nh\n.ad l\n"
    out += ".SH \(words.name)\n\(roff(name)) \\- \(roff(command.abstract ?? ""))\n"
    out += ".SH \(words.synopsis)\n" + synopsis(command, path: path)
    out += ".SH \(words.description)\n" + paragraphs(command.abstract ?? "")
    if let discussion = command.discussion, !discussion.isEmpty { out += paragraphs(discussion) }
    if path.count == 1 {
      out += ".SH \(words.commands)\n"
      for sub in command.subcommands ?? [] where sub.shouldDisplay != false && sub.commandName != "help" {
        out +=
          ".TP\n.B \(roff(sub.commandName))\n\(roff(sub.abstract ?? "")) "
          + "\\fB\(roff(path[0]))\\-\(roff(sub.commandName))\\fR(1).\n"
      }
    }
    // `--version` belongs to `plan` alone; swift-argument-parser's own two flags get Spanish words.
    let arguments = (command.arguments ?? []).filter { argument in
      argument.shouldDisplay != false
        && !(path.count > 1 && argument.names?.contains { $0.name == "version" } == true)
    }.map { argument in
      var argument = argument
      if argument.names?.contains(where: { $0.name == "help" }) == true { argument.abstract = words.helpFlag }
      if argument.names?.contains(where: { $0.name == "version" }) == true {
        argument.abstract = words.versionFlag
      }
      return argument
    }
    let positionals = arguments.filter { $0.kind == "positional" }
    let options = arguments.filter { $0.kind != "positional" }
    if !positionals.isEmpty {
      out += ".SH \(words.arguments)\n"
      for argument in positionals {
        out += ".TP\n.I \(roff(argument.valueName ?? "valor"))\n" + describe(argument)
      }
    }
    if !options.isEmpty {
      out += ".SH \(words.options)\n"
      for option in options { out += ".TP\n" + optionHeading(option) + describe(option) }
    }
    let extra = ManualWords.extraSections(for: path.dropFirst().first)
    for section in extra { out += ".SH \(section.title)\n" + section.body }
    let others =
      ([root.commandName]
      + (root.subcommands ?? []).filter { $0.shouldDisplay != false && $0.commandName != "help" }
      .map { "\(root.commandName)-\($0.commandName)" }).filter { $0 != name }
    out += ".SH \(words.seeAlso)\n" + others.map { "\\fB\(roff($0))\\fR(1)" }.joined(separator: ",\n") + "\n"
    return Page(fileName: name + ".1", text: out)
  }

  static func synopsis(_ command: DumpedCommand, path: [String]) -> String {
    var out = ".B \(roff(path.joined(separator: " ")))\n"
    if path.count == 1 { return out + "\\fIcomando\\fR [\\fIopciones\\fR]\n" }
    let arguments = (command.arguments ?? []).filter { $0.shouldDisplay != false }
    if arguments.contains(where: { $0.kind != "positional" }) { out += "[\\fIopciones\\fR]\n" }
    for argument in arguments where argument.kind == "positional" {
      let value =
        "\\fI\(roff(argument.valueName ?? "valor"))\\fR" + (argument.isRepeating == true ? "\\&..." : "")
      out += (argument.isOptional == true ? "[\(value)]" : value) + "\n"
    }
    return out
  }

  static func optionHeading(_ option: DumpedArgument) -> String {
    let names = (option.names ?? []).map { name -> String in
      (name.kind == "short" ? "\\-" : "\\-\\-") + roff(name.name)
    }
    let value = option.kind == "option" ? " \\fI\(roff(option.valueName ?? "valor"))\\fR" : ""
    return "\\fB" + names.joined(separator: "\\fR, \\fB") + "\\fR" + value + "\n"
  }

  static func describe(_ argument: DumpedArgument) -> String {
    var text = argument.abstract ?? ""
    if let discussion = argument.discussion, !discussion.isEmpty { text += " " + discussion }
    if let value = argument.defaultValue, !value.isEmpty, argument.kind == "option" {
      text += " (\(ManualWords.byDefault): \(value))"
    }
    return roff(text) + "\n"
  }

  /// Paragraphs separated by blank lines; lines inside a paragraph joined, as `--help` wraps them.
  static func paragraphs(_ text: String) -> String {
    text.split(separator: "\n\n").map { paragraph in
      let joined = paragraph.split(separator: "\n").map { line in
        String(line.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
      }.joined(separator: " ")
      return ".PP\n" + roff(joined) + "\n"
    }.joined()
  }

  /// Text as roff reads it literally: backslashes escaped, hyphens as hyphens, and a line that would
  /// start with `.` or `'` (a request) protected.
  public static func roff(_ text: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "\\": out += "\\e"
      case "-": out += "\\-"
      default: out.append(character)
      }
    }
    return out.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      line.hasPrefix(".") || line.hasPrefix("'") ? "\\&" + line : String(line)
    }.joined(separator: "\n")
  }
}

/// The part of `--experimental-dump-help` that man pages use.
struct DumpedTool: Decodable {
  var command: DumpedCommand
}

struct DumpedCommand: Decodable {
  var commandName: String
  var abstract: String?
  var discussion: String?
  var shouldDisplay: Bool?
  var arguments: [DumpedArgument]?
  var subcommands: [DumpedCommand]?
}

struct DumpedArgument: Decodable {
  struct Name: Decodable {
    var kind: String
    var name: String
  }
  var kind: String
  var names: [Name]?
  var valueName: String?
  var abstract: String?
  var discussion: String?
  var defaultValue: String?
  var isOptional: Bool?
  var isRepeating: Bool?
  var shouldDisplay: Bool?
}
