import FoundationEssentials
import GenesysClient
import PracticeOrg
import TerminalUI
import WizardCore
import WizardUI

/// `omwizard practice room`: reads a practice org's room every second and shows it, until the trainer
/// presses q (or Esc, or Ctrl-C). The view only reads; it never changes an org.
public struct RoomWatcher: Sendable {
    /// The practice org's address, as "http://127.0.0.1:8787".
    let address: String
    let texts: RoomTexts
    let transport: any HTTPTransport

    public init(address: String, texts: RoomTexts, transport: any HTTPTransport = CurlTransport()) {
        self.address = address
        self.texts = texts
        self.transport = transport
    }

    /// One read of the room: the report, or why there is none, in the trainer's words.
    public func read() async -> Result<RoomReport, RoomReadFailure> {
        let request = TransportRequest(method: "GET", url: address + "/practice/room", mayBeRepeated: true)
        do throws(TransportFailure) {
            let response = try await transport.send(request, timeoutSeconds: 3)
            if response.status == 403 { return .failure(.refused) }
            guard response.status == 200,
                  let report = try? JSONDecoder().decode(RoomReport.self, from: Data(response.body)) else {
                return .failure(.notARoom(status: response.status))
            }
            return .success(report)
        } catch {
            switch error {
            case .timeout: return .failure(.timedOut)
            case .unreachable(let detail), .tls(let detail), .noHTTPLibrary(let detail), .other(let detail):
                return .failure(.unreachable(detail))
            }
        }
    }

    /// The board with the latest read in it: a failed read keeps the report read before.
    public func board(after result: Result<RoomReport, RoomReadFailure>, previous: RoomBoard?) -> RoomBoard {
        var board = previous ?? RoomBoard(address: address, texts: texts)
        switch result {
        case .success(let report):
            board.report = report
            board.problem = nil
        case .failure(let failure):
            board.problem = texts.unreachable(address, texts.readFailure(failure))
        }
        return board
    }

    /// The live view, on the terminal, until the trainer leaves. Returns the exit status.
    public func watch(colors: Bool) async -> Int32 {
        let terminal = Terminal(colors: colors)
        defer { terminal.restore() }
        var latest: RoomBoard?
        var size = terminal.size
        while true {
            var shown = board(after: await read(), previous: latest)
            latest = shown
            terminal.paint(shown.grid(size))
            // Keys until the next read is due, a second after this one.
            let due = ContinuousClock.now + .seconds(1)
            while ContinuousClock.now < due {
                let left = ContinuousClock.now.duration(to: due).components
                let milliseconds = Int32(max(1, left.seconds * 1000 + left.attoseconds / 1_000_000_000_000_000))
                guard let input = terminal.read(timeout: milliseconds, wakeUp: nil) else { break }
                switch input {
                case .key(.character("q")), .key(.character("Q")), .key(.escape), .key(.control("c")):
                    return 0
                case .hangup:
                    return 0
                case .stopped(let signal):
                    return 128 + signal
                case .resized(let newSize):
                    size = newSize
                case .key(let key):
                    guard let rows = Self.scrolling(key, page: shown.traineeRows(size)) else { continue }
                    shown.scroll(by: rows, in: size)
                case .paste:
                    continue
                }
                latest = shown
                terminal.paint(shown.grid(size))
            }
        }
    }
}

extension RoomWatcher {
    /// The rows a key scrolls by, if it scrolls.
    static func scrolling(_ key: Key, page: Int) -> Int? {
        switch key {
        case .up: -1
        case .down: 1
        case .pageUp: -page
        case .pageDown: page
        case .home: -Int(Int32.max)
        case .end: Int(Int32.max)
        default: nil
        }
    }
}

/// Why the room could not be read.
public enum RoomReadFailure: Error, Equatable, Sendable {
    case timedOut
    /// What libcurl said.
    case unreachable(String)
    /// Something answered, but not a practice org's room.
    case notARoom(status: Int)
    /// The practice org answered, but its administration answers only the computer it runs on.
    case refused
}
