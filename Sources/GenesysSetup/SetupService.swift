import GenesysClient
import WizardCore

/// Carries out the wizard's Genesys work (`GenesysWork`) with the API client and answers with the event
/// that `reduce` expects. The service layer of the executable runs it off the terminal's thread.
public actor SetupService {
    /// Starts the practice org and returns its base URL (the executable starts it as a child process).
    public typealias PracticeStarter = @Sendable () async throws(GenesysFailure) -> String

    private var client: GenesysClient?
    private let startPractice: PracticeStarter
    private let settings: GenesysClient.Settings
    private let transport: HTTPTransport

    public init(settings: GenesysClient.Settings = .init(), transport: HTTPTransport = CurlTransport(),
                startPractice: @escaping PracticeStarter) {
        self.settings = settings
        self.transport = transport
        self.startPractice = startPractice
    }

    public func perform(_ work: GenesysWork) async -> Event {
        do {
            switch work {
            case .connect(let target):
                let name = try await connect(target)
                return .genesysConnected(name, practiceOrg: await client?.loginServer == PracticeDefaults.serverName)
            case .survey(let targets):
                return .surveyed(try await SetupSurvey(client: try connected(), targets: targets).facts(for: StepID.genesysSteps))
            case .apply(let step, let targets, let lookUpFirst):
                let steps = SetupSteps(client: try connected(), targets: targets)
                return .applied(step, try await steps.apply(step, lookUpFirst: lookUpFirst))
            case .search(let kind, let query, let page):
                do {
                    let found = try await search(kind, query: query, page: page, client: try connected())
                    return .searched(kind, query: query, page: page, found)
                } catch {
                    // Only the picker that asked hears of it: a search never stops the plan.
                    return .searchFailed(kind, query: query, page: page, error)
                }
            case .check(let step, let targets):
                return .checked(step, try await SetupSurvey(client: try connected(), targets: targets).facts(for: [step]))
            case .sendTestMessage(let request):
                let id = try await run { client throws(APIError) in try await TestMessageRun(client: client, request: request).send() }
                return .testMessageSent(request, conversationID: id)
            case .followTestMessage(let request, let conversationID):
                let outcome = try await run { client throws(APIError) in
                    try await TestMessageRun(client: client, request: request).follow(conversationID)
                }
                return .testMessageFollowed(conversationID: conversationID, outcome)
            case .endTestConversation(let conversationID):
                do {
                    _ = try await run { client throws(APIError) in try await TestConversation(client: client).end(conversationID) }
                    return .testConversationEnded(conversationID, failure: nil)
                } catch {
                    // Said only through the record, which stays: the next test or an undo ends it.
                    return .testConversationEnded(conversationID, failure: error)
                }
            case .remove(let removal):
                return .removed(removal, try await run { client throws(APIError) in try await SetupRemoval(client: client).remove(removal) })
            }
        } catch {
            return .genesysFailed(error)
        }
    }

    /// Runs calls on the connected client, their errors told in the wizard's terms.
    private func run<T>(_ body: (GenesysClient) async throws(APIError) -> T) async throws(GenesysFailure) -> T {
        let client = try connected()
        do { return try await body(client) } catch { throw error.failure }
    }

    private func connected() throws(GenesysFailure) -> GenesysClient {
        guard let client else { throw .notConnected }
        return client
    }

    /// Logs in; returns the name of what the wizard is connected to.
    private func connect(_ target: ConnectionTarget) async throws(GenesysFailure) -> String {
        let endpoint: Endpoint, credentials: ClientCredentials, name: String
        switch target {
        case .practice:
            let base = try await startPractice()
            endpoint = try Self.endpoint(base)
            credentials = ClientCredentials(clientID: PracticeDefaults.clientID, clientSecret: PracticeDefaults.clientSecret)
            name = base.hasPrefix("http://") ? String(base.dropFirst("http://".count)) : base
        case .org(let location, let clientID, let secret):
            if let region = Region.named(location) {
                endpoint = region.endpoint
                name = region.key
            } else {
                endpoint = try Self.endpoint(location)
                name = endpoint.apiBase
            }
            credentials = ClientCredentials(clientID: clientID, clientSecret: secret)
        }
        let client = GenesysClient(endpoint: endpoint, credentials: credentials, transport: transport, settings: settings)
        do {
            try await client.connect()
        } catch {
            throw error.failure
        }
        self.client = client
        return name
    }

    private static func endpoint(_ text: String) throws(GenesysFailure) -> Endpoint {
        do {
            return try Endpoint.custom(text)
        } catch .plainHTTPToAnotherHost {
            throw .plainHTTPToAnotherHost
        } catch {
            throw .unknownLocation(text)
        }
    }

    /// One page of names containing `query`, filtered by the server (Genesys's `*` wildcards).
    private func search(_ kind: PickerKind, query: String, page: Int, client: GenesysClient) async throws(GenesysFailure) -> PickerPage {
        let pattern = query.isEmpty ? nil : "*\(query)*"
        do {
            switch kind {
            case .queue:
                let listing = try await client.queues(named: pattern, page: page, pageSize: Picker.pageSize)
                return PickerPage(names: (listing.entities ?? []).compactMap(\.name), total: listing.total)
            case .flow:
                let listing = try await client.inboundMessageFlows(named: pattern, page: page, pageSize: Picker.pageSize)
                return PickerPage(names: (listing.entities ?? []).compactMap(\.name), total: listing.total)
            }
        } catch {
            throw error.failure
        }
    }
}

extension APIError {
    /// The failure in the terms of the wizard's texts.
    var failure: GenesysFailure {
        switch kind {
        case .badCredentials: return .badCredentials
        case .notALoginService: return .notALoginService(status: status ?? 404)
        case .tokenRefused: return .tokenRefused
        case .missingPermission(let permission): return .missingPermission(permission)
        case .notFound: return .notFound(operation: operation, detail: detail)
        case .duplicate: return .duplicate(operation: operation)
        case .rejected: return .rejected(status: status ?? 400, message: detail)
        case .rateLimited(let seconds): return .rateLimited(retryAfterSeconds: seconds)
        case .serverError: return .serverError(status: status ?? 500)
        case .timeout: return .timeout
        case .unreachable: return .unreachable(detail)
        case .tls: return .tls(detail)
        case .noHTTPLibrary: return .noHTTPLibrary(detail)
        case .unexpectedResponse: return .unexpectedResponse(detail)
        case .jobFailed: return .flowPublishFailed(detail)
        case .creationFailed: return .integrationFailed(detail)
        case .requestFailed: return .requestFailed(detail)
        }
    }
}
