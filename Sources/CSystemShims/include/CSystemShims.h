#ifndef PORTDASH_CSYSTEMSHIMS_H
#define PORTDASH_CSYSTEMSHIMS_H

/// Atomically exchanges two paths (Linux renameat2 RENAME_EXCHANGE, macOS renamex_np RENAME_SWAP).
/// Returns 0 on success, -1 with errno set otherwise (ENOSYS/EINVAL where unsupported).
int portdash_exchange(const char *a, const char *b);

/// Sets how much more than a request the C allocator grows a heap by, and keeps when it trims
/// (glibc's M_TOP_PAD). Returns 1 on success, 0 where there is no such setting.
int portdash_malloc_top_pad(int bytes);

#endif
