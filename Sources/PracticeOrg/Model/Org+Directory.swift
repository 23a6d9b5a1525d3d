/// Users, queues and their members.
extension Org {
    func searchUsers(_ request: UserSearchRequest) throws(APIFailure) -> UserSearchResponse {
        guard let criteria = request.query, !criteria.isEmpty else {
            throw .invalidValue("query", "A search needs at least one query criteria.")
        }
        let matches = users.filter { user in criteria.allSatisfy { $0.matches(user) } }
        let page = try PageRequest(size: request.pageSize, number: request.pageNumber, maxSize: 100)
        return UserSearchResponse(total: matches.count, pageCount: max(1, (matches.count + page.size - 1) / page.size),
                                  pageSize: page.size, pageNumber: page.number, types: ["users"], results: page.slice(matches))
    }

    func queue(_ id: String) throws(APIFailure) -> Queue {
        guard let queue = queues.first(where: { $0.id == id }) else { throw .notFound("queue", id) }
        return queue
    }

    func listQueues(name: String?, page: PageRequest, path: String = "/api/v2/routing/queues") -> EntityListing<Queue> {
        let filter = name.map(NameFilter.init)
        let matches = filter.map { filter in queues.filter { filter.matches($0.name) } } ?? queues
        return page.listing(matches, path: path, query: name.map { [("name", $0)] } ?? [])
    }

    /// Creates a queue; the list stays sorted by name, as Genesys lists queues.
    mutating func createQueue(_ request: CreateQueueRequest, now: Double, id: String = newID()) throws(APIFailure) -> Queue {
        guard let name = request.name?.trimmed, !name.isEmpty else {
            throw .invalidValue("name", "The queue name is required.")
        }
        if queues.contains(where: { $0.name.lowercased() == name.lowercased() }) { throw .conflict("queue", name) }
        let queue = Queue(id: id, name: name, description: request.description, division: .home,
                          dateCreated: ISOTime.string(now), dateModified: ISOTime.string(now), memberCount: 0,
                          userMemberCount: 0, joinedMemberCount: 0, selfUri: "/api/v2/routing/queues/\(id)")
        let key = name.lowercased()
        queues.insert(queue, at: queues.firstIndex { $0.name.lowercased() > key } ?? queues.count)
        return queue
    }

    func listMembers(queueId: String, page: PageRequest) throws(APIFailure) -> MemberListing {
        _ = try queue(queueId)
        let all = members[queueId] ?? []
        let path = "/api/v2/routing/queues/\(queueId)/members"
        func uri(_ number: Int) -> String {
            URI.make(path, [("pageSize", "\(page.size)"), ("pageNumber", "\(number)")])
        }
        let hasNext = page.number * page.size < all.count
        return MemberListing(entities: page.slice(all), pageSize: page.size, pageNumber: page.number, firstUri: uri(1),
                             nextUri: hasNext ? uri(page.number + 1) : nil,
                             previousUri: page.number > 1 ? uri(page.number - 1) : nil, selfUri: uri(page.number))
    }

    /// Adds (or with `delete` removes) up to 100 users; adding a member twice changes nothing.
    mutating func changeMembers(queueId: String, userIds: [String], delete: Bool) throws(APIFailure) {
        let index = try queueIndex(queueId)
        guard userIds.count <= 100 else {
            throw .invalidValue("body", "At most 100 members can be added or removed per request; got \(userIds.count).")
        }
        guard !userIds.isEmpty else { throw .invalidValue("body", "The request names no members.") }
        var current = members[queueId] ?? []
        for userId in userIds {
            guard let user = users.first(where: { $0.id == userId }) else {
                throw .invalidValue("id", "The user \(userId) does not exist.")
            }
            if delete {
                current.removeAll { $0.id == userId }
            } else if !current.contains(where: { $0.id == userId }) {
                current.append(QueueMember(
                    id: user.id, name: user.name,
                    user: .init(id: user.id, name: user.name, email: user.email, selfUri: user.selfUri),
                    ringNumber: 1, joined: true, memberBy: "user",
                    selfUri: "/api/v2/routing/queues/\(queueId)/members/\(user.id)"))
            }
        }
        // A queue left without members has no entry, as one that never had any.
        members[queueId] = current.isEmpty ? nil : current
        queues[index].memberCount = current.count
        queues[index].userMemberCount = current.count
        queues[index].joinedMemberCount = current.filter(\.joined).count
    }

    /// Deletes a queue and its memberships.
    mutating func deleteQueue(_ id: String) throws(APIFailure) {
        let index = try queueIndex(id)
        queues.remove(at: index)
        members[id] = nil
    }

    /// Removes one member (DELETE /routing/queues/{queueId}/members/{memberId}); one who is not a member is
    /// a 404, as the member is the resource.
    mutating func removeMember(queueId: String, userId: String) throws(APIFailure) {
        _ = try queueIndex(queueId)
        guard members[queueId]?.contains(where: { $0.id == userId }) == true else { throw .notFound("queue member", userId) }
        try changeMembers(queueId: queueId, userIds: [userId], delete: true)
    }

    private func queueIndex(_ id: String) throws(APIFailure) -> Int {
        guard let index = queues.firstIndex(where: { $0.id == id }) else { throw .notFound("queue", id) }
        return index
    }
}

struct CreateQueueRequest: Decodable, Sendable {
    var name: String?
    var description: String?
}

struct UserSearchRequest: Decodable, Sendable {
    var query: [Criteria]?
    var pageSize: Int?
    var pageNumber: Int?

    struct Criteria: Decodable, Sendable {
        var type: String
        var fields: [String]?
        var value: String?

        /// EXACT, STARTS_WITH and CONTAINS over name, email and username, case-insensitive.
        func matches(_ user: User) -> Bool {
            guard let value = value?.lowercased() else { return false }
            let candidates = (fields ?? ["email"]).compactMap { field -> String? in
                switch field {
                case "email": return user.email
                case "name": return user.name
                case "username": return user.username
                case "id": return user.id
                default: return nil
                }
            }.map { $0.lowercased() }
            switch type {
            case "EXACT": return candidates.contains(value)
            case "STARTS_WITH": return candidates.contains { $0.hasPrefix(value) }
            case "CONTAINS": return candidates.contains { $0.contains(value) }
            default: return false
            }
        }
    }
}

struct UserSearchResponse: Encodable, Sendable {
    var total: Int
    var pageCount: Int
    var pageSize: Int
    var pageNumber: Int
    var types: [String]
    var results: [User]
}

extension String {
    var trimmed: String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
