/// Inbound message flows, and publishing one through Architect's jobs API.
extension GenesysClient {
    public static let inboundMessageFlowType = "inboundshortmessage"

    /// One page of inbound message flows whose name matches `pattern` (`*` wildcards allowed).
    public func inboundMessageFlows(named pattern: String?, page: Int = 1, pageSize: Int = 25) async throws(APIError) -> Listing<Flow> {
        var query = [("type", Self.inboundMessageFlowType), ("pageNumber", "\(page)"), ("pageSize", "\(pageSize)")]
        if let pattern, !pattern.isEmpty { query.append(("name", pattern)) }
        return try await call("GET", "/api/v2/flows", query: query, permission: "architect:flow:view")
    }

    /// The inbound message flow with exactly this name (any case), published or not, or nil.
    public func inboundMessageFlow(named name: String) async throws(APIError) -> Flow? {
        let listing = try await inboundMessageFlows(named: name)
        return listing.entities?.first { $0.name.lowercased() == name.lowercased() }
    }

    /// Creates or updates a flow from an Archy YAML document and publishes it: registers a job, uploads the
    /// file to the URL the job gives, then asks about the job until it ends. Returns the published flow.
    public func publishFlow(archyYAML: String) async throws(APIError) -> EntityReference {
        let registered: RegisteredJob = try await call("POST", "/api/v2/flows/jobs", permission: "architect:job:create")
        try await upload(Array(archyYAML.utf8), to: registered.presignedUrl, headers: registered.headers ?? [:])
        return try await waitForJob(registered.id)
    }

    /// Asks about a job until it succeeds (the flow) or fails (its messages, as Architect wrote them).
    public func waitForJob(_ jobID: String) async throws(APIError) -> EntityReference {
        let operation = "GET /api/v2/flows/jobs/\(jobID)"
        let deadline = ContinuousClock.now + .seconds(settings.jobTimeoutSeconds)
        while ContinuousClock.now < deadline {
            let job: ArchitectJob = try await call("GET", "/api/v2/flows/jobs/\(jobID)", query: [("expand", "messages")],
                                                   permission: "architect:job:view")
            switch job.status.lowercased() {
            case "success":
                guard let flow = job.flow else {
                    throw APIError(kind: .unexpectedResponse, detail: "the job succeeded without naming its flow",
                                   operation: operation)
                }
                return flow
            case "failure":
                let messages = (job.messages ?? []).map(\.text).joined(separator: " ")
                throw APIError(kind: .jobFailed, detail: messages.isEmpty ? "no message" : messages, operation: operation)
            default:
                await Self.sleep(seconds: settings.pollSeconds)
            }
        }
        throw APIError(kind: .timeout, detail: "the Architect job did not finish in time", operation: operation)
    }
}
