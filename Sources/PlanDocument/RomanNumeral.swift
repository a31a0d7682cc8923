/// Roman numerals: the annexes' numbers (`Anexo III`) and, in lower case, the front matter's page
/// labels (`iv`).
public enum RomanNumeral {
  /// `14` → `XIV`; nothing for zero or less.
  public static func text(_ value: Int) -> String {
    let table: [(Int, String)] = [
      (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
      (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]
    var rest = value
    var text = ""
    for (amount, letters) in table {
      while rest >= amount {
        text += letters
        rest -= amount
      }
    }
    return text
  }
}
