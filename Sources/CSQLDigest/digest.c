// The row-digest functions in C: SQLite calls them once per row of every table a build digests
// (about two million rows at 20,000 orders); a row costs about 530 instructions here, 680 as a
// Swift closure.
#include "CSQLDigest.h"
#include <sqlite3.h>
#include <string.h>

uint64_t portdash_digest_finalise(uint64_t h) {
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

// A word loaded from memory as if little-endian (the digests must not depend on the machine).
static inline uint64_t little_endian(uint64_t word) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    return __builtin_bswap64(word);
#else
    return word;
#endif
}

// One 64-bit word into a row's hash: a multiply and a shift, so each word moves every later bit.
static inline uint64_t mix(uint64_t hash, uint64_t word) {
    hash = (hash ^ word) * 0x9e3779b97f4a7c15ULL;
    return hash ^ (hash >> 29);
}

// `length` bytes eight at a time (as little-endian words), then the last few (zero-filled), then
// the length, so "ab" + "c" and "a" + "bc" differ. No bytes (a NULL pointer) mixes the length alone.
static inline uint64_t mix_bytes(uint64_t hash, const unsigned char *bytes, int length) {
    if (bytes) {
        int offset = 0;
        for (; offset + 8 <= length; offset += 8) {
            uint64_t word;
            memcpy(&word, bytes + offset, 8);
            hash = mix(hash, little_endian(word));
        }
        uint64_t tail = 0;
        memcpy(&tail, bytes + offset, (size_t)(length - offset));
        hash = mix(hash, little_endian(tail));
    }
    return mix(hash, (uint64_t)(int64_t)length);
}

// A row's hash over every argument's type and value, finalised: what the aggregate sums.
static uint64_t row_hash(int count, sqlite3_value **values) {
    uint64_t hash = 0xcbf29ce484222325ULL;
    for (int i = 0; i < count; i++) {
        sqlite3_value *value = values[i];
        int type = sqlite3_value_type(value);
        hash = mix(hash, (uint64_t)(int64_t)type);
        switch (type) {
        case SQLITE_NULL: break;
        case SQLITE_INTEGER: hash = mix(hash, (uint64_t)sqlite3_value_int64(value)); break;
        case SQLITE_FLOAT: {
            double d = sqlite3_value_double(value);
            uint64_t bits;
            memcpy(&bits, &d, sizeof bits);
            hash = mix(hash, bits);
            break;
        }
        case SQLITE_BLOB: {
            int length = sqlite3_value_bytes(value);
            hash = mix_bytes(hash, sqlite3_value_blob(value), length);
            break;
        }
        default: {
            const unsigned char *text = sqlite3_value_text(value);
            hash = mix_bytes(hash, text, sqlite3_value_bytes(value));
            break;
        }
        }
    }
    return portdash_digest_finalise(hash);
}

// The scalar form: one row's hash, for a caller that sums the rows itself.
static void row(sqlite3_context *context, int count, sqlite3_value **values) {
    sqlite3_result_int64(context, (sqlite3_int64)row_hash(count, values));
}

// One row: its hash is added to the group's sum, and counted.
static void step(sqlite3_context *context, int count, sqlite3_value **values) {
    uint64_t *state = sqlite3_aggregate_context(context, 16);
    if (!state) return;
    state[0] += row_hash(count, values);
    state[1] += 1;
}

// The group's digest: its sum of row hashes mixed with its row count; 0 for no rows.
static void final(sqlite3_context *context) {
    uint64_t *state = sqlite3_aggregate_context(context, 0);
    if (!state) {
        sqlite3_result_int64(context, 0);
        return;
    }
    sqlite3_result_int64(context, (sqlite3_int64)portdash_digest_finalise(state[0] ^ portdash_digest_finalise(state[1])));
}

int portdash_digest_register(void *db, const char *name, const char *row_name) {
    int code = sqlite3_create_function_v2(
        (sqlite3 *)db, name, -1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL, NULL, step, final, NULL);
    if (code != SQLITE_OK) return code;
    return sqlite3_create_function_v2((sqlite3 *)db, row_name, -1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL, row, NULL, NULL, NULL);
}

uint64_t portdash_digest_group(uint64_t sum, uint64_t count) {
    return count == 0 ? 0 : portdash_digest_finalise(sum ^ portdash_digest_finalise(count));
}
