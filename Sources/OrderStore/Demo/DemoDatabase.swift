import Foundation
import GRDB
import PortingModel

/// Writes the demo order database (`portdash demo`).
public enum DemoDatabase {
    /// The default number of orders: a small, quick demo.
    public static let defaultOrders = 200
    /// The largest demo `--orders` accepts.
    public static let maxOrders = 50_000

    /// What was written.
    public struct Summary: Sendable, Equatable {
        public var orders = 0
        public var numbers = 0
        public var inventory = 0
    }

    /// Writes a new demo database at `path`. The file must not exist.
    public static func write(to path: String, orders: Int = defaultOrders, seed: UInt64 = 1) throws -> Summary {
        guard !FileManager.default.fileExists(atPath: path) else {
            throw StoreError(
                .refusedInit, "refusing to overwrite \(path): the demo writes a new database; remove the file or choose another --database")
        }
        let queue = try DatabaseCreator.openForWriting(path)
        var generator = DemoGenerator(orders: orders, seed: seed)
        var summary = Summary()
        try queue.write { db in
            let writer = try DemoRowWriter(db)
            for carrier in generator.carriers() { try writer.insert(carrier) }
            for user in generator.users() { try writer.insert(user) }
            while let bundle = generator.nextBundle() {
                try writer.insert(bundle)
                summary.orders += 1
                summary.numbers += bundle.numbers.count
                for entry in generator.inventory(for: bundle) {
                    try writer.insert(entry)
                    summary.inventory += 1
                }
            }
            for _ in 0..<DemoGenerator.claimedCount(numbersOnOrders: summary.numbers) {
                try writer.insert(generator.claimedNumber())
                summary.inventory += 1
            }
            try ChangeJournal.install(db)
        }
        try queue.close()
        return summary
    }
}
