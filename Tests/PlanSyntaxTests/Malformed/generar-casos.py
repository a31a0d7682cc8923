#!/usr/bin/env python3
"""Writes the corpus cases whose exact bytes matter (encodings, control characters, line ends) and
the generated ones (deep nesting).

Run from any folder: `python3 Tests/PlanSyntaxTests/Malformed/generar-casos.py`. Each case keeps its
`# espera:` header on its first lines (after the byte-order mark in the BOM cases).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as file:
        file.write(data)


def utf8(text):
    return text.encode("utf-8")


# S001: the plan was saved as Latin-1; only the first invalid byte is reported.
write(
    "012-utf8-invalido.plan",
    utf8(
        "# espera: S001 5:19\n"
        "# El archivo se guardó en Latin-1: la «ñ» de Cañuelas no es UTF-8 válido.\n"
        "\n"
        'plan "Villa Aurora en el Mundo" {\n'
    )
    + '  ciudad "Villa Cañuelas"\n'.encode("latin-1")
    + '  provincia "Buenos Aires"\n  organismo "Municipalidad de Cañuelas"\n}\n'.encode("latin-1")
    + 'vision "Cañuelas, ciudad abierta al mundo y a la región."\n'.encode("latin-1"),
)

# S001 only: a body exported as UTF-16 ("Unicode" in Notepad) after a UTF-8 header. Its NUL bytes
# must not produce one more diagnostic per character.
write(
    "013-utf16.plan",
    utf8(
        "# espera: S001 3:1\n"
        "# El cuerpo se exportó como UTF-16 (con su marca FF FE) y se pegó tras este encabezado.\n"
    )
    + b"\xff\xfe"
    + 'plan "Villa Aurora en el Mundo" {\n  ciudad "Villa Aurora"\n  idioma es\n}\n'.encode("utf-16-le"),
)

# A byte-order mark at the start is accepted.
write(
    "014-bom.plan",
    b"\xef\xbb\xbf"
    + utf8(
        "# espera: nada\n"
        "# Guardado con marca de orden de bytes (BOM), como hace el Bloc de notas.\n"
        "\n"
        'plan "Villa Aurora en el Mundo" {\n'
        '  ciudad "Villa Aurora"\n'
        "  idioma es\n"
        "  estado borrador\n"
        "}\n"
        'lema "Aurora, puerta al mundo"\n'
    ),
)

# The BOM does not shift the locations of later diagnostics.
write(
    "015-bom-con-errores.plan",
    b"\xef\xbb\xbf"
    + utf8(
        "# espera: E106 7:10\n"
        "# espera: E105 8:10\n"
        "# Con BOM y dos errores: las ubicaciones no se corren.\n"
        "\n"
        'plan "Villa Aurora en el Mundo" {\n'
        '  ciudad "Villa Aurora"\n'
        "  estado aprobada\n"
        "  fecha  2026-02-30\n"
        "}\n"
    ),
)

# A BOM in the middle of the file (two files joined with `cat`) is an invisible blank, named in a
# warning: the statement after it is read and checked as usual.
write(
    "016-bom-en-medio.plan",
    utf8(
        "# espera: S022 5:1\n"
        "# espera: E106 7:10\n"
        "# Dos archivos unidos con `cat`: la marca BOM del segundo queda delante de `plan` y se ignora.\n"
        "\n"
    )
    + b"\xef\xbb\xbf"
    + utf8('plan "Villa Aurora en el Mundo" {\n  ciudad "Villa Aurora"\n  estado aprobada\n}\n'),
)

# S002: a vertical tab (Word's manual line break) pasted inside a text.
write(
    "017-control-en-texto.plan",
    utf8(
        "# espera: S002 6:30\n"
        "# Un salto de línea manual de Word (0x0B) quedó dentro del texto.\n"
        "\n"
        'plan "Villa Aurora en el Mundo" {\n'
        '  ciudad "Villa Aurora"\n'
        '  organismo "Municipalidad de\x0bVilla Aurora"\n'
        "}\n"
    ),
)

# S002: the DOS end-of-file mark (Ctrl-Z, 0x1A) on the last line.
write(
    "018-control-fin-dos.plan",
    utf8(
        "# espera: S002 8:1\n"
        "# Un editor antiguo agregó Ctrl-Z (0x1A) al final del archivo.\n"
        "\n"
        'plan "Villa Aurora en el Mundo" {\n'
        '  ciudad "Villa Aurora"\n'
        "  idioma es\n"
        "}\n"
        "\x1a"
    ),
)

# S002 once: an escape character (0x1B) between two words of a statement.
write(
    "019-control-entre-palabras.plan",
    utf8(
        "# espera: S002 6:12\n"
        "# Un carácter de escape (0x1B) quedó después del valor.\n"
        "\n"
        'plan "Villa Aurora en el Mundo" {\n'
        '  ciudad "Villa Aurora"\n'
        "  idioma es\x1b\n"
        "  estado borrador\n"
        "}\n"
    ),
)

CRLF_PLAN = (
    "# espera: nada\n"
    "# Líneas terminadas en CR LF (Windows), también dentro de un bloque de texto.\n"
    "\n"
    'plan "Villa Aurora en el Mundo" {  # datos generales\n'
    '  ciudad "Villa Aurora"\n'
    "  idioma es\n"
    "  horizonte 2026 a 2030\n"
    "}\n"
    'vision """\n'
    "  Villa Aurora, una ciudad abierta al mundo\n"
    "  que integra a su gente y sus productores.\n"
    '  """\n'
    "valores {\n"
    '  valor transparencia "Transparencia" respaldado_por intendencia,\n'
    "    universidad\n"
    "}\n"
)
write("020-crlf.plan", utf8(CRLF_PLAN.replace("\n", "\r\n")))

