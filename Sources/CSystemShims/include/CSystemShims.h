#ifndef PORTDASH_CSYSTEMSHIMS_H
#define PORTDASH_CSYSTEMSHIMS_H

/// Atomically exchanges two paths (Linux renameat2 RENAME_EXCHANGE, macOS renamex_np RENAME_SWAP).
/// Returns 0 on success, -1 with errno set otherwise (ENOSYS/EINVAL where unsupported).
int portdash_exchange(const char *a, const char *b);

#endif
