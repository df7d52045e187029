import Foundation
import Synchronization

/// The folders `TemporaryFolder` made in this process, removed when it exits. At exit, not when a
/// folder value goes away: tests hand paths inside their folders to helpers and to child processes.
enum TemporaryFolderRegistry {
    private static let folders = Mutex<[String]?>(nil)

    static func add(_ path: String) {
        folders.withLock { list in
            if list == nil {
                list = []
                if ProcessInfo.processInfo.environment["PORTDASH_KEEP_TEST_FOLDERS"] == nil { atexit { TemporaryFolderRegistry.removeAll() } }
            }
            list?.append(path)
        }
    }

    static func removeAll() {
        let paths = folders.withLock { list in
            defer { list = [] }
            return list ?? []
        }
        for path in paths { try? FileManager.default.removeItem(atPath: path) }
    }
}
