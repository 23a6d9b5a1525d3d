import DurableFiles
import Dispatch
import FoundationEssentials

/// Writes snapshots of the org to its state file, in the order they were taken, on a queue of its own: the
/// encoding and the fsync never hold up the calls that the actor serves meanwhile.
struct StateFileWriter: Sendable {
    /// How long changes gather before one write takes them all: what a kill may lose at most, besides the
    /// write itself.
    static let coalescing = Duration.milliseconds(20)

    let path: String
    private let queue: DispatchQueue

    init(path: String) {
        self.path = path
        queue = DispatchQueue(label: "omwizard.practice.state-file")
    }

    /// Encodes and writes `snapshot` durably (mode 0600); returns whether it is on disk.
    @discardableResult
    func write(_ snapshot: StateSnapshot) async -> Bool {
        await withCheckedContinuation { continuation in
            queue.async {
                continuation.resume(returning: Self.writeNow(snapshot, to: path))
            }
        }
    }

    /// Waits until every write handed over so far is done.
    func finish() async {
        await withCheckedContinuation { continuation in queue.async { continuation.resume() } }
    }

    static func writeNow(_ snapshot: StateSnapshot, to path: String) -> Bool {
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let data = switch snapshot {
            case .org(let org): try encoder.encode(org)
            case .room(let room): try encoder.encode(room)
            }
            let text = String(decoding: data, as: UTF8.self)
            try TextFileWriter.write(text, to: path, creatingFolder: true)
            return true
        } catch {
            return false
        }
    }
}

/// What a state file holds: one org, or a room's trainees with their clients.
enum StateSnapshot: Sendable {
    case org(Org)
    case room(RoomFile)
}
