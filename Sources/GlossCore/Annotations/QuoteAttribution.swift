/// Who said a tagged quote: the speaker as the text names them and, when the analysis resolved
/// them to a person or organization, that entity's name.
///
/// The entity is kept by name, not by index: analysis indices change whenever the article or
/// the analyzer does, names do not.
public struct QuoteAttribution: Hashable, Sendable, Codable {
    /// The speaker's words in the text: `the minister`, `Ms Okafor`.
    public var speaker: String
    /// The resolved entity's canonical name, when there is one.
    public var entity: String?

    public init(speaker: String, entity: String? = nil) {
        self.speaker = speaker
        self.entity = entity
    }
}
