// libhyphen (no pkg-config file: the header is in /usr/include, the library is libhyphen.so.0).
#pragma once
#include <stdio.h>
#include <hyphen.h>
