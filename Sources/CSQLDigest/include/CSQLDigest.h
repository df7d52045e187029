#ifndef PORTDASH_CSQLDIGEST_H
#define PORTDASH_CSQLDIGEST_H

#include <stdint.h>

/// Registers `name(a, b, ...)`, the 64-bit row-digest aggregate (see OrderStore's SQLDigest), on
/// the connection `db` (an `sqlite3 *`). Returns SQLite's result code.
int portdash_digest_register(void *db, const char *name);

/// The 64-bit finaliser the aggregate uses (MurmurHash3's), for digests combined outside SQLite.
uint64_t portdash_digest_finalise(uint64_t value);

#endif
