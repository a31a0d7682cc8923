// libxml2: writes the PDF's XMP metadata packet (escaping and namespaces done by the library).
#pragma once
#include <libxml/xmlwriter.h>
#include <libxml/xmlsave.h>