write(
    "021-crlf-con-errores.plan",
    utf8(
        (
            "# espera: S003 6:10\n"
            "# espera: E106 8:10\n"
            "# espera: E105 9:9\n"
            "# Con CR LF, el texto sin cerrar termina antes del CR y las columnas no cambian.\n"
            'plan "Villa Aurora en el Mundo" {\n'
            '  ciudad "Villa Aurora\n'
            "  idioma es\n"
            "  estado aprobada\n"
            "  fecha 15/03/2026\n"
            "}\n"
        ).replace("\n", "\r\n")
    ),
)

# Old Mac line ends (CR only): every CR is a line break, for the lexer and for locations.
write(
    "022-solo-cr.plan",
    utf8(
        (
            "# espera: E106 7:10\n"
            "# espera: E105 8:10\n"
            "# Líneas terminadas sólo en CR (Mac clásico): las ubicaciones deben contar esas líneas.\n"
            "\n"
            'plan "Villa Aurora en el Mundo" {\n'
            '  ciudad "Villa Aurora"\n'
            "  estado aprobada\n"
            "  fecha  2026-13\n"
            "}\n"
        ).replace("\n", "\r")
    ),
)

# Tabs for indentation and alignment are accepted, including the recovery of a missing `}`.
write(
    "023-tabulaciones.plan",
    utf8(
        "# espera: nada\n"
        "# Sangría y alineación con tabulaciones.\n"
        "\n"
        'plan "Villa Aurora en el Mundo" {\n'
        '\tciudad\t\t"Villa Aurora"\n'
        "\tidioma\t\tes\n"
        "\thorizonte\t2026 a 2030\n"
        "}\n"
        "comision {\n"
        "\tpreside\t\tintendencia\n"
        "\tmiembros\trrii, universidad\n"
        "\treuniones\tmensual\n"
        "}\n"
    ),
)

# A column counts a tab as one scalar, as `plan check` prints it.
write(
    "024-tabulaciones-con-error.plan",
    utf8(
        "# espera: E104 5:25\n"
        "# espera: E106 9:13\n"
        "# Dos errores en líneas alineadas con tabulaciones.\n"
        'plan "Villa Aurora en el Mundo" {\n'
        '\tciudad\t\t"Villa Aurora"\t"Córdoba"\n'
        "}\n"
        "comision {\n"
        "\tpreside\t\tintendencia\n"
        "\treuniones\t\tquincenal\n"
        "}\n"
    ),
)

# Columns count Unicode scalars: accents, an emoji and a decomposed «ñ» (n + U+0303).
write(
    "025-columnas-unicode.plan",
    utf8(
        "# espera: E104 6:40\n"
        "# espera: E104 8:27\n"
        "# espera: E104 9:24\n"
        "\n"
        'plan "Añatuya en el Mundo" {\n'
        '  organismo "Municipalidad de Añatuya" "Santiago del Estero"\n'
        "}\n"
        'lema "Añatuya 🌎 al mundo" 2030\n'
        'mapa_mental "A' + "n\u0303" + 'atuya" 2030 {\n'
        '  rama gestion "Gestión internacional"\n'
        "}\n"
    ),
)

# S014: forty nested blocks. Level k opens on line 4 + k; the 33rd `{` is the first one too deep.
# The binder reports the first misplaced `objetivo` (level 3) and does not go deeper.
nesting = ['eje politico "Posicionamiento de la ciudad" {']
for level in range(2, 41):
    nesting.append("  " * (level - 1) + f'objetivo o{level} "Objetivo de nivel {level}" {{')
nesting.append("  " * 40 + 'descripcion "El nivel más profundo."')
for level in range(40, 0, -1):
    nesting.append("  " * (level - 1) + "}")
nesting.append('lema "Aurora, puerta al mundo"')
write(
    "034-anidamiento-40-niveles.plan",
    utf8(
        f"# espera: S014 37:{nesting[32].index('{') + 1}\n"
        "# espera: E102 7:5\n"
        "# Cuarenta bloques anidados: a partir del nivel 33 el contenido se omite sin desbordar la pila.\n"
        "\n"
        + "\n".join(nesting)
        + "\n"
    ),
)

