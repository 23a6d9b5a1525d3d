// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "omwizard",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "omwizard", targets: ["omwizard"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // The wide-character ncurses library, seen from Swift through a shim header.
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        // State machine, steps, validation, texts and the checkpoint: no terminal, no network.
        .target(name: "WizardCore"),
        // Durable, locked, versioned files for the checkpoint and the summary (POSIX calls, no Foundation I/O).
        .target(name: "CheckpointStorage", dependencies: ["WizardCore"]),
        // Renders a state into an in-memory grid of cells; pure, so tests and Screens/ use it directly.
        .target(name: "WizardUI", dependencies: ["WizardCore"]),
        // The thin ncurses layer: paints a grid, reads keys, restores the terminal.
        .target(name: "TerminalUI", dependencies: ["WizardUI", "CNcursesw"]),
        .executableTarget(
            name: "omwizard",
            dependencies: [
                "WizardCore", "WizardUI", "TerminalUI", "CheckpointStorage",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "WizardCoreTests", dependencies: ["WizardCore"]),
        .testTarget(name: "CheckpointStorageTests", dependencies: ["CheckpointStorage", "WizardCore"]),
        .testTarget(
            name: "WizardUITests",
            dependencies: ["WizardUI", "WizardCore"],
            exclude: ["README.md"]
        ),
    ]
)
