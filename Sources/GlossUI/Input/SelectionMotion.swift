/// How a selection key moves the caret: by character, word, line, sentence or paragraph.
public enum SelectionMotion: String, Hashable, Sendable, CaseIterable {
    case characterForward, characterBackward, wordForward, wordBackward, wordEnd
    case lineDown, lineUp, sentenceForward, sentenceBackward, paragraphForward, paragraphBackward

    public var name: String {
        switch self {
        case .characterForward: "right"
        case .characterBackward: "left"
        case .wordForward: "word"
        case .wordBackward: "word-back"
        case .wordEnd: "word-end"
        case .lineDown: "down"
        case .lineUp: "up"
        case .sentenceForward: "sentence"
        case .sentenceBackward: "sentence-back"
        case .paragraphForward: "paragraph"
        case .paragraphBackward: "paragraph-back"
        }
    }

    public var help: String {
        switch self {
        case .characterForward: "Extend the selection one character right"
        case .characterBackward: "Extend the selection one character left"
        case .wordForward: "Extend over the next whole word"
        case .wordBackward: "Extend back to the previous word"
        case .wordEnd: "Extend to the end of the word"
        case .lineDown: "Extend one line down"
        case .lineUp: "Extend one line up"
        case .sentenceForward: "Extend to the end of the sentence"
        case .sentenceBackward: "Extend back to the start of the sentence"
        case .paragraphForward: "Extend to the end of the paragraph"
        case .paragraphBackward: "Extend back to the start of the paragraph"
        }
    }
}
