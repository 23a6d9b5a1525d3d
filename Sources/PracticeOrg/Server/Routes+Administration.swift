import FoundationEssentials
import Hummingbird
import PracticeFaults

extension PracticeServer {
    /// /practice/...: for tests and trainers. No token: the server listens on 127.0.0.1 unless the trainer
    /// opts in with --listen. A request with an Origin header (a web page) is refused: see
    /// `AdministrationGuard`. In a room, `?trainee=N` (1-based) says whose org a call is about.
    ///   GET    /practice/room                   every trainee's progress (RoomReport): the trainer's view reads it
    ///   GET    /practice/state                  an org as JSON (integrations' secret tokens left out); in a room, ?trainee=N
    ///   POST   /practice/reset                  back to the seed: every org (no query at all), or ?trainee=N's alone
    ///   POST   /practice/save   {"path": ...}   write an org (?trainee=N in a room); no path: the --state file
    ///   POST   /practice/load   {"path": ...}   replace an org (?trainee=N in a room) with a saved one
    ///   GET    /practice/faults                 the faults waiting (the process's: any trainee's call may meet one)
    ///   POST   /practice/faults [Fault, ...]    add faults (see Fault)
    ///   DELETE /practice/faults                 remove them all
    ///   POST   /practice/expire-tokens          every token issued so far expires now
    ///   GET    /practice/requests               the last 10,000 API and login requests served ("GET /api/v2/..."), in order
    ///   DELETE /practice/requests               forget them (to count from now on)
    ///   GET    /practice/stats                  {requests, stateWrites}: how much was served and saved
    ///   POST   /practice/permissions/revoke {"permission": ...}, .../grant: a 403 on demand
    func addAdministrationRoutes(to router: Router<PracticeContext>) {
        router.get("/practice/room") { _, _ in
            JSONResponse.make(await service.roomReport())
        }
        router.get("/practice/state") { request, _ in
            await oneTrainee(request) { tenant in JSONResponse.make(await service.org(tenant)) }
        }
        router.post("/practice/reset") { request, _ in
            // Everyone only with no query at all: `?trainee=` with nothing, `?trainees=3`, any typo, is refused
            // rather than taken for everyone.
            guard !(request.uri.query ?? "").isEmpty else {
                await service.reset()
                return JSONResponse.empty()
            }
            return await oneTrainee(request) { tenant in
                await service.reset(tenant)
                return JSONResponse.empty()
            }
        }
        router.post("/practice/save") { request, _ in
            var request = request
            guard let path = try? await Self.decode(PathBody.self, from: &request).path else {
                return await service.saveStateFile() ? JSONResponse.empty()
                    : JSONResponse.failure(.badRequest("Nothing saved: give a path, or start with --state FILE."))
            }
            guard path.hasSuffix(".json") else {
                return JSONResponse.failure(.badRequest("The practice org saves only to a .json file."))
            }
            return await oneTrainee(request) { tenant in
                await service.save(tenant, to: path) ? JSONResponse.empty()
                    : JSONResponse.failure(.badRequest("Could not write \(path)."))
            }
        }
        router.post("/practice/load") { request, _ in
            var request = request
            guard let path = try? await Self.decode(PathBody.self, from: &request).path else {
                return JSONResponse.failure(.badRequest("Give the path of a saved org."))
            }
            return await oneTrainee(request) { tenant in
                await service.load(tenant, from: path) ? JSONResponse.empty()
                    : JSONResponse.failure(.badRequest("\(path) is not a saved practice org."))
            }
        }
        router.get("/practice/faults") { _, _ in
            JSONResponse.make(await service.activeFaults)
        }
        router.post("/practice/faults") { request, _ in
            var request = request
            guard let faults = try? await Self.decode([Fault].self, from: &request), faults.allSatisfy(\.isValid) else {
                return JSONResponse.failure(.badRequest(
                    "Send a JSON array of faults: kind latency, status, rate-limit, drop or expire-token; a path; "
                    + "a status between 400 and 599."))
            }
            await service.addFaults(faults)
            return JSONResponse.empty()
        }
        router.delete("/practice/faults") { _, _ in
            await service.clearFaults()
            return JSONResponse.empty()
        }
        router.get("/practice/requests") { _, _ in
            JSONResponse.make(await service.served)
        }
        router.get("/practice/stats") { _, _ in
            JSONResponse.make(await service.stats)
        }
        router.delete("/practice/requests") { _, _ in
            await service.forgetServedRequests()
            return JSONResponse.empty()
        }
        router.post("/practice/expire-tokens") { _, _ in
            await service.expireTokens()
            return JSONResponse.empty()
        }
        for (action, grant) in [("revoke", false), ("grant", true)] {
            router.post(RouterPath("/practice/permissions/\(action)")) { request, _ in
                var request = request
                guard let permission = try? await Self.decode(PermissionBody.self, from: &request).permission else {
                    return JSONResponse.failure(.badRequest("Send {\"permission\": \"routing:queue:add\"}."))
                }
                if grant { await service.grant(permission) } else { await service.revoke(permission) }
                return JSONResponse.empty()
            }
        }
    }
}

private struct PathBody: Decodable { var path: String }

