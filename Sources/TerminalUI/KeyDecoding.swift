import CNcursesw
import WizardCore

/// Turns what get_wch returns into the wizard's keys.
enum KeyDecoding {
    static func special(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        case KEY_ENTER: return .enter
        default:
            for number in 1...12 where code == omw_key_f(Int32(number)) { return .function(number) }
            return nil
        }
    }

    static func character(_ value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(UnicodeScalar(value + 96)!))
        default:
            guard let scalar = UnicodeScalar(value), value >= 32 else { return nil }
            return .character(Character(scalar))
        }
    }
}
