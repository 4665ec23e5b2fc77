// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Qingdan",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Qingdan", targets: ["Qingdan"]),
        .library(name: "QingdanDataset", targets: ["QingdanDataset"]),
        .executable(name: "qingdan", targets: ["qingdan"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        // Thin wrappers over the C libraries; Debian: libpoppler-glib-dev, libxml2-dev.
        .systemLibrary(
            name: "CPoppler",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // The drawing of a PDF page read through poppler's own interpreter (C++, not in
        // poppler-glib): the ruling lines without rendering. Debian: libpoppler-private-dev.
        .target(
            name: "CPopplerDrawing",
            cxxSettings: [.unsafeFlags(["-I/usr/include/poppler"])],
            linkerSettings: [.linkedLibrary("poppler"), .linkedLibrary("stdc++")]
        ),
        .target(
            name: "Qingdan",
            dependencies: [
                "CPoppler",
                "CPopplerDrawing",
                "CLibXML2",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            // The JSON schemas are the project's contract, read by the tests and the documentation.
            exclude: ["Schema"]
        ),
        // The canonical dataset (SQLite through GRDB; Debian: libsqlite3-dev). A target of its own so
        // that the conversion library and its consumers build without GRDB.
        .target(
            name: "QingdanDataset",
            dependencies: [
                "Qingdan",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // `qingdan serve`: the web app for clerks (pages, JSON API, conversions in child processes,
        // and with --dataset the dataset's page, read-only).
        .target(
            name: "QingdanServer",
            dependencies: [
                "Qingdan",
                "QingdanDataset",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        .executableTarget(
            name: "qingdan",
            dependencies: [
                "Qingdan",
                "QingdanDataset",
                "QingdanServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "QingdanTests",
            // The CLI is a dependency so that `swift test` builds the binary the CLI tests run.
            dependencies: [
                "Qingdan", "qingdan", "QingdanDataset", "QingdanServer",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            resources: [.copy("Fixtures")]
        ),
    ],
    cxxLanguageStandard: .cxx17
)
