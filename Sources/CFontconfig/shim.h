// fontconfig for Swift: a private configuration that sees only the repository's fonts.
#pragma once
#include <fontconfig/fontconfig.h>
