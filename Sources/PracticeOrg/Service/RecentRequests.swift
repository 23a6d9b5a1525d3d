/// The requests a practice org served, as "METHOD /path", oldest first: the last `capacity` of them, and how
/// many there were in all. A trainer's day (thirty trainees, each setup a few dozen calls, the wizard's checks,
/// retries) then stays within a few hundred KiB, where a list of every request would grow all day.
struct RecentRequests {
    /// Far more than a benchmark's run asks for (it forgets the list first), far less than a day.
    static let defaultCapacity = 10_000

    let capacity: Int
    /// Every request counted, including those no longer kept.
    private(set) var total = 0
    private var kept: [String] = []

    init(capacity: Int = defaultCapacity) {
        self.capacity = capacity
    }

    mutating func append(_ request: String) {
        total += 1
        kept.append(request)
        // Trimmed once in a while rather than on every request: the copy it costs is then shared by
        // `capacity` appends.
        if kept.count >= 2 * capacity { kept.removeFirst(kept.count - capacity) }
    }

    /// The last `capacity` requests, oldest first.
    var last: [String] { Array(kept.suffix(capacity)) }

    mutating func forget() {
        total = 0
        kept = []
    }
}
