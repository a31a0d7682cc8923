/// The Spanish template that `plan init` writes. `{{CIUDAD}}`, `{{ANIO}}` and `{{FIN}}` are filled in.
enum TemplateES {
  static let text = #"""
    # Plan de internacionalización de {{CIUDAD}}
    #
    # Este archivo es el plan. Se escribe en texto simple: cada línea empieza con una palabra clave,
    # los textos van entre comillas y los bloques entre llaves { }. Las líneas que empiezan con # son
    # comentarios: no salen en el documento.
    #
    #   plan check {{ARCHIVO}}    revisa el plan y muestra qué falta
    #   plan fmt {{ARCHIVO}}      ordena sangrías y columnas
    #
    # Reemplace los textos de ejemplo por los de su ciudad. Para dividir el plan en varios archivos
    # (por ejemplo, que cada área escriba su parte) use:
    #   incluir "diagnostico.plan"

    plan "{{CIUDAD}} en el Mundo" {
      ciudad           "{{CIUDAD}}"
      provincia        "{{?Nombre de la provincia}}"
      pais             "Argentina"
      organismo        "Municipalidad de {{CIUDAD}}"
      idioma           es
      horizonte        {{ANIO}} a {{FIN}}
      horizonte_vision 2040
      version          "0.1"
      estado           borrador  # borrador → proyecto → aprobado
      fecha            {{HOY}}
      # escudo "escudo.png"     # imagen del escudo, en la carpeta del plan
      autoridad     "{{?Nombre Apellido}}" cargo "Intendente/a"
      formulado_por intendencia
    }

    # --- Visión, valores y lema (pautas 4 y 5) ---

    vision """
      {{?{{CIUDAD}}, una ciudad abierta al mundo que ... (escriba aquí, con un lenguaje
      que entusiasme, la ciudad que quieren ser en 2040).}}
      """

    lema "{{?Una frase breve que resuma la visión}}"

    valores {
      valor transparencia "Transparencia" respaldado_por intendencia, universidad
      valor cooperacion   "Cooperación" respaldado_por rrii, camara
    }

    # --- Participantes: los cuatro grupos del método (pautas 1, 3 y 9) ---

    participantes {
      liderazgo         intendencia "{{?Nombre del Intendente/a}}" cargo "Intendente/a"
      tecnicos          rrii        "Dirección de Relaciones Internacionales"
      sociedad_civil    universidad "{{?Universidad local}}" sector universidad
      sociedad_civil    camara      "{{?Cámara de Comercio}}" sector camara
      sociedad_politica hcd         "Concejo Deliberante"
    }

    comision "Comisión para la Internacionalización y Desarrollo de la Ciudad" {
      preside   intendencia
      miembros  rrii, universidad, camara, hcd
      reuniones mensual
    }

    # --- Socios externos: ciudades, redes, organismos, embajadas, gobiernos ---

    socios {
      red      mercociudades  "Red de Mercociudades" estado vigente norma "{{?Ordenanza N.º 0000/AAAA}}" cuota al_dia
      ciudad   ciudad_hermana "{{?Ciudad hermana}}" pais "Chile" estado propuesto instrumento hermanamiento
      gobierno cancilleria    "Cancillería Argentina" nivel nacional estado vigente norma "{{?Convenio ratificado por Ordenanza N.º 0000/AAAA}}"
    }

    # --- Diagnóstico: A) situación actual, B) análisis interno, C) análisis externo ---

    diagnostico {
      situacion_actual """
        {{?Describa la situación actual de la ciudad en el plano internacional.}}
        """
      socios_identificados mercociudades, cancilleria
      interno {
        planillas   "{{?Personal disponible para la agenda internacional.}}"
        servicios   "{{?Servicios municipales vinculados.}}"
        sistemas    "{{?Sistemas de información.}}"
        recursos    "{{?Recursos presupuestarios.}}"
        estrategias sin_datos "{{?Aún no relevadas}}"
      }
      externo {
        social      "{{?Contexto social.}}"
        economico   "{{?Contexto económico.}}"
        tecnologico "{{?Contexto tecnológico.}}"
        ambiental   "{{?Contexto ambiental.}}"
        cultural    "{{?Contexto cultural.}}"
        demografico "{{?Contexto demográfico.}}"
        politico    "{{?Contexto político.}}"
      }
    }

