// libFuzzer's driver is declared in include/FuzzerDriver.h and defined by its runtime.
#include "FuzzerDriver.h"
