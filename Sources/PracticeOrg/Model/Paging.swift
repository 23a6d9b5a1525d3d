import TextCoding

/// The standard listing envelope (`entities`, `pageSize`, `pageNumber`, `total`, `pageCount`, and the URIs).
struct EntityListing<Entity: Encodable & Sendable>: Encodable, Sendable {
    var entities: [Entity]
    var pageSize: Int
    var pageNumber: Int
    var total: Int
    var pageCount: Int
    var firstUri: String
    var nextUri: String?
    var previousUri: String?
    var lastUri: String
    var selfUri: String
}

/// The queue members listing: no `total` or `pageCount`, so clients follow `nextUri` (as the reference says).
struct MemberListing: Encodable, Sendable {
    var entities: [QueueMember]
    var pageSize: Int
    var pageNumber: Int
    var firstUri: String
    var nextUri: String?
    var previousUri: String?
    var selfUri: String
}

/// Which page a request asked for, checked against the endpoint's limits.
struct PageRequest: Equatable, Sendable {
    var size: Int
    var number: Int

    /// Far past any real listing, and small enough that size × number cannot overflow.
    static let largestPageNumber = 1_000_000

    init(size: Int?, number: Int?, maxSize: Int = 500, maxNumber: Int = PageRequest.largestPageNumber) throws(APIFailure) {
        self.size = size ?? 25
        self.number = number ?? 1
        guard (1...maxSize).contains(self.size) else {
            throw .invalidValue("pageSize", "pageSize must be between 1 and \(maxSize).")
        }
        guard (1...maxNumber).contains(self.number) else {
            throw .invalidValue("pageNumber", "pageNumber must be between 1 and \(maxNumber).")
        }
    }

    func slice<T>(_ items: [T]) -> [T] {
        let start = (number - 1) * size
        guard start < items.count else { return [] }
        return Array(items[start..<min(items.count, start + size)])
    }

    func listing<T>(_ items: [T], path: String, query: [(String, String)]) -> EntityListing<T> {
        let pageCount = max(1, (items.count + size - 1) / size)
        func uri(_ page: Int) -> String { URI.make(path, query + [("pageSize", "\(size)"), ("pageNumber", "\(page)")]) }
        return EntityListing(
            entities: slice(items), pageSize: size, pageNumber: number, total: items.count, pageCount: pageCount,
            firstUri: uri(1), nextUri: number < pageCount ? uri(number + 1) : nil,
            previousUri: number > 1 ? uri(number - 1) : nil, lastUri: uri(pageCount), selfUri: uri(number))
    }
}

enum URI {
    static func make(_ path: String, _ query: [(String, String)]) -> String {
        guard !query.isEmpty else { return path }
        return path + "?" + query.map { "\($0.0)=\(PercentEncoding.encode($0.1))" }.joined(separator: "&")
    }
}

/// Genesys's name filter: exact, case-insensitive, with `*` allowed at the start and/or the end.
struct NameFilter: Sendable {
    private let needle: String
    private let leading: Bool
    private let trailing: Bool

    init(_ pattern: String) {
        var text = pattern.lowercased()
        leading = text.hasPrefix("*")
        if leading { text.removeFirst() }
        trailing = text.hasSuffix("*")
        if trailing { text.removeLast() }
        needle = text
    }

    func matches(_ name: String) -> Bool {
        let name = name.lowercased()
        switch (leading, trailing) {
        case (true, true): return needle.isEmpty || name.contains(needle)
        case (true, false): return name.hasSuffix(needle)
        case (false, true): return name.hasPrefix(needle)
        case (false, false): return name == needle
        }
    }
}
