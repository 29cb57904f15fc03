import Foundation

/// The run loop: input becomes actions through the keymap, actions and events change the
/// state, effects go to the executor, and each frame is drawn as the difference from the last.
///
/// Effects run off the main loop (store work in order on one queue, analysis beside it), and
/// their events come back through an inbox that the loop empties between keys, so a long
/// article's analysis, the library's counts and store reads never hold up the screen. With
/// `inline` (tests, benchmarks) every effect runs at once on the calling thread instead.
///
/// It holds the only mutable references (backend, executor), so it is a class used from
/// one thread.
public final class ReaderApp {
    public private(set) var state: AppState
    public private(set) var keymap: Keymap
    public let theme: Theme
    let backend: any TerminalBackend
    let executor: any EffectExecutor
    let inline: Bool
    private var previous: CellBuffer?
    private var needsDraw = true
    public private(set) var lastFrame: FrameStats?
    /// The last press of the first button, to tell a double click.
    private var lastPress: (x: Int, y: Int, time: ContinuousClock.Instant)?
    /// Whether the first button is held (motion is a drag only then).
    private var buttonDown = false
    private let inbox = EventInbox()
    private let storeQueue = DispatchQueue(label: "gloss.store")
    private let analysisQueue = DispatchQueue(label: "gloss.analysis", attributes: .concurrent)
    /// Library articles being counted; at most `countsInFlight` at once.
    private var counting: Set<String> = []
    private let countsInFlight = max(1, ProcessInfo.processInfo.activeProcessorCount)
    private var lastStoreCheck = ContinuousClock.now
    /// Saves made so far, and how many there were when the last re-read of the store began:
    /// a re-read that a save overtook is stale and is asked again.
    private var saves = 0
    private var savesWhenReadBegan = 0
    /// Called after each frame is sent (the benchmark of the first frame stops there).
    public var afterFrame: ((ReaderApp) -> Void)?
    /// How often an idle reader asks whether the open article's annotations changed.
    public var storeCheckInterval: Duration = .seconds(2)

    public init(
        state: AppState, backend: any TerminalBackend, executor: any EffectExecutor, theme: Theme,
        keymap: Keymap = Keymap(),
        inline: Bool = false
    ) {
        self.state = state
        self.backend = backend
        self.executor = executor
        self.theme = theme
        self.keymap = keymap
        self.inline = inline
        if state.size != backend.size { _ = self.state.apply(.resize(backend.size)) }
    }

    /// Runs until the user quits or `shouldStop` (checked at least every 200 ms) says so,
    /// then lets the store work in flight finish.
    public func run(shouldStop: () -> Bool = { false }) {
        defer { finishStoreWork() }
        while !shouldStop() && !backend.isDisconnected {
            guard takeEvents() else { return }
            startCounting()
            drawIfNeeded()
            // While effects run, look at the inbox often; otherwise wait for the user.
            let busy = !inline && inbox.isBusy
            guard let input = backend.nextEvent(timeout: busy ? 15 : 200) else {
                pickUpOtherWriters()
                continue
            }
            guard handle(input) else { return }
            // Handle whatever else is already waiting (key repeat, a paste) before drawing.
            while let more = backend.nextEvent(timeout: 0) {
                guard handle(more) else { return }
            }
        }
    }

    /// Handles one input; false when the application should quit.
    @discardableResult
    public func handle(_ input: InputEvent) -> Bool {
        switch input {
        case .key(let key):
            switch keymap.resolve(key, in: state.keyContext) {
            case .action(let action):
                return send(action)
            case .pending(let keys):
                state.pendingKeys = keys.map(\.description).joined()
                needsDraw = true
            case .unbound(let keys):
                if state.keyContext != .prompt {
                    state.message = StatusMessage(
                        "\(keys.map(\.description).joined()) is not bound here: ? shows the keys", isError: true)
                    needsDraw = true
                }
            }
            return true
        case .mouse(let mouse):
            keymap.reset()
            switch mouse.kind {
            case .wheelUp: return send(.scroll(-3))
            case .wheelDown: return send(.scroll(3))
            case .press:
                // Two presses on the same cell within 400 ms are a double click.
                let now = ContinuousClock.now
                if let last = lastPress, last.x == mouse.x, last.y == mouse.y, now - last.time < .milliseconds(400) {
                    lastPress = nil
                    buttonDown = false
                    return send(.pointer(.doubleClick, x: mouse.x, y: mouse.y))
                }
                lastPress = (mouse.x, mouse.y, now)
                buttonDown = true
                return send(.pointer(.press, x: mouse.x, y: mouse.y))
            case .drag:
                guard buttonDown else { return true }
                return send(.pointer(.drag, x: mouse.x, y: mouse.y))
            case .release:
                guard buttonDown else { return true }
                buttonDown = false
                return send(.pointer(.release, x: mouse.x, y: mouse.y))
            case .click:
                send(.pointer(.press, x: mouse.x, y: mouse.y))
                return send(.pointer(.release, x: mouse.x, y: mouse.y))
            }
        case .resize(let size):
            keymap.reset()
            return send(.resize(size))
        }
    }

