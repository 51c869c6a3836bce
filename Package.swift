// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Storyline",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "storyline", targets: ["storyline"]),
        .library(name: "StorylineCore", targets: ["StorylineCore"]),
        .library(name: "StorylineText", targets: ["StorylineText"]),
        .library(name: "StorylineExtract", targets: ["StorylineExtract"]),
        .library(name: "StorylineGrouping", targets: ["StorylineGrouping"]),
        .library(name: "StorylineStore", targets: ["StorylineStore"]),
        .library(name: "StorylineAnalysis", targets: ["StorylineAnalysis"]),
        .library(name: "StorylineReports", targets: ["StorylineReports"]),
        .library(name: "StorylineFetch", targets: ["StorylineFetch"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        // Comes with AsyncHTTPClient; named so StorylineFetch and the test server can import its modules.
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.100.0"),
    ],
    targets: [
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        // icu-i18n (charset detection) requires icu-uc (conversion), so one pkg-config name brings both.
        .systemLibrary(name: "CICU", pkgConfig: "icu-i18n", providers: [.apt(["libicu-dev"])]),
        .target(name: "StorylineCore"),
        .target(name: "StorylineText", dependencies: ["StorylineCore"]),
        .target(
            name: "StorylineExtract",
            dependencies: ["StorylineCore", "StorylineText", "CLibXML2", "CZlib", "CICU"]
        ),
        .target(name: "StorylineGrouping", dependencies: ["StorylineCore", "StorylineText"]),
        .target(
            name: "StorylineAnalysis",
            dependencies: ["StorylineCore", "StorylineText", "StorylineExtract", "StorylineGrouping"]
        ),
        .target(name: "StorylineReports", dependencies: ["StorylineAnalysis"]),
        .target(
            name: "StorylineStore",
            dependencies: ["StorylineCore", "StorylineGrouping", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // A separate target: AsyncHTTPClient (SwiftNIO, BoringSSL) adds minutes to a clean build.
        .target(
            name: "StorylineFetch",
            dependencies: [
                "StorylineCore", "CZlib",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ]
        ),
        .executableTarget(
            name: "storyline",
            dependencies: [
                "StorylineCore", "StorylineText", "StorylineExtract", "StorylineGrouping", "StorylineStore",
                "StorylineAnalysis", "StorylineReports", "StorylineFetch",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
            ],
            resources: [.copy("Resources/samples")]
        ),
        .target(name: "StorylineTestSupport", dependencies: ["StorylineCore"], resources: [.copy("Resources")]),
        .testTarget(name: "StorylineTextTests", dependencies: ["StorylineText"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "StorylineExtractTests",
            dependencies: ["StorylineExtract"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "StorylineGroupingTests", dependencies: ["StorylineGrouping", "StorylineTestSupport"]),
        .testTarget(
            name: "StorylineAnalysisTests",
            dependencies: ["StorylineAnalysis", "StorylineTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "StorylineReportsTests", dependencies: ["StorylineReports", "StorylineTestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "StorylineStoreTests", dependencies: ["StorylineStore", "StorylineTestSupport"]),
        // The local HTTP server the fetch and CLI tests serve fixtures from (no internet in tests).
        .target(
            name: "StorylineFetchTestSupport",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ]
        ),
        .testTarget(
            name: "StorylineFetchTests",
            dependencies: ["StorylineFetch", "StorylineFetchTestSupport", "StorylineTestSupport", "CZlib"]
        ),
        .testTarget(
            name: "StorylineCLITests",
            dependencies: ["storyline", "StorylineStore", "StorylineTestSupport", "StorylineFetchTestSupport"],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
