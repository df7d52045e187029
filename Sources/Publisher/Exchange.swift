import CSystemShims

/// Calls the C shim (renameat2 RENAME_EXCHANGE on Linux, renamex_np RENAME_SWAP on macOS).
func portdashExchange(_ a: String, _ b: String) -> Int32 {
    portdash_exchange(a, b)
}
