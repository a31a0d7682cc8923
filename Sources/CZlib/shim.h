// zlib: the PDF's streams are compressed with it (Flate).
#pragma once
#include <zlib.h>
