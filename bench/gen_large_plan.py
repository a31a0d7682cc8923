#!/usr/bin/env python3
"""Generate a large, valid, realistic .plan file for benchmarks (deterministic).

  python3 bench/gen_large_plan.py 10000000 > big.plan     (about 10 MB)
  python3 bench/gen_large_plan.py --actions 2000 > a2000.plan
"""
import random
import sys

VERBOS = ["Crear", "Consolidar", "Organizar", "Implementar", "Diseñar", "Fortalecer", "Lanzar", "Promover"]
OBJETOS = ["la oficina de relaciones internacionales", "un programa de misiones comerciales inversas",
           "la ventanilla única de comercio exterior", "la red de embajadores de la diáspora",
           "el portal bilingüe de inversiones", "un programa de becas de movilidad docente",
           "la agenda anual de eventos internacionales", "un observatorio de oportunidades de cooperación"]
HERRAMIENTAS = ["hermanamiento", "cooperacion_descentralizada", "cooperacion_sur_sur", "difusion_cultural",
                "difusion_turistica", "promocion_empresarial", "marca_ciudad", "acuerdo"]
PLAZOS = ["corto", "mediano", "largo"]
ODS = ["8.3", "9.b", "11.4", "17.17", "4.7", "13.2"]


def header():
    return '''# Plan generado para pruebas de rendimiento
plan "Río Aromo en el Mundo" {
  ciudad    "Río Aromo"
  idioma    es
  horizonte 2026 a 2031
  estado    borrador
}

vision """
  Río Aromo, una ciudad intermedia abierta al mundo: exporta conocimiento,
  recibe visitantes y teje alianzas para su gente.
  """

participantes {
  liderazgo      intendencia "Intendencia"
  tecnicos       rrii        "Dirección de Relaciones Internacionales"
  sociedad_civil unra        "Universidad Nacional de Río Aromo" sector universidad
}

eje economico "Ciudad exportadora" {
  objetivo oe1 "Duplicar las exportaciones de las pymes" lider intendencia responsable rrii
  objetivo oe2 "Atraer inversiones productivas" lider intendencia responsable rrii
}

foda {
  debilidad d1 "Ausencia de un área dedicada a la agenda internacional"
  amenaza   a2 "Competencia de otras ciudades por las mismas inversiones"
}

'''


def action(rng, index):
    y0 = rng.randint(2026, 2029)
    y1 = min(2031, y0 + rng.randint(0, 2))
    title = f"{rng.choice(VERBOS)} {rng.choice(OBJETOS)} (etapa {index + 1})"
    prose = ""
    if index % 5 == 0:
        prose = ('  descripcion """\n    La acción articula a actores públicos, privados y académicos alrededor de objetivos\n'
                 '    compartidos y medibles, con *responsables definidos* y plazos verificables.\n\n'
                 '    - Primera etapa: relevamiento.\n    - Segunda etapa: ejecución.\n    """\n')
    return (f'# Acción {index + 1}\n'
            f'accion a{index:05d} "{title}" {{\n'
            f'  objetivos   oe1, oe2\n'
            f'  herramienta {rng.choice(HERRAMIENTAS)}\n'
            f'  responsable rrii\n'
            f'  socios      unra\n'
            f'  plazo       {rng.choice(PLAZOS)}\n'
            f'  desde       {y0}-0{rng.randint(1, 9)}\n'
            f'  hasta       {y1}-1{rng.randint(0, 2)}\n'
            f'  presupuesto {rng.randrange(15, 900) * 1000} ARS fuente "Presupuesto municipal"\n'
            f'  indicador   "Empresas asistidas" base 0 (2025) meta {rng.randint(2, 60)} ({y1})\n'
            f'  atiende     d1, a2\n'
            f'  ods         {rng.choice(ODS)}, 17.17\n'
            f'{prose}'
            f'}}\n\n')


def main():
    rng = random.Random(2026)
    args = sys.argv[1:]
    out = [header()]
    if args and args[0] == "--actions":
        for i in range(int(args[1])):
            out.append(action(rng, i))
    else:
        target = int(args[0]) if args else 10_000_000
        size = len(out[0].encode())
        i = 0
        while size < target:
            text = action(rng, i)
            out.append(text)
            size += len(text.encode())
            i += 1
    sys.stdout.write("".join(out))


main()