    # --- FODA: cada ítem con un identificador que las acciones citan con `atiende` ---

    foda {
      fortaleza   f1 "{{?Una fortaleza de la ciudad}}"
      oportunidad o1 "{{?Una oportunidad del contexto}}"
      debilidad   d1 "{{?Una debilidad interna}}"
      amenaza     a1 "{{?Una amenaza externa}}"
    }

    # --- Lluvia de ideas (pauta 8): se conservan o se descartan con motivo ---

    lluvia_de_ideas {
      fecha  {{ANIO}}-03
      metodo "Taller con integrantes políticos y técnicos"
      idea   i1 "Crear una oficina de relaciones internacionales" rama gestion
      idea   i2 "Publicar el avance del plan en un tablero" rama gestion
      idea   i3 "Cooperar con una ciudad hermana de la región" rama pymes
      idea   i4 "Llevar a las pymes a ferias del exterior" rama pymes
      idea   i5 "Organizar una feria internacional" descartada "Costo alto para el primer año"
    }

    mapa_mental "{{CIUDAD}} en el mundo" {
      rama gestion "Gestión internacional" eje politico
      rama pymes   "Pymes al mundo" eje economico
    }

    # --- Ejes: los cuatro de motivación y los dos del plano de la acción ---

    eje politico "Posicionamiento de la ciudad" {
      objetivo op1 "Crear la estructura de gestión internacional" lider intendencia responsable rrii valores transparencia
    }

    eje economico "Desarrollo económico" {
      objetivo oe1 "Aumentar las exportaciones de las pymes locales" lider intendencia responsable rrii valores cooperacion
    }

    eje cognitivo "Intercambio de conocimiento" {
      no_aplica "Se incorporará en la revisión de medio término"
    }

    eje social "Cultura e identidad" {
      no_aplica "Se incorporará en la revisión de medio término"
    }

    eje territorial "Potenciar el territorio" {
      descripcion "{{?Los actores del territorio que impulsan la internacionalización.}}"
      actores     universidad, camara
    }

    eje estrategico "Las seis preguntas" {
      que_tengo   "{{?Qué recursos y capacidades tiene la ciudad.}}"
      para_que    "{{?Para qué salir al mundo.}}"
      con_quien   "{{?Con quién: socios y aliados.}}"
      hacia_donde "{{?Hacia dónde: regiones y redes prioritarias.}}"
      por_que     "{{?Por qué ahora.}}"
      cuando      "{{?Cuándo: etapas del plan.}}"
    }

    # --- Herramientas del método que el plan usará ---

    herramientas {
      herramienta cooperacion_descentralizada "{{?Proyectos con ciudades y redes}}"
    }

    # --- Acciones: cada una con objetivos, herramienta, responsable, plazo, fechas, presupuesto e indicador ---
    # Combine acciones de plazo corto (primeros pasos) y largo (todo el horizonte). `atiende` cita los
    # ítems del FODA que la acción resuelve o aprovecha.

    accion a01 "Crear la Oficina de Relaciones Internacionales" {
      objetivos   op1, oe1
      herramienta cooperacion_descentralizada
      responsable rrii
      socios      mercociudades
      plazo       corto
      desde       {{ANIO}}-04
      hasta       {{ANIO}}-12
      presupuesto 12000000 ARS fuente "Presupuesto municipal"
      indicador   "Oficina creada por decreto" base 0 ({{ANIO}}) meta 1 ({{ANIO}})
      atiende     d1
      ods         17.17
      ideas       i1
      usa         tablero
    }

