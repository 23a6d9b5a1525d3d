/// Inbound message flows, and publishing one through Architect's jobs API.
///
/// Each call is one operation of Genesys's SDK (`purecloudplatformclientv2` 269.0.0), with its query names
/// and Content-Type; the permissions are the SDK docs'.
extension GenesysClient {
    public static let inboundMessageFlowType = "inboundshortmessage"

    /// One page of inbound message flows whose name matches `pattern` (`*` wildcards allowed), by name.
    ///
    /// `GET /api/v2/flows` (ArchitectApi.get_flows), query `type`, `pageNumber`, `pageSize`, `sortBy=name`
    /// (the default order is by id), `name`; permission `architect:flow:view`.
    public func inboundMessageFlows(named pattern: String?, page: Int = 1, pageSize: Int = 25) async throws(APIError) -> Listing<Flow> {
        var query = [("type", Self.inboundMessageFlowType), ("pageNumber", "\(page)"), ("pageSize", "\(pageSize)"),
                     ("sortBy", "name")]
        if let pattern, !pattern.isEmpty { query.append(("name", pattern)) }
        return try await call("GET", "/api/v2/flows", query: query, permission: "architect:flow:view")
    }

    /// `GET /api/v2/flows/{flowId}` (ArchitectApi.get_flow); permission `architect:flow:view`.
    public func flow(id: String) async throws(APIError) -> Flow {
        try await call("GET", "/api/v2/flows/\(id)", permission: "architect:flow:view")
    }

    /// The inbound message flow with exactly this name (any case), published or not, or nil. What `name`
    /// matches on /api/v2/flows is not documented, so no filter is trusted: every inbound message flow is
    /// read, page by page, and compared here (as Genesys's Terraform provider does). Missing one would
    /// publish over a flow the wizard did not make.
    public func inboundMessageFlow(named name: String) async throws(APIError) -> Flow? {
        try await firstEntity(where: { page throws(APIError) in try await inboundMessageFlows(named: nil, page: page, pageSize: 100) },
                              matching: { Self.sameName($0.name, name) })
    }

    /// Creates or updates a flow from an Archy YAML document and publishes it: registers a job, uploads the
    /// file to the URL the job gives, then asks about the job until it ends. Returns the published flow.
    ///
    /// `POST /api/v2/flows/jobs` (ArchitectApi.post_flows_jobs): its body, RegisterArchitectJobRequest, is
    /// optional; like Genesys's Python SDK without one, the client sends JSON `null` as application/json;
    /// permission `architect:job:create`. The upload is a PUT to the presigned URL with the headers the job
    /// names.
    public func publishFlow(archyYAML: String) async throws(APIError) -> EntityReference {
        try await waitForJob(try await startPublishing(archyYAML: archyYAML))
    }

    /// The first half of `publishFlow`: the job registered and its file uploaded; returns the job's id, by
    /// which the flow is known until the job ends.
    public func startPublishing(archyYAML: String) async throws(APIError) -> String {
        let registered: RegisteredJob = try await call("POST", "/api/v2/flows/jobs", body: JSONNull(),
                                                       permission: "architect:job:create")
        try await upload(Array(archyYAML.utf8), to: registered.presignedUrl, headers: registered.headers ?? [:])
        return registered.id
    }

    /// Asks about a job until it succeeds (the flow) or fails (its messages, as Architect wrote them).
    ///
    /// `GET /api/v2/flows/jobs/{jobId}` (ArchitectApi.get_flows_job), query `expand=messages` (without it
    /// the answer has no messages); permission `architect:job:view`.
    public func waitForJob(_ jobID: String) async throws(APIError) -> EntityReference {
        let operation = "GET /api/v2/flows/jobs/\(jobID)"
        let deadline = ContinuousClock.now + .seconds(settings.jobTimeoutSeconds)
        while ContinuousClock.now < deadline {
            let job: ArchitectJob = try await call("GET", "/api/v2/flows/jobs/\(jobID)", query: [("expand", "messages")],
                                                   permission: "architect:job:view")
            switch job.status?.lowercased() {
            case "success":
                guard let flow = job.flow else {
                    throw APIError(kind: .unexpectedResponse, detail: "the job succeeded without naming its flow",
                                   operation: operation)
                }
                return flow
            case "failure":
                let messages = (job.messages ?? []).compactMap(\.text).joined(separator: " ")
                throw APIError(kind: .jobFailed, detail: messages.isEmpty ? "no message" : messages, operation: operation)
            default:
                await Self.sleep(seconds: settings.pollSeconds)
            }
        }
        throw APIError(kind: .timeout, detail: "the Architect job did not finish in time", operation: operation)
    }
}
