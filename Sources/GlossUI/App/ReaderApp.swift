/// The run loop: events become actions through the keymap, actions change the state,
/// effects are carried out, and each frame is drawn as the difference from the last.
///
/// It holds the only mutable references (backend, source), so it is a class used from
/// one thread.
public final class ReaderApp {
    public private(set) var state: AppState
    public private(set) var keymap: Keymap
    public let theme: Theme
    let backend: any TerminalBackend
    let source: any ArticleSource
    private var previous: CellBuffer?
    private var needsDraw = true
    /// Carries out the effects that touch the disk (saving annotations and the reading
    /// position, exporting); what it returns is fed back as an action (`.done`, `.failed`).
    public var onEffect: ((Effect) -> Action?)?
    public private(set) var lastFrame: FrameStats?
    /// The last press of the first button, to tell a double click.
    private var lastPress: (x: Int, y: Int, time: ContinuousClock.Instant)?
    /// Whether the first button is held (motion is a drag only then).
    private var buttonDown = false

    public init(state: AppState, backend: any TerminalBackend, source: any ArticleSource, theme: Theme, keymap: Keymap = Keymap()) {
        self.state = state
        self.backend = backend
        self.source = source
        self.theme = theme
        self.keymap = keymap
        if state.size != backend.size { _ = self.state.apply(.resize(backend.size)) }
    }

    /// Runs until the user quits or `shouldStop` (checked at least every 200 ms) says so.
    public func run(shouldStop: () -> Bool = { false }) {
        while !shouldStop() && !backend.isDisconnected {
            drawIfNeeded()
            let idleWork = nextUncountedArticle() != nil
            guard let event = backend.nextEvent(timeout: idleWork ? 0 : 200) else {
                if idleWork { countNextArticle() }
                pickUpOtherWriters()
                continue
            }
            guard handle(event) else { return }
            // Handle whatever else is already waiting (key repeat, a paste) before drawing.
            while let more = backend.nextEvent(timeout: 0) {
                guard handle(more) else { return }
            }
        }
    }

    /// Handles one event; false when the application should quit.
    @discardableResult
    public func handle(_ event: InputEvent) -> Bool {
        switch event {
        case .key(let key):
            switch keymap.resolve(key, in: state.keyContext) {
            case .action(let action):
                return send(action)
            case .pending(let keys):
                state.pendingKeys = keys.map(\.description).joined()
                needsDraw = true
            case .unbound(let keys):
                if state.keyContext != .prompt {
                    state.message = StatusMessage("\(keys.map(\.description).joined()) is not bound here: ? shows the keys", isError: true)
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

    /// Applies an action and carries out its effects; false when the application should quit.
    @discardableResult
    public func send(_ action: Action) -> Bool {
        let effects = state.apply(action)
        needsDraw = true
        for effect in effects {
            switch effect {
            case .quit:
                return false
            case .open(let id):
                openArticle(id)
            case .redraw:
                previous = nil
                backend.clear()
                reloadAnnotations()
            case .editText:
                backend.suspend()
                let result = onEffect?(effect)
                backend.resume()
                previous = nil
                backend.clear()
                if let result { send(result) }
            case .persist:
                if let result = onEffect?(effect) { send(result) }
                // Our own write changed the folder; only someone else's should read it again.
                if let id = state.reader?.document.article.id { knownVersion = (id, source.annotationsVersion(for: id)) }
            case .saveReadingPosition, .export:
                if let result = onEffect?(effect) { send(result) }
            }
        }
        return true
    }

    /// Saves where the open article is being read (the session is ending some other way than `q`).
    public func saveReadingPosition() {
        guard let r = state.reader else { return }
        let offset = r.topLine == 0 ? 0 : r.topOffset
        _ = onEffect?(.saveReadingPosition(articleID: r.document.article.id, offset: offset))
    }

    /// Loads, analyses and opens an article with its annotations.
    public func openArticle(_ id: String) {
        switch source.document(for: id) {
        case .success(let document):
            knownVersion = (id, source.annotationsVersion(for: id))
            send(.opened(document))
            switch source.annotations(for: id) {
            case .success(let set):
                send(.annotationsLoaded(set))
                if let warning = source.annotationWarning(for: id) { send(.failed(warning)) }
            case .failure(let error): send(.failed(error.message))
            }
        case .failure(let error):
            send(.failed(error.message))
        }
    }

    /// The open article's store version when its annotations were last read or written.
    private var knownVersion: (id: String, version: String?)?
    private var lastStoreCheck = ContinuousClock.now
    /// How often an idle reader asks whether the open article's annotations changed.
    public var storeCheckInterval: Duration = .seconds(2)

    /// Reads the open article's annotations again when another process changed them; asks
    /// at most every two seconds, while the user is idle.
    public func pickUpOtherWriters() {
        guard let id = state.reader?.document.article.id else { return }
        let now = ContinuousClock.now
        guard now - lastStoreCheck >= storeCheckInterval else { return }
        lastStoreCheck = now
        let version = source.annotationsVersion(for: id)
        guard let known = knownVersion, known.id == id else {
            knownVersion = (id, version)
            return
        }
        if known.version != version { reloadAnnotations(version: version) }
    }

    /// Reads the open article's annotations again (another process wrote them, or Ctrl-L).
    private func reloadAnnotations(version: String? = nil) {
        guard let id = state.reader?.document.article.id else { return }
        knownVersion = (id, version ?? source.annotationsVersion(for: id))
        if case .success(let set) = source.annotations(for: id) { send(.annotationsReloaded(set)) }
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
        return stats
    }

    /// The first library article still without counts.
    func nextUncountedArticle() -> String? {
        guard state.screen == .library || state.reader != nil else { return nil }
        return state.library.entries.first { $0.counts == nil && !failedCounts.contains($0.id) }?.id
    }

    private var failedCounts: Set<String> = []

    /// Analyses one more library article for the count columns (idle work after the first frame).
    public func countNextArticle() {
        guard let id = nextUncountedArticle() else { return }
        if let counts = source.counts(for: id) {
            send(.counted(id: id, counts: counts))
        } else {
            failedCounts.insert(id)
        }
    }
}
