import ArgumentParser
import PlanCommandLine

/// `plan-build ordenanza`, what `plan ordenanza` runs: the bill that submits the plan, with the
/// plan as Anexo I (the sanctioned ordinance once the plan records its approval).
struct BillCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan ordenanza", abstract: BillArguments.abstract, discussion: BillArguments.discussion)

  @OptionGroup var arguments: BillArguments

  func run() throws { try RenderCommand.render(arguments.build, product: .bill(draft: arguments.draft)) }
}
