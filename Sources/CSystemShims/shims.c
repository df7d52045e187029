#include "CSystemShims.h"
int portdash_placeholder(void) { return 0; }
