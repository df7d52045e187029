import ArgumentParser
import Foundation
import OrderStore
import PortingModel

/// `portdash demo`: writes a realistic demo database and builds the site from it.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Create a demo order database (if missing) and build the site from it.",
        discussion: "Same seed and size, same data. An existing database is used as it is, never overwritten."
    )

    @OptionGroup var store: DatabaseOptions

    @Option(help: "Number of orders to generate (1 to \(DemoDatabase.maxOrders)).")
    var orders: Int?

    @Option(help: "Seed of the generator: the same seed gives the same data.")
    var seed: UInt64?

    @Flag(name: .customLong("no-build"), help: "Only write the database; do not build the site.")
    var noBuild = false

    @OptionGroup var site: SiteOptions

    func validate() throws {
        if let orders, !(1...DemoDatabase.maxOrders).contains(orders) {
            throw ValidationError("--orders must be between 1 and \(DemoDatabase.maxOrders), not \(orders)")
        }
    }

    func run() throws {
        try runReportingErrors {
            let console = Console(quiet: site.quiet)
            let database = store.databasePath(try store.loadConfig())
            if FileManager.default.fileExists(atPath: database) {
                if orders != nil || seed != nil {
                    throw ExitCodeMessage(
                        .cannotCreate, "\(database) already exists; the demo never overwrites a file: remove it or choose another --database")
                }
                console.info("Using the existing database \(database).")
            } else {
                let summary = try DemoDatabase.write(to: database, orders: orders ?? DemoDatabase.defaultOrders, seed: seed ?? 1)
                console.info(
                    "Wrote \(database): \(summary.orders) orders, \(summary.numbers) numbers on orders, \(summary.inventory) numbers in the inventory."
                )
            }
            guard !noBuild else { return }
            try runBuild(store: store, site: site, announceIndex: true)
        }
    }
}

/// An error with a fixed message and exit status, for command-level refusals.
struct ExitCodeMessage: Error, ExitStatusProviding, CustomStringConvertible {
    let exitStatus: ExitStatus
    let description: String

    init(_ status: ExitStatus, _ message: String) {
        exitStatus = status
        description = message
    }
}