extension PracticeServer {
    /// Runs an administration call about one org: `?trainee=N`'s, or the only one of a process without
    /// trainees. A room without `?trainee`, or a number it does not have, is a 400 that says what to send.
    func oneTrainee(_ request: Request, _ body: (Tenant) async -> Response) async -> Response {
        let count = await service.traineeCount
        let query = FormQuery(request)
        guard query.has("trainee") else {
            // Another key (a typo of trainee) is refused, never taken for the only org.
            if !(request.uri.query ?? "").isEmpty {
                return JSONResponse.failure(.badRequest("Say whose org with ?trainee=N, from 1 to \(count)."))
            }
            guard let tenant = await service.onlyTenant else {
                return JSONResponse.failure(.badRequest("Say whose org: ?trainee=N, from 1 to \(count)."))
            }
            return await body(tenant)
        }
        let text = query["trainee"] ?? ""
        guard let number = Int(text), let tenant = await service.tenant(number: number) else {
            return JSONResponse.failure(.badRequest("No trainee «\(text)»: this practice org has trainees 1 to \(count)."))
        }
        return await body(tenant)
    }
}
private struct PermissionBody: Decodable { var permission: String }

/// Keeps the administration endpoints to this computer's own programs.
/// - Web pages: a browser sends `Origin` with every POST, curl and the tests do not. Without this, any page
///   open in the trainer's browser could reset the org or write a file through /practice/save.
/// - Other computers: with `--listen`, trainees' laptops reach the API (with their secrets), but the
///   administration takes no token, so it answers loopback only.
struct AdministrationGuard: RouterMiddleware {
    func handle(_ request: Request, context: PracticeContext,
                next: (Request, PracticeContext) async throws -> Response) async throws -> Response {
        let path = PracticeServer.routedPath(request)
        guard path.hasPrefix("/practice/"), !path.hasPrefix(PracticeServer.uploadsPath) else {
            return try await next(request, context)
        }
        if request.headers[.origin] != nil {
            return JSONResponse.failure(APIFailure(status: 403, code: "not.authorized",
                                                   message: "The practice org's administration is not open to web pages."))
        }
        guard Self.isThisComputer(context.channel.remoteAddress?.ipAddress, listening: context.channel.localAddress?.ipAddress) else {
            return JSONResponse.failure(APIFailure(status: 403, code: "not.authorized",
                                                   message: "The practice org's administration answers only the computer it runs on."))
        }
        return try await next(request, context)
    }

    /// A loopback peer, or one whose address is the one the connection came in on (this computer calling
    /// itself at the address given to --listen).
    static func isThisComputer(_ peer: String?, listening local: String?) -> Bool {
        guard let peer else { return false }
        return PracticeServer.isLoopback(peer) || peer == local
    }
}

/// Remembers each API and login call's status as its trainee's last call (the trainer's view marks a
/// trainee whose last call failed). Before the faults, so that a failure made by a fault counts too.
struct CallOutcomeMiddleware: RouterMiddleware {
    let service: PracticeOrgService

    func handle(_ request: Request, context: PracticeContext,
                next: (Request, PracticeContext) async throws -> Response) async throws -> Response {
        let path = PracticeServer.routedPath(request)
        let response = try await next(request, context)
        if path.hasPrefix("/api/") || path.hasPrefix("/oauth/") {
            await service.noteCall(authorization: request.headers[.authorization], method: request.method.rawValue,
                                   path: path, status: response.status.code)
        }
        return response
    }
}

/// Applies the fault waiting for this request, if any (see `Fault`).
struct FaultMiddleware: RouterMiddleware {
    let service: PracticeOrgService

    func handle(_ request: Request, context: PracticeContext,
                next: (Request, PracticeContext) async throws -> Response) async throws -> Response {
        let path = PracticeServer.routedPath(request)
        // The API, the login and the uploads of Architect files (the stand-in for S3) are counted, and can
        // fail on demand.
        guard path.hasPrefix("/api/") || path.hasPrefix("/oauth/") || path.hasPrefix(PracticeServer.uploadsPath),
              let fault = await service.takeFault(method: request.method.rawValue, path: path) else {
            return try await next(request, context)
        }
        switch fault.kind {
        case .latency:
            try await Task.sleep(for: .milliseconds(fault.milliseconds ?? 100))
            return try await next(request, context)
        case .expireToken:
            return try await next(request, context)
        case .status:
            let status = fault.status ?? 503
            return JSONResponse.failure(APIFailure(status: status, code: FaultMiddleware.code(for: status),
                                                   message: "The practice org was asked to fail this request with \(status)."))
        case .rateLimit:
            let seconds = fault.retryAfter ?? 1
            return JSONResponse.failure(
                APIFailure(status: 429, code: "too.many.requests",
                           message: "Rate limit exceeded the maximum [300] requests within [60] seconds"),
                headers: [.retryAfter: "\(seconds)"])
        case .drop:
            try await context.channel.close()
            throw CancellationError()
        }
    }

    static func code(for status: Int) -> String {
        switch status {
        case 400: return "bad.request"
        case 401: return "authentication.required"
        case 403: return "missing.permissions"
        case 404: return "not.found"
        case 429: return "too.many.requests"
        case 503: return "service.unavailable"
        case 504: return "request.timeout"
        default: return "internal.server.error"
        }
    }
}
