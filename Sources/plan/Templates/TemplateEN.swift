/// The English template that `plan init --lang en` writes.
enum TemplateEN {
  static let text = TemplateES.text
}
