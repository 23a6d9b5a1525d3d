/// Reading a listing to its end, and names as Genesys compares them.
extension GenesysClient {
    /// The first entity, page after page, that `matches`; nil when no page has one. A page is asked for with
    /// `fetch(pageNumber)`; the reading ends at the listing's last page (`pageCount`, or no `nextUri` where
    /// a listing has no count), at an empty page, or after 1,000 pages, so that a server that always says
    /// "more" cannot keep the wizard here.
    func firstEntity<Entity: Decodable & Sendable>(
        where fetch: (Int) async throws(APIError) -> Listing<Entity>, matching matches: (Entity) -> Bool
    ) async throws(APIError) -> Entity? {
        var page = 1
        while page <= 1_000 {
            let listing = try await fetch(page)
            if let found = listing.entities?.first(where: matches) { return found }
            guard let entities = listing.entities, !entities.isEmpty else { return nil }
            let more = listing.pageCount.map { page < $0 } ?? (listing.nextUri != nil)
            guard more else { return nil }
            page += 1
        }
        return nil
    }

    /// A name that differs only in case is taken for the same object: an admin who types "atención al
    /// cliente" means the org's "Atención al Cliente". (Whether Genesys refuses such a near-duplicate is not
    /// documented; creating one beside the other would be the worse mistake.)
    public static func sameName(_ found: String?, _ wanted: String) -> Bool {
        found?.lowercased() == wanted.lowercased()
    }
}
