// swift-tools-version: 6.1
import PackageDescription

// Built and tested on Linux only: the publisher uses renameat2, flock and st_mtim through Glibc.
let package = Package(
    name: "portdash",
    products: [
        .executable(name: "portdash", targets: ["portdash"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // Domain values and rules. Pure.
        .target(name: "PortingModel"),
        // The database contract, read-only loading, demo data. The only importer of GRDB (and of its
        // GRDBSQLite, to step the big tables' statements directly).
        .target(
            name: "OrderStore",
            dependencies: [
                "PortingModel", "CSQLDigest",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]),
        // The row-digest aggregate's callbacks, in C: SQLite calls them once per row.
        .target(name: "CSQLDigest", linkerSettings: [.linkedLibrary("sqlite3")]),
        // Page plan, view models, aggregates, SVG charts, exports. Pure.
        .target(name: "Dashboard", dependencies: ["PortingModel"]),
        // Theme loading and Mustache rendering. The only importer of Mustache.
        .target(
            name: "Theme",
            dependencies: [
                "Dashboard",
                "PortingModel",
                .product(name: "Mustache", package: "swift-mustache"),
            ]),
        // Small C shims for system calls Swift does not import (renameat2, flock).
        .target(name: "CSystemShims"),
        // The output folder: manifest, staging, atomic swap, lock, file-system seam.
        .target(name: "Publisher", dependencies: ["PortingModel", "CSystemShims"]),
        // The pipeline: store -> dashboard -> theme -> publisher.
        .target(name: "SiteBuilder", dependencies: ["PortingModel", "OrderStore", "Dashboard", "Theme", "Publisher"]),
        // `portdash serve`: the pipeline in a loop, the output over HTTP, live reload. The only importer of FlyingFox.
        .target(
            name: "Server",
            dependencies: [
                "SiteBuilder", "Publisher", "PortingModel", "Dashboard", "Theme",
                .product(name: "FlyingFox", package: "FlyingFox"),
            ]),
        // `portdash notify`: status emails through a sendmail-compatible command, and the digest.
        .target(name: "Notifier", dependencies: ["OrderStore", "Dashboard", "PortingModel"]),
        .executableTarget(
            name: "portdash",
            dependencies: [
                "SiteBuilder", "OrderStore", "PortingModel", "Publisher", "Dashboard", "Server", "Notifier", "CSystemShims",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // Fixtures from SQL text, temporary folders, a CLI runner.
        .target(name: "TestSupport", dependencies: ["OrderStore", "PortingModel", "Publisher", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "PortingModelTests", dependencies: ["PortingModel"]),
        .testTarget(name: "OrderStoreTests", dependencies: ["OrderStore", "PortingModel", "TestSupport"]),
        .testTarget(name: "DashboardTests", dependencies: ["Dashboard", "PortingModel"]),
        .testTarget(
            name: "ThemeTests",
            dependencies: [
                "Theme", "Dashboard", "PortingModel", "TestSupport", .product(name: "Mustache", package: "swift-mustache"),
            ],
            // The Mustache specification's tests (MIT), read as fixtures by the differential test.
            exclude: ["mustache-spec"]),
        .testTarget(name: "PublisherTests", dependencies: ["Publisher", "PortingModel", "TestSupport"]),
        .testTarget(name: "ServerTests", dependencies: ["Server", "TestSupport"]),
        .testTarget(name: "NotifierTests", dependencies: ["Notifier", "Dashboard", "PortingModel", "TestSupport"]),
        .testTarget(
            name: "PortdashTests",
            dependencies: [
                "SiteBuilder", "OrderStore", "PortingModel", "Publisher", "TestSupport", "Dashboard", "Theme",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]),
    ],
    swiftLanguageModes: [.v6]
)