    /// Applies an action and starts its effects; false when the application should quit.
    @discardableResult
    public func send(_ action: Action) -> Bool {
        carryOut(state.apply(action))
    }

    /// Applies an event (what an effect found) and starts the effects it asks for.
    @discardableResult
    public func post(_ event: Event) -> Bool {
        if case .counted(let id, _) = event { counting.remove(id) }
        if case .countFailed(let id) = event { counting.remove(id) }
        if case .annotationsReloaded(let set) = event, savesWhenReadBegan != saves {
            start(.reloadAnnotations(articleID: set.articleID, force: true))
            return true
        }
        return carryOut(state.apply(event))
    }

    private func carryOut(_ effects: [Effect]) -> Bool {
        needsDraw = true
        for effect in effects {
            switch effect {
            case .quit:
                return false
            case .redraw:
                previous = nil
                backend.clear()
                if let id = state.reader?.document.article.id { start(.reloadAnnotations(articleID: id, force: true)) }
            default:
                start(effect)
            }
        }
        return true
    }

    /// Hands an effect to the executor on its lane; its events arrive through the inbox.
    public func start(_ effect: Effect) {
        guard let lane = EffectLane.of(effect) else { return }
        if case .persist = effect { saves += 1 }
        if case .reloadAnnotations = effect { savesWhenReadBegan = saves }
        if inline || lane == .main {
            if case .editText = effect { backend.suspend() }
            let early = EventInbox()
            let events = executor.perform(effect, post: early.post)
            if case .editText = effect {
                backend.resume()
                previous = nil
                backend.clear()
            }
            for event in early.take().events + events { post(event) }
            return
        }
        inbox.started()
        let executor = executor
        let inbox = inbox
        let queue = lane == .store ? storeQueue : analysisQueue
        queue.async { inbox.finished(executor.perform(effect, post: inbox.post)) }
    }

    /// Applies the events the executor posted; false when one asked to quit.
    @discardableResult
    public func takeEvents() -> Bool {
        for event in inbox.take().events {
            guard post(event) else { return false }
        }
        return true
    }

    /// Waits for every effect in flight and applies what they found (tests, benchmarks, and
    /// before the session ends).
    public func settle() {
        while true {
            let (events, busy) = inbox.take()
            for event in events { post(event) }
            if !busy && events.isEmpty { return }
            if busy { Thread.sleep(forTimeInterval: 0.002) }
        }
    }

    /// Lets saves and exports in flight finish before the process ends.
    private func finishStoreWork() {
        storeQueue.sync {}
    }

    /// Saves where the open article is being read (the session is ending some other way than `q`).
    public func saveReadingPosition() {
        guard let r = state.reader else { return }
        let offset = r.topLine == 0 ? 0 : r.topOffset
        finishStoreWork()
        _ = executor.perform(
            .saveReadingPosition(articleID: r.document.article.id, offset: offset, progress: state.readingProgress(r)))
    }

    /// Opens an article: its text at once, highlights and annotations as they are ready.
    public func openArticle(_ id: String) {
        start(.open(articleID: id))
    }

    /// Reads the open article's annotations again when another process changed them; asks
    /// at most every `storeCheckInterval`, while the user is idle.
    public func pickUpOtherWriters() {
        guard let id = state.reader?.document.article.id else { return }
        let now = ContinuousClock.now
        guard now - lastStoreCheck >= storeCheckInterval else { return }
        lastStoreCheck = now
        start(.reloadAnnotations(articleID: id, force: false))
    }

    /// Draws a frame when something changed since the last one.
    @discardableResult
    public func drawIfNeeded() -> FrameStats? {
        guard needsDraw else { return nil }
        return drawFrame()
    }

    /// Renders the state and sends the cells that changed.
    @discardableResult
    public func drawFrame() -> FrameStats {
        let clock = ContinuousClock()
        let start = clock.now
        let frame = ScreenRenderer.render(state, theme: theme)
        let changes = frame.buffer.changes(from: previous)
        if !changes.isEmpty { backend.draw(changes) }
        backend.setCursor(frame.cursor)
        backend.flush()
        previous = frame.buffer
        needsDraw = false
        let stats = FrameStats(renderTime: clock.now - start, cellsSent: changes.count)
        lastFrame = stats
        afterFrame?(self)
        return stats
    }

    /// The library articles still without counts, in list order.
    func uncountedArticles() -> [String] {
        // An article waiting for the index gets its counts from there.
        return state.library.entries.lazy.filter {
            $0.counts == nil && !$0.countFailed && $0.isIndexed && !self.counting.contains($0.id)
        }.prefix(countsInFlight).map(\.id)
    }

    /// Starts counting more library articles, up to one per core at a time (idle work after
    /// the first frame; the columns fill in as the counts arrive).
    public func startCounting() {
        while counting.count < countsInFlight, let id = uncountedArticles().first {
            counting.insert(id)
            start(.count(articleID: id))
        }
    }
}
