import Foundation
import PlanCheck
import PlanDocument
import PlanSyntax
import Testing

/// `plan report --format csv`: the datos.gob.ar time-series conventions, read back field by field.
@Suite struct ProgressSeriesTests {
  /// An RFC 4180 reader: quoted fields may hold commas, quotes (doubled) and line breaks.
  static func read(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var characters = Array(text)[...]
    while let character = characters.popFirst() {
      if quoted {
        if character == "\"" {
          if characters.first == "\"" {
            field.append("\"")
            characters.removeFirst()
          } else {
            quoted = false
          }
        } else {
          field.append(character)
        }
      } else if character == "\"" {
        quoted = true
      } else if character == "," {
        row.append(field)
        field = ""
      } else if character == "\r\n" || character == "\n" {
        row.append(field)
        rows.append(row)
        row = []
        field = ""
      } else {
        field.append(character)
      }
    }
    if !field.isEmpty || !row.isEmpty { rows.append(row + [field]) }
    return rows
  }

  static let plan = """
    plan "P" {
      horizonte 2026 a 2031
    }
    eje economico "E" {
      objetivo oe1 "O" {
        indicador ind_oe1 "Pymes, \\"exportadoras\\"" base 23 (2025) meta 34 (2028)
        indicador ind_fondos "Fondos" base 0 USD (2025) meta 400.000 USD (2028)
      }
    }
    accion a07 "Exporta" {
      objetivos   oe1
      desde       2026-01
      hasta       2028-12
      presupuesto 36.000.000 ARS fuente "Presupuesto municipal"
    }
    periodo 2027 {
      medicion ind_oe1 27,5 {
        fecha 2027-11
        nota  "Dos pymes, \\"chicas\\", dejaron de exportar"
      }
      medicion ind_fondos 85.000 USD
      avance a07 en_curso 45% {
        ejecutado 9.500.000,25 ARS fuente "Presupuesto municipal"
      }
    }
    periodo 2026 {
      medicion ind_oe1 25
    }
    """

  @Test func theMeasurementsReadBackAsATimeSeries() throws {
    let result = Checker.check(PlanLoader.load(text: Self.plan))
    let text = ProgressSeries.csv(
      header: ProgressSeries.measurementHeader, rows: ProgressSeries.measurements(result.plan, upTo: 2027))
    #expect(text.hasSuffix("\r\n"))
    let rows = Self.read(text)
    let header = try #require(rows.first)
    #expect(header.first == "indice_tiempo")
    #expect(header.allSatisfy { $0.allSatisfy { $0.isLowercase || $0 == "_" } })
    #expect(header.contains("moneda_id"))
    let records = rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    #expect(records.count == 3)
    #expect(records.allSatisfy { $0.count == header.count })
    #expect(records.map { $0["indice_tiempo"] } == ["2026-01-01", "2027-01-01", "2027-01-01"])
    let measured = try #require(records.first { $0["fecha_medicion"] == "2027-11-30" })
    #expect(measured["indicador_id"] == "ind_oe1")
    #expect(measured["indicador"] == "Pymes, \"exportadoras\"")
    #expect(measured["valor"] == "27.5")
    #expect(measured["nota"] == "Dos pymes, \"chicas\", dejaron de exportar")
    #expect(measured["objetivo_id"] == "oe1")
    #expect(measured["unidad"] == "numero" && measured["moneda_id"] == "")
    #expect(measured["estado"] == "en_riesgo")
    let money = try #require(records.first { $0["indicador_id"] == "ind_fondos" })
    #expect(money["valor"] == "85000")
    #expect(money["moneda_id"] == "USD")
    #expect(money["fecha_medicion"] == "2027-12-31")
    // Values after the year asked are left out.
    #expect(ProgressSeries.measurements(result.plan, upTo: 2026).count == 1)
  }

  @Test func theSpendingReadsBackWithItsCurrency() throws {
    let result = Checker.check(PlanLoader.load(text: Self.plan))
    let rows = Self.read(
      ProgressSeries.csv(
        header: ProgressSeries.spendingHeader, rows: ProgressSeries.spending(result.plan, upTo: 2027)))
    #expect(rows.first?.first == "indice_tiempo")
    let record = Dictionary(uniqueKeysWithValues: zip(rows[0], rows[1]))
    #expect(record["monto_ejecutado"] == "9500000.25")
    #expect(record["moneda_id"] == "ARS")
    #expect(record["avance_porcentaje"] == "45")
    #expect(record["estado_avance"] == "en_curso")
    #expect(record["fuente"] == "Presupuesto municipal")
  }

  @Test func numbersUseAPointAndNoGrouping() {
    #expect(ProgressSeries.decimal(12_000_000) == "12000000")
    #expect(ProgressSeries.decimal(0.35) == "0.35")
    #expect(ProgressSeries.decimal(-2.5) == "-2.5")
    #expect(ProgressSeries.quoted("a,b") == "\"a,b\"")
    #expect(ProgressSeries.quoted("dijo \"sí\"") == "\"dijo \"\"sí\"\"\"")
    #expect(ProgressSeries.quoted("simple") == "simple")
  }
}