    accion a02 "Programa de cooperación con la ciudad hermana" {
      objetivos   oe1
      herramienta cooperacion_descentralizada
      responsable rrii
      socios      ciudad_hermana, camara
      plazo       largo
      desde       {{ANIO}}-07
      hasta       {{FIN}}-12
      sin_costo   "Lo desarrolla el equipo de la Oficina con la Cámara"  # o presupuesto … fuente "…"
      indicador   "Pymes que concretan negocios con la ciudad hermana" base 0 ({{ANIO}}) meta 5 ({{FIN}})
      atiende     f1, o1, a1
      ideas       i3
    }

    # --- Escenarios y herramientas tecnológicas (pauta 12) ---

    escenarios {
      escenario tendencial "Contexto estable" {
        supuestos "{{?La economía regional se mantiene.}}"
        efecto    oe1 "{{?Las exportaciones crecen a ritmo moderado.}}"
      }
      escenario optimista "Contexto favorable" {
        supuestos "{{?Mejora la demanda de los mercados vecinos.}}"
        efecto    oe1 "{{?La meta de exportaciones se alcanza antes.}}"
      }
      escenario pesimista "Contexto adverso" {
        supuestos "{{?Recesión regional y menos programas de apoyo.}}"
        efecto    oe1 "{{?Las exportaciones se estancan.}}"
      }
    }

    tecnologia {
      herramienta tablero "Tablero público de seguimiento" uso "Publicar avances e indicadores"
    }

    # --- Difusión interna y externa (pauta 7) y participación (pauta 9) ---

    comunicacion {
      interna     boletin "{{?Boletín interno}}" canal "Correo institucional" frecuencia mensual
      externa     web "{{?Sitio web del municipio}}" canal "Web" publico "Ciudadanía" frecuencia trimestral
      publicacion "Boletín Oficial Municipal"
    }

    participacion {
      personal   jornada  "{{?Jornada con el personal municipal}}" fecha {{ANIO}}-05 metodo "Taller"
      ciudadania consulta "{{?Consulta pública}}" fecha {{ANIO}}-06 metodo "Encuesta en línea"
    }

    # --- Marca Ciudad: los siete pasos del método ---

    marca_ciudad "{{CIUDAD}}" {
      diagnostico           "{{?Cómo ven la ciudad sus habitantes y quienes la visitan.}}"
      grupo_de_interes      "Ciudadanos" tipo publico_interno
      vision                "{{?La ciudad que la marca quiere proyectar.}}"
      identidad             "{{?Programa de identidad: logotipo, usos y normas.}}"
      atributo              "{{?Un atributo diferencial}}"
      argumento             "{{?Un argumento comunicativo}}"
      valor_emocional       "{{?Un valor emocional}}"
      valor_racional        "{{?Un valor racional}}"
      plan_comunicacion     "{{?Plan de comunicación de la marca.}}"
      marketing_territorial "{{?Plan de marketing territorial.}}"
      simbolo               "{{?El símbolo de la ciudad}}"
      eslogan               "{{?Un eslogan}}"
      publico               "Turistas de la región" tipo segmento
      publico               "Inversores" tipo nicho
      paleta {
        color primario   #1A5276 "Azul"
        color secundario #D4AC0D "Dorado"
      }
      tipografia {
        titulos "Source Sans 3"
        cuerpo  "Source Serif 4"
      }
    }

    # --- Seguimiento y aprobación ---

    seguimiento {
      informe           anual "Informe anual al Concejo Deliberante" frecuencia anual destinatario "Concejo Deliberante"
      audiencia_publica audiencia "Audiencia pública de rendición de cuentas" frecuencia anual
      tablero           "Tablero público en el sitio web"
      responsable       rrii
    }

    aprobacion {
      instrumento ordenanza
      # numero      "0000/{{ANIO}}"
      # sancion     {{ANIO}}-06-30
      firmante "{{?Nombre Apellido}}" cargo "Presidente/a del Concejo Deliberante"
    }
    """#
}
