/// Checks beyond the twelve guidelines: the method's structure (axes, questions, diagnosis, SWOT,
/// brand) and traceability between its parts.
enum StructureRules {
  static let all: [any Rule.Type] = [
    T01DebilidadesAtendidas.self,
    T02AccionCompleta.self,
    T03DeclaradosUsados.self,
    T04HerramientaDeclarada.self,
    D01EjesDeMotivacion.self,
    D02SeisPreguntas.self,
    D03DimensionesDelDiagnostico.self,
    D04CuadrantesFoda.self,
    B01MarcaCiudad.self,
    B02PaletaLegible.self,
    P01SocioVigenteConNorma.self,
  ]
}
