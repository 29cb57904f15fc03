/// The one-line prompt at the bottom: what it is for and the text typed so far.
public struct PromptState: Hashable, Sendable {
    public var kind: PromptKind
    public var text: String

    public init(kind: PromptKind, text: String = "") {
        self.kind = kind
        self.text = text
    }
}
