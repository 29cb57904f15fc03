internal import CNcursesw
import GlossUI

extension NcursesBackend {
    /// A function key, the mouse or a resize.
    func decodeKeyCode(_ code: Int32) -> InputEvent? {
        switch code {
        case KEY_RESIZE: return .resize(size)
        case KEY_MOUSE: return decodeMouse()
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_BTAB: return .key(.backTab)
        case KEY_ENTER: return .key(.enter)
        default:
            for n in 1...12 where code == gloss_key_f(Int32(n)) { return .key(.function(n)) }
            // Shifted and control arrows differ between terminals: name them, never number them.
            let name = keyname(code).map { String(cString: $0) } ?? "key \(code)"
            return .key(.unknown(name))
        }
    }

    /// A character: Enter, Tab, Esc, Backspace and Ctrl-letters get their own keys.
    func decodeCharacter(_ value: wint_t) -> InputEvent? {
        switch value {
        case 0x0A, 0x0D: return .key(.enter)
        case 0x09: return .key(.tab)
        case 0x1B: return .key(.escape)
        case 0x7F, 0x08: return .key(.backspace)
        case 0x01...0x1A: return .key(.control(Character(Unicode.Scalar(UInt8(value) + 0x60))))
        case 0x00...0x1F: return .key(.unknown("control \(value)"))
        default:
            guard let scalar = Unicode.Scalar(UInt32(value)) else { return nil }
            return .key(.character(Character(scalar)))
        }
    }

    private func decodeMouse() -> InputEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let x = Int(event.x), y = Int(event.y)
        if event.bstate & gloss_button4_pressed() != 0 { return .mouse(MouseEvent(kind: .wheelUp, x: x, y: y)) }
        if event.bstate & gloss_button5_pressed() != 0 { return .mouse(MouseEvent(kind: .wheelDown, x: x, y: y)) }
        if event.bstate & gloss_button1_pressed() != 0 { return .mouse(MouseEvent(kind: .press, x: x, y: y)) }
        if event.bstate & gloss_button1_released() != 0 { return .mouse(MouseEvent(kind: .release, x: x, y: y)) }
        if event.bstate & gloss_report_mouse_position() != 0 { return .mouse(MouseEvent(kind: .drag, x: x, y: y)) }
        return nil
    }
}
