internal import CNcursesw
import Foundation
import GlossCore
import GlossUI

/// The real terminal, through ncursesw: start-up checks, colour pairs, key and mouse
/// decoding, and writing only the cells that changed. The only user of ncurses.
public final class NcursesBackend: TerminalBackend {
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let output: UnsafeMutablePointer<FILE>
    private let input: UnsafeMutablePointer<FILE>
    public let depth: ColorDepth
    /// The attributes the terminal can show (a VT100: bold, underline, reverse).
    public let attributes: TextAttributes
    private var pairs: [PairKey: Int16] = [:]
    private var isOpen = true

    struct PairKey: Hashable {
        var foreground: TerminalColor
        var background: TerminalColor
    }

    /// Starts full-screen mode on standard input and output.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) throws(TerminalError) {
        guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else { throw .notATerminal }
        guard let term = environment["TERM"], !term.isEmpty else { throw .noTerminalType }
        guard let out = gloss_fdopen(STDOUT_FILENO, "w"), let inp = gloss_fdopen(STDIN_FILENO, "r") else {
            throw .notATerminal
        }
        // Check the terminal type before ncurses can give up on it by itself.
        var status: Int32 = 0
        if setupterm(term, STDOUT_FILENO, &status) != OK || status != 1 {
            fclose(out)
            fclose(inp)
            throw .unknownTerminal(term)
        }
        if gloss_can_address_cursor() == 0 {
            fclose(out)
            fclose(inp)
            throw .cannotAddressCursor(term)
        }
        TerminalSignals.install()
        guard let screen = newterm(term, out, inp) else {
            TerminalSignals.restore()
            fclose(out)
            fclose(inp)
            throw .unknownTerminal(term)
        }
        self.screen = screen
        output = out
        input = inp
        window = gloss_stdscr()!
        cbreak()
        noecho()
        keypad(window, true)
        set_escdelay(25)
        curs_set(0)
        mouseinterval(0)
        // Button 1 press, release and motion for selecting with the mouse; the wheel scrolls.
        mousemask(
            gloss_wheel_mask() | gloss_button1_pressed() | gloss_button1_released() | gloss_report_mouse_position(), nil
        )
        var colors = 0
        if has_colors() {
            start_color()
            use_default_colors()
            colors = Int(gloss_colors())
        }
        depth = ColorDepth.detect(colors: colors, environment: environment)
        let has = gloss_term_attrs()
        var supported: TextAttributes = []
        if has & gloss_a_bold() != 0 { supported.insert(.bold) }
        if has & gloss_a_dim() != 0 { supported.insert(.dim) }
        if has & gloss_a_italic() != 0 { supported.insert(.italic) }
        if has & gloss_a_underline() != 0 { supported.insert(.underline) }
        if has & gloss_a_reverse() != 0 { supported.insert(.reverse) }
        attributes = supported
        leaveok(window, false)
        // Let ncurses send scrolling as insert/delete-line when the terminal has them.
        idlok(window, true)
    }

    func cachedPair(_ key: PairKey) -> Int16? { pairs[key] }
    func remember(_ key: PairKey, _ pair: Int16) { pairs[key] = pair }

    /// Leaves full-screen mode and restores the terminal. Safe to call more than once.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        curs_set(1)
        endwin()
        delscreen(screen)
        TerminalSignals.restore()
        fclose(output)
        fclose(input)
    }

    deinit { close() }

    public var size: Size {
        Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
    }

    public func draw(_ changes: [CellChange]) {
        var cc = cchar_t()
        for change in changes {
            let cell = change.cell
            if cell.isContinuation { continue }
            let (attrs, pair) = attributes(for: cell.style)
            let (scalars, pad) = DisplayWidth.drawable(cell.character) {
                Int(gloss_wcwidth(wchar_t(bitPattern: $0.value)))
            }
            var chars = scalars.map { wchar_t(bitPattern: $0.value) }
            if chars.count >= Int(gloss_ccharw_max()) { chars = [chars[0]] }
            chars.append(0)
            setcchar(&cc, chars, attrs, pair, nil)
            mvwadd_wch(window, Int32(change.y), Int32(change.x), &cc)
            if pad {
                var space = cchar_t()
                setcchar(&space, [wchar_t(32), 0], attrs, pair, nil)
                mvwadd_wch(window, Int32(change.y), Int32(change.x + 1), &space)
            }
        }
    }

    public func setCursor(_ position: (x: Int, y: Int)?) {
        if let position {
            wmove(window, Int32(position.y), Int32(position.x))
            curs_set(1)
        } else {
            curs_set(0)
        }
    }

    /// Leaves full-screen mode for a text editor; `resume` comes back.
    public func suspend() {
        def_prog_mode()
        endwin()
    }

    public func resume() {
        reset_prog_mode()
        clearok(window, true)
        wrefresh(window)
    }

    /// Set when standard input hung up or failed; see `checkConnection`.
    public private(set) var isDisconnected = false

    /// A read that fails may be a timeout or a terminal that is gone (its emulator closed,
    /// the session killed, input at end of file). Only the second leaves standard input
    /// readable with nothing to read, or flagged as hung up.
    private func checkConnection() {
        var fds = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&fds, 1, 0) >= 0 else {
            if errno != EINTR { isDisconnected = true }
            return
        }
        let hungUp = Int16(POLLHUP) | Int16(POLLERR) | Int16(POLLNVAL)
        if fds.revents & hungUp != 0 {
            isDisconnected = true
        } else if fds.revents & Int16(POLLIN) != 0 {
            // Readable yet ncurses read nothing: end of file, unless bytes are really waiting.
            var pending: Int32 = 0
            if ioctl(STDIN_FILENO, UInt(FIONREAD), &pending) == 0, pending == 0 { isDisconnected = true }
        }
    }

    public func flush() {
        wrefresh(window)
    }

    public func clear() {
        clearok(window, true)
        werase(window)
    }

    public func nextEvent(timeout: Int?) -> InputEvent? {
        guard !isDisconnected else { return nil }
        wtimeout(window, timeout.map { Int32(clamping: $0) } ?? -1)
        var ch: wint_t = 0
        let result = wget_wch(window, &ch)
        if result == gloss_err() {
            checkConnection()
            return nil
        }
        if result == gloss_key_code_yes() { return decodeKeyCode(Int32(bitPattern: ch)) }
        return decodeCharacter(ch)
    }
}
