import CheckpointStorage
import GenesysSetup
import WizardCore

/// What the session asks of the Genesys side: the work of one effect, answered by its event.
/// `SetupService` is the real one.
public protocol GenesysWorkPerformer: Sendable {
    func perform(_ work: GenesysWork) async -> Event
}

extension SetupService: GenesysWorkPerformer {}

/// Where the session keeps the progress. `CheckpointStore` is the real one, on the checkpoint's file.
public protocol ProgressStore: AnyObject {
    func save(_ checkpoint: Checkpoint) throws(SaveFailure)
    func setAsideDamaged(stamp: String) throws(SaveFailure) -> String
    func archive(stamp: String) throws(SaveFailure) -> String?
    @discardableResult func sweepTemporaryFiles() -> Int
}

extension CheckpointStore: ProgressStore {}

/// The practice org as the session sees it: put back to its seed on a start over.
public protocol PracticeOrgControl: Sendable {
    /// Why the org could not be reset, or nil once it is.
    func resetOrg() async -> PracticeResetFailure?
}