# S001 only: a plan saved as Latin-1 whose accented keywords and identifiers must not each add
# an E101 or E110 of their own.
write(
    "094-latin1-en-palabras-clave.plan",
    utf8(
        "# espera: S001 8:5\n"
        "# Guardado en Latin-1 (Windows-1252): las palabras clave con tilde también quedan dañadas,\n"
        "# pero el único problema es la codificación.\n"
        'plan "Villa Aurora en el Mundo" {\n'
        '  ciudad "Villa Aurora"\n'
        "}\n"
        "\n"
    )
    + 'Visión "Una ciudad abierta al mundo"\n'.encode("latin-1")
    + 'Acción a01 "Crear la Oficina de Relaciones Internacionales" {\n  plazo corto\n}\n'.encode("latin-1")
    + 'valores {\n  valor participación "Participación"\n}\n'.encode("latin-1"),
)

# S002: DEL (0x7F) is a control character inside a text too, as it is outside one.
write(
    "095-control-del-en-texto.plan",
    utf8(
        "# espera: S002 5:16\n"
        "# Un carácter DEL (0x7F) pegado dentro del nombre de la ciudad.\n"
        "\n"
        'plan "Villa Aurora en el Mundo" {\n'
        '  ciudad "Villa\x7fAurora"\n'
        "  idioma es\n"
        "}\n"
    ),
)

# S022: no-break spaces pasted from Word, between two words and as indentation, are blanks named in
# a warning; nothing else is reported (no unknown keyword, no missing brace).
write(
    "098-espacios-de-no-separacion.plan",
    utf8(
        "# espera: S022 6:9\n"
        "# espera: S022 7:1\n"
        "# Texto pegado desde Word: un espacio de no separación entre dos palabras y dos como sangría.\n"
        'plan "Villa Aurora en el Mundo" {\n'
        '  ciudad "Villa Aurora"\n'
        "  estado\u00a0borrador\n"
        "\u00a0\u00a0idioma es\n"
        "}\n"
        "accion a01 \"Crear la oficina\" {\n"
        "  plazo corto\n"
        "}\n"
    ),
)

# S022: a zero-width space after an identifier and a soft hyphen inside a keyword are invisible:
# the identifier and the keyword are read as they look.
write(
    "099-invisibles-en-palabras.plan",
    utf8(
        "# espera: S022 6:12\n"
        "# espera: S022 7:7\n"
        "# Un espacio de ancho cero copiado de una página web y un guion suave copiado de Word.\n"
        'plan "Villa Aurora en el Mundo" {\n'
        '  ciudad "Villa Aurora"\n'
        "  idioma es\u200b\n"
        "  esta\u00addo borrador\n"
        "}\n"
    ),
)

# S002: a C1 control (U+0085, from Windows text read as Latin-1) and a right-to-left override
# (U+202E, which reorders what a reader sees) inside texts.
write(
    "100-controles-c1-y-bidi.plan",
    utf8(
        "# espera: S002 5:16\n"
        "# espera: S002 6:28\n"
        "# Un control C1 y un carácter que invierte la dirección del texto.\n"
        'plan "Villa Aurora en el Mundo" {\n'
        '  ciudad "Villa\u0085Aurora"\n'
        '  organismo "Municipalidad \u202eaton al ed"\n'
        "}\n"
    ),
)

# S023: noncharacters (U+FFFF in a text, U+FDD0 in a comment) cannot go in a PDF.
write(
    "101-no-caracteres.plan",
    utf8(
        "# espera: S023 5:16\n"
        "# espera: S023 6:27\n"
        "# Códigos que no son caracteres, restos de una conversión de codificación fallida.\n"
        'plan "Villa Aurora en el Mundo" {\n'
        '  ciudad "Villa\uffffAurora"\n'
        "  idioma es  # comentario \ufdd0\n"
        "}\n"
    ),
)

# S007: «guillemets» used as a text's delimiters are read as quotes (and `plan fmt` straightens
# them); inside a text they are part of it.
write(
    "102-comillas-angulares.plan",
    utf8(
        "# espera: S007 5:10\n"
        "# Comillas angulares como delimitador; dentro de un texto son parte de él.\n"
        "\n"
        'plan "Villa Aurora en el Mundo" {\n'
        "  ciudad \u00abVilla Aurora\u00bb\n"
        '  organismo "Municipalidad de \u00abVilla Aurora\u00bb"\n'
        "}\n"
    ),
)

# S022: a tab inside a quoted text; S002 once for a run of NUL bytes inside another.
write(
    "103-tabulacion-y-nul-en-texto.plan",
    utf8(
        "# espera: S022 5:16\n"
        "# espera: S002 6:28\n"
        "# Una tabulación pegada dentro de un texto y cuatro bytes NUL seguidos dentro de otro.\n"
        'plan "Villa Aurora en el Mundo" {\n'
        '  ciudad "Villa\tAurora"\n'
        '  organismo "Municipalidad \x00\x00\x00\x00"\n'
        "}\n"
    ),
)
