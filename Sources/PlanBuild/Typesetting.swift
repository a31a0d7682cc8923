import PlanLayout
import PlanPDF
import Synchronization

/// The fonts and the shaper, made ready on a thread of their own while the plan is read, checked
/// and turned into a document: finding the bundled fonts and loading every face into both of the
/// layout's font maps then costs the build nothing.
final class Typesetting {
  private let outcome = Outcome()
  private let thread: HelperThread

  private final class Outcome: Sendable {
    let value = Mutex<Result<PangoShaper, FontLibraryError>?>(nil)
  }

  init() {
    let outcome = self.outcome
    thread = HelperThread {
      let result: Result<PangoShaper, FontLibraryError>
      do throws(FontLibraryError) {
        let shaper = PangoShaper(fonts: try FontLibrary.locate())
        shaper.warmUp()
        result = .success(shaper)
      } catch {
        result = .failure(error)
      }
      outcome.value.withLock { $0 = result }
    }
  }

  /// Waits for the thread: the shaper, or why the fonts could not be found.
  func shaper() -> Result<PangoShaper, FontLibraryError> {
    thread.join()
    return outcome.value.withLock { $0 } ?? .failure(.noFonts(searched: []))
  }
}
