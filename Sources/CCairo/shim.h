// Cairo for Swift: image surfaces (PNG snapshots) and the PDF surface (outline, tags, metadata).
#pragma once
#include <cairo.h>
#include <cairo-pdf.h>
