// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "omwizard",
    products: [
        .executable(name: "omwizard", targets: ["omwizard"]),
        .executable(name: "omwizard-practice", targets: ["omwizard-practice"]),
        .executable(name: "omwizard-apply", targets: ["omwizard-apply"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // No default traits: "FullFoundation" would load all of Foundation into the wizard (8 MiB more).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        // Reads answers files; it brings all of Foundation, so only omwizard-apply links it.
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // The wide-character ncurses library, seen from Swift through a shim header.
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        // Leaves that every layer may use: Base64, percent-encoding and trimming; durable, locked files.
        .target(name: "TextCoding"),
        .target(name: "DurableFiles"),
        // The practice org's faults and their command-line form: read by the practice org, and checked by
        // the wizard when its command line is read (the wizard does not link the practice org).
        .target(name: "PracticeFaults"),
        // State machine, steps, validation, texts and the checkpoint model: no terminal, no network, no files.
        .target(name: "WizardCore", dependencies: ["TextCoding"]),
        // HTTP through libcurl, loaded at the first request (the guided mode never pays for it).
        // Building needs curl's headers (Debian: libcurl4-openssl-dev); running needs only libcurl.so.4.
        .target(name: "CCurl", linkerSettings: [.linkedLibrary("dl")]),
        // The Genesys Cloud Platform API client: regions, OAuth, the setup's calls, errors, retries. No UI.
        .target(name: "GenesysClient", dependencies: ["CCurl", "TextCoding"], exclude: ["README.md"]),
        // Carries out the wizard's Genesys work (connect, survey, apply, check) with the client.
        .target(name: "GenesysSetup", dependencies: ["GenesysClient", "WizardCore"]),
        // The checkpoint's file: versioned, durable, locked, with its backups (POSIX calls, no Foundation I/O).
        .target(name: "CheckpointStorage", dependencies: ["DurableFiles", "WizardCore"]),
        // The setup in Genesys's own tooling: CX-as-Code (Terraform) and Archy files.
        .target(name: "SetupExports", dependencies: ["GenesysClient", "WizardCore"]),
        // What the programs share outside the full screen: the environment, where a profile's progress lives,
        // and the service layer that runs the reducer's effects (the full screen's session, and a headless one).
        .target(
            name: "WizardServices",
            dependencies: [
                "CheckpointStorage", "DurableFiles", "GenesysSetup", "WizardCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // An answers file read from YAML, each problem with its line: linked by omwizard-apply only.
        .target(name: "AnswersFiles", dependencies: ["DurableFiles", "TextCoding", "WizardCore", .product(name: "Yams", package: "Yams")]),
        // `apply`: the Automatic plan carried out headless on one org or many, a few at a time.
        .target(
            name: "ScriptedRuns",
            dependencies: [
                "AnswersFiles", "CheckpointStorage", "GenesysSetup", "WizardCore", "WizardServices",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Renders a state into an in-memory grid of cells; pure, so tests and Screens/ use it directly.
        .target(name: "WizardUI", dependencies: ["WizardCore"]),
        // A local Genesys Cloud: the API subset the setup uses, on 127.0.0.1, for trainers and tests.
        .target(
            name: "PracticeOrg",
            dependencies: [
                "DurableFiles", "PracticeFaults", "TextCoding", "WizardCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ],
            exclude: ["README.md"]
        ),
        // The line mode (--accessible): the same wizard as a conversation on standard input and output, for
        // screen readers, dumb terminals and pipes. No ncurses (WizardUI only for the width of a text).
        .target(name: "LineUI", dependencies: ["TextCoding", "WizardCore", "WizardServices", "WizardUI"]),
        // The thin ncurses layer: paints a grid, reads keys, restores the terminal.
        .target(name: "TerminalUI", dependencies: ["WizardCore", "WizardUI", "TextCoding", "CNcursesw"]),
        .executableTarget(
            name: "omwizard",
            dependencies: [
                "WizardCore", "WizardUI", "TerminalUI", "CheckpointStorage", "DurableFiles", "GenesysSetup", "GenesysClient",
                "PracticeFaults", "SetupExports", "WizardServices", "LineUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // A trainer's room: the live view of every trainee's progress (ncurses, through TerminalUI), and the
        // sheet of the trainees' OAuth clients.
        .target(
            name: "PracticeRoom",
            dependencies: ["DurableFiles", "GenesysClient", "PracticeOrg", "TerminalUI", "WizardCore", "WizardUI"]
        ),
        // The practice org's server as its own program: linking the server stack (SwiftNIO, Hummingbird) into
        // the wizard would add 3 MiB to every run of it. `omwizard practice` starts this program.
        .executableTarget(
            name: "omwizard-practice",
            dependencies: [
                "PracticeOrg", "PracticeFaults", "PracticeRoom", "CheckpointStorage", "DurableFiles", "TerminalUI", "WizardCore",
                "WizardServices",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        // `omwizard apply` starts this program: the YAML reader (and the Foundation it needs) would add 9 MiB
        // and 5 ms to every start of the wizard.
        .executableTarget(
            name: "omwizard-apply",
            dependencies: ["ScriptedRuns", "WizardServices", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "AnswersFilesTests", dependencies: ["AnswersFiles", "WizardCore"]),
        .testTarget(name: "ScriptedRunsTests", dependencies: ["ScriptedRuns", "WizardCore"]),
        .testTarget(name: "WizardCoreTests", dependencies: ["WizardCore"]),
        .testTarget(
            name: "PracticeRoomTests",
            dependencies: [
                "DurableFiles", "PracticeRoom", "PracticeOrg", "WizardCore", "WizardUI",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(name: "LineUITests", dependencies: ["LineUI", "WizardCore", "WizardServices", "CheckpointStorage"]),
        .testTarget(name: "SetupExportsTests", dependencies: ["SetupExports", "WizardCore"]),
        .testTarget(name: "CheckpointStorageTests", dependencies: ["CheckpointStorage", "DurableFiles", "WizardCore"]),
        .testTarget(
            name: "PracticeOrgTests",
            dependencies: [
                "PracticeOrg",
                "GenesysClient",
                "DurableFiles",
                "PracticeFaults",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .testTarget(
            name: "GenesysClientTests",
            dependencies: [
                "GenesysClient",
                "GenesysSetup",
                "PracticeOrg",
                "PracticeFaults",
                "WizardCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(
            name: "WizardUITests",
            dependencies: ["WizardUI", "WizardCore"],
            exclude: ["README.md"]
        ),
        // The executable's own logic that needs no terminal: how its command line is read, and the session's
        // loop with a scripted terminal.
        .testTarget(
            name: "OMWizardTests",
            dependencies: [
                "omwizard", "WizardCore", "WizardUI", "TerminalUI", "CheckpointStorage", "WizardServices",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
    ]
)
