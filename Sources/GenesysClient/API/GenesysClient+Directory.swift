/// Users, queues and queue members.
///
/// Each call is one operation of Genesys's SDK (`purecloudplatformclientv2` 269.0.0), with its query names,
/// its Content-Type (application/json for every POST) and only fields of its request model; the permissions
/// are the SDK docs' (any of them will do where they list several).
extension GenesysClient {
    /// The user with this email, or nil. A client-credentials token has no user of its own (/users/me is
    /// refused), so the admin's user is found by email, the way Genesys's Terraform provider does it.
    ///
    /// `POST /api/v2/users/search` (UsersApi.post_users_search), body UserSearchRequest
    /// `{query: [UserSearchCriteria {type, fields, value}], pageSize}`; permission `directory:user:view`.
    public func user(email: String) async throws(APIError) -> User? {
        struct Criterion: Encodable { var type = "EXACT"; var fields = ["email"]; var value: String }
        struct Search: Encodable { var query: [Criterion]; var pageSize = 25 }
        let answer: UserSearchResponse = try await call(
            "POST", "/api/v2/users/search", body: Search(query: [Criterion(value: email)]),
            permission: "directory:user:view")
        return answer.results.first { $0.email?.lowercased() == email.lowercased() }
    }

    /// One page of the queues whose name matches `pattern` (exact, or with `*` at either end), by name.
    ///
    /// `GET /api/v2/routing/queues` (RoutingApi.get_routing_queues), query `pageNumber`, `pageSize`, `name`;
    /// permission `routing:queue:view`.
    public func queues(named pattern: String?, page: Int = 1, pageSize: Int = 25) async throws(APIError) -> Listing<Queue> {
        var query = [("pageNumber", "\(page)"), ("pageSize", "\(pageSize)")]
        if let pattern, !pattern.isEmpty { query.append(("name", pattern)) }
        return try await call("GET", "/api/v2/routing/queues", query: query, permission: "routing:queue:view")
    }

    /// The queue with exactly this name (compared without regard to case: `sameName`), or nil: every page the
    /// name filter returns is read, since what else it matches is not documented.
    public func queue(named name: String) async throws(APIError) -> Queue? {
        try await firstEntity(where: { page throws(APIError) in try await queues(named: name, page: page, pageSize: 100) },
                              matching: { Self.sameName($0.name, name) })
    }

    /// `GET /api/v2/routing/queues/{queueId}` (RoutingApi.get_routing_queue); permission `routing:queue:view`.
    public func queue(id: String) async throws(APIError) -> Queue {
        try await call("GET", "/api/v2/routing/queues/\(id)", permission: "routing:queue:view")
    }

    /// `POST /api/v2/routing/queues` (RoutingApi.post_routing_queues), body CreateQueueRequest `{name}`;
    /// permission `routing:queue:add`.
    public func createQueue(named name: String) async throws(APIError) -> Queue {
        struct Request: Encodable { var name: String }
        return try await call("POST", "/api/v2/routing/queues", body: Request(name: name),
                              permission: "routing:queue:add", idempotent: false)
    }

    /// Whether the user is a direct member of the queue, following `nextUri` through the members (100 a
    /// page, the API's most).
    ///
    /// `GET /api/v2/routing/queues/{queueId}/members` (RoutingApi.get_routing_queue_members), query
    /// `pageSize`, `pageNumber`; permission any of `routing:queue:view`, `routing:queue:edit`,
    /// `routing:queue:readonly`, `routing:queueMember:manage` (the README asks for the first).
    public func isMember(userID: String, queueID: String, pageSize: Int = 100) async throws(APIError) -> Bool {
        try await firstMember(of: queueID, pageSize: pageSize) { $0.id == userID } != nil
    }

    /// A direct member of the queue, if it has one (read from the members: a queue's `memberCount` may lag).
    public func anyMember(queueID: String) async throws(APIError) -> QueueMember? {
        try await firstMember(of: queueID, pageSize: 100) { _ in true }
    }

    /// The first member that `matches`, following `nextUri` through the members.
    private func firstMember(of queueID: String, pageSize: Int,
                             where matches: (QueueMember) -> Bool) async throws(APIError) -> QueueMember? {
        var next: String? = "/api/v2/routing/queues/\(queueID)/members?pageSize=\(pageSize)&pageNumber=1"
        var pagesRead = 0
        // Bounded, so that a server repeating the same link cannot keep the wizard here (1,000 pages is
        // 100,000 members, far more than a queue has).
        while let path = next, pagesRead < 1_000 {
            pagesRead += 1
            let page: Listing<QueueMember> = try await call("GET", path, permission: "routing:queue:view")
            if let found = page.entities?.first(where: matches) { return found }
            next = page.entities?.isEmpty == false ? page.nextUri : nil
        }
        return nil
    }

    /// Adds users to a queue, 100 per call (the API's limit). Adding a member twice changes nothing.
    ///
    /// `POST /api/v2/routing/queues/{queueId}/members` (RoutingApi.post_routing_queue_members), body a list
    /// of WritableEntity `{id}`, no `delete`; permission any of `routing:queue:edit`,
    /// `routing:queueMember:manage` (the README asks for the first).
    public func addMembers(userIDs: [String], queueID: String) async throws(APIError) {
        struct Member: Encodable { var id: String }
        var start = 0
        while start < userIDs.count {
            let chunk = userIDs[start..<min(start + 100, userIDs.count)].map { Member(id: $0) }
            try await callWithoutAnswer("POST", "/api/v2/routing/queues/\(queueID)/members", body: chunk,
                                        permission: "routing:queue:edit")
            start += 100
        }
    }
}
