import CSystemShims

/// How the C allocator grows its heaps. glibc grows each thread's heap by what one request needs
/// and hands freed tops back, so a build's worker threads, allocating and freeing pages of text,
/// made about 15,000 `mprotect` calls in a one-order rebuild at 20,000 orders, as many as every
/// other system call together. Growing (and keeping) 64 MB at a time leaves none; it reserves
/// address space, not memory: untouched pages cost nothing.
enum MallocTuning {
    static let topPad: Int32 = 64 << 20

    static func apply() {
        _ = portdash_malloc_top_pad(topPad)
    }
}
