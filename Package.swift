// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "briefing",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "briefing", targets: ["briefing"]),
        .library(name: "BriefingCore", targets: ["BriefingCore"]),
        .library(name: "BriefingCharts", targets: ["BriefingCharts"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(
            name: "BriefingMarkdown",
            dependencies: ["CCmark"]
        ),
        .target(
            name: "BriefingCharts"
        ),
        .target(
            name: "BriefingCore",
            dependencies: [
                "BriefingMarkdown",
                "BriefingCharts",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "BriefingServer",
            dependencies: [
                "BriefingCore",
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        .executableTarget(
            name: "briefing",
            dependencies: [
                "BriefingCore",
                "BriefingServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "briefing-bench",
            dependencies: ["BriefingCore"],
            path: "Sources/BriefingBench"
        ),
        .testTarget(
            name: "BriefingMarkdownTests",
            dependencies: ["BriefingMarkdown"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "BriefingChartsTests",
            dependencies: ["BriefingCharts"]
        ),
        .testTarget(
            name: "BriefingCoreTests",
            dependencies: ["BriefingCore", "BriefingCharts"]
        ),
        .testTarget(
            name: "BriefingServerTests",
            dependencies: ["BriefingServer"]
        ),
        .testTarget(
            name: "BriefingEndToEndTests",
            dependencies: ["BriefingCore"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// The libFuzzer target exists only when asked for (`make fuzz` sets BRIEFING_FUZZ=1): it has no `main`
// of its own, so it links only with `-sanitize=fuzzer`.
if Context.environment["BRIEFING_FUZZ"] != nil {
    package.targets.append(
        .executableTarget(
            name: "BriefingFuzz",
            dependencies: ["BriefingCore"],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        )
    )
}
