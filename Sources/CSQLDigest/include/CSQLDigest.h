#ifndef PORTDASH_CSQLDIGEST_H
#define PORTDASH_CSQLDIGEST_H

#include <stdint.h>

/// Registers `name(a, b, ...)`, the 64-bit row-digest aggregate (see OrderStore's SQLDigest), and
/// `row_name(a, b, ...)`, one row's hash (what the aggregate sums), on the connection `db` (an
/// `sqlite3 *`). Returns SQLite's result code.
int portdash_digest_register(void *db, const char *name, const char *row_name);

/// The aggregate's result for a group whose row hashes sum to `sum` over `count` rows (0 for none):
/// rows hashed with `row_name` and summed by the caller digest exactly as the aggregate would.
uint64_t portdash_digest_group(uint64_t sum, uint64_t count);

/// The 64-bit finaliser the aggregate uses (MurmurHash3's), for digests combined outside SQLite.
uint64_t portdash_digest_finalise(uint64_t value);

#endif
