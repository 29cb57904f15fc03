import Foundation

/// Carries out effects: the reader's one door to the world (disk, analysis, editor). The
/// executable implements it over the library and the store; tests and benchmarks in memory.
///
/// `perform` returns what came of the effect as events, in order. The run loop calls it off
/// the main loop for everything but `.editText` (see `EffectLane`), so it must be safe to call
/// from several threads at once for different lanes.
public protocol EffectExecutor: AnyObject, Sendable {
    func perform(_ effect: Effect) -> [Event]
    /// The same, for an effect that reports as it goes (indexing the library): `post` hands
    /// over events before the effect is done, from the effect's own thread.
    func perform(_ effect: Effect, post: @escaping @Sendable ([Event]) -> Void) -> [Event]
}

extension EffectExecutor {
    public func perform(_ effect: Effect, post: @escaping @Sendable ([Event]) -> Void) -> [Event] {
        perform(effect)
    }
}

/// Where an effect runs. Store reads, reading positions and exports keep their order on one
/// serial queue; analysis runs beside it on the other cores. The editor needs the terminal,
/// and a save of one annotation (one small atomic write, about a millisecond) runs on the
/// main loop, so "saved" is shown only once it is true and no edit overtakes another.
public enum EffectLane: Sendable {
    case main, store, analysis

    public static func of(_ effect: Effect) -> EffectLane? {
        switch effect {
        case .quit, .redraw: nil  // the run loop's own
        case .editText, .persist: .main
        case .open, .reloadAnnotations, .saveReadingPosition, .export: .store
        case .analyse, .count, .indexLibrary, .loadCatalog, .searchLibrary, .loadFacets: .analysis
        }
    }
}

/// Events posted from the executor's threads, taken by the run loop.
final class EventInbox: @unchecked Sendable {
    private var events: [Event] = []
    private var pending = 0
    private let lock = NSLock()

    func started() {
        lock.lock()
        pending += 1
        lock.unlock()
    }

    /// Events from an effect still running.
    func post(_ produced: [Event]) {
        lock.lock()
        events += produced
        lock.unlock()
    }

    func finished(_ produced: [Event]) {
        lock.lock()
        events += produced
        pending -= 1
        lock.unlock()
    }

    /// Whether effects are running or events wait to be taken.
    var isBusy: Bool {
        lock.lock()
        defer { lock.unlock() }
        return pending > 0 || !events.isEmpty
    }

    /// Everything posted so far, and whether effects are still running.
    func take() -> (events: [Event], busy: Bool) {
        lock.lock()
        defer { lock.unlock() }
        let out = events
        events = []
        return (out, pending > 0)
    }
}
