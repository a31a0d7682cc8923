import PlanDiagnostics

/// The 17 Sustainable Development Goals and their 169 targets (Agenda 2030), to validate `ods`.
public enum SDG {
  /// Every target code, e.g. `11.3`, `17.b`.
  public static let targets: Set<String> = [
    "1.1", "1.2", "1.3", "1.4", "1.5", "1.a", "1.b", "2.1", "2.2", "2.3", "2.4", "2.5",
    "2.a", "2.b", "2.c", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7", "3.8", "3.9",
    "3.a", "3.b", "3.c", "3.d", "4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "4.a",
    "4.b", "4.c", "5.1", "5.2", "5.3", "5.4", "5.5", "5.6", "5.a", "5.b", "5.c", "6.1",
    "6.2", "6.3", "6.4", "6.5", "6.6", "6.a", "6.b", "7.1", "7.2", "7.3", "7.a", "7.b",
    "8.1", "8.2", "8.3", "8.4", "8.5", "8.6", "8.7", "8.8", "8.9", "8.10", "8.a", "8.b",
    "9.1", "9.2", "9.3", "9.4", "9.5", "9.a", "9.b", "9.c", "10.1", "10.2", "10.3", "10.4",
    "10.5", "10.6", "10.7", "10.a", "10.b", "10.c", "11.1", "11.2", "11.3", "11.4", "11.5", "11.6",
    "11.7", "11.a", "11.b", "11.c", "12.1", "12.2", "12.3", "12.4", "12.5", "12.6", "12.7", "12.8",
    "12.a", "12.b", "12.c", "13.1", "13.2", "13.3", "13.a", "13.b", "14.1", "14.2", "14.3", "14.4",
    "14.5", "14.6", "14.7", "14.a", "14.b", "14.c", "15.1", "15.2", "15.3", "15.4", "15.5", "15.6",
    "15.7", "15.8", "15.9", "15.a", "15.b", "15.c", "16.1", "16.2", "16.3", "16.4", "16.5", "16.6",
    "16.7", "16.8", "16.9", "16.10", "16.a", "16.b", "17.1", "17.2", "17.3", "17.4", "17.5", "17.6",
    "17.7", "17.8", "17.9", "17.10", "17.11", "17.12", "17.13", "17.14", "17.15", "17.16", "17.17", "17.18",
    "17.19",
  ]

  /// Goal names in Spanish, English and Portuguese, by goal number.
  public static let goals: [Int: Localized] = [
    1: Localized(es: "Fin de la pobreza", en: "No poverty", pt: "Erradicação da pobreza"),
    2: Localized(es: "Hambre cero", en: "Zero hunger", pt: "Fome zero e agricultura sustentável"),
    3: Localized(es: "Salud y bienestar", en: "Good health and well-being", pt: "Saúde e bem-estar"),
    4: Localized(es: "Educación de calidad", en: "Quality education", pt: "Educação de qualidade"),
    5: Localized(es: "Igualdad de género", en: "Gender equality", pt: "Igualdade de gênero"),
    6: Localized(
      es: "Agua limpia y saneamiento", en: "Clean water and sanitation", pt: "Água potável e saneamento"),
    7: Localized(
      es: "Energía asequible y no contaminante", en: "Affordable and clean energy",
      pt: "Energia limpa e acessível"),
    8: Localized(
      es: "Trabajo decente y crecimiento económico", en: "Decent work and economic growth",
      pt: "Trabalho decente e crescimento econômico"),
    9: Localized(
      es: "Industria, innovación e infraestructura", en: "Industry, innovation and infrastructure",
      pt: "Indústria, inovação e infraestrutura"),
    10: Localized(
      es: "Reducción de las desigualdades", en: "Reduced inequalities", pt: "Redução das desigualdades"),
    11: Localized(
      es: "Ciudades y comunidades sostenibles", en: "Sustainable cities and communities",
      pt: "Cidades e comunidades sustentáveis"),
    12: Localized(
      es: "Producción y consumo responsables", en: "Responsible consumption and production",
      pt: "Consumo e produção responsáveis"),
    13: Localized(
      es: "Acción por el clima", en: "Climate action", pt: "Ação contra a mudança global do clima"),
    14: Localized(es: "Vida submarina", en: "Life below water", pt: "Vida na água"),
    15: Localized(es: "Vida de ecosistemas terrestres", en: "Life on land", pt: "Vida terrestre"),
    16: Localized(
      es: "Paz, justicia e instituciones sólidas", en: "Peace, justice and strong institutions",
      pt: "Paz, justiça e instituições eficazes"),
    17: Localized(
      es: "Alianzas para lograr los objetivos", en: "Partnerships for the goals",
      pt: "Parcerias e meios de implementação"),
  ]

  /// Whether a code written after `ods` names a real goal (`11`) or target (`11.3`).
  public static func isKnown(_ code: String) -> Bool {
    if let goal = Int(code) { return (1...17).contains(goal) }
    return targets.contains(code)
  }
}
