import FoundationEssentials
import Glibc

/// Writes to standard output or error straight away (no buffering to lose on exit).
public enum Console {
  public static func out(_ text: String) { write(text, to: STDOUT_FILENO) }
  public static func error(_ text: String) { write(text, to: STDERR_FILENO) }
  public static func out(bytes: [UInt8]) { bytes.withUnsafeBufferPointer { write($0, to: STDOUT_FILENO) } }

  private static func write(_ text: String, to descriptor: Int32) {
    var text = text
    text.withUTF8 { write($0, to: descriptor) }
  }

  private static func write(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) {
    var offset = 0
    while offset < bytes.count {
      let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        return
      }
      offset += written
    }
  }
}
