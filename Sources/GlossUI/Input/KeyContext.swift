/// Where keys go: each binding applies in some of these, and `AppState.keyContext` says
/// which one is current.
public enum KeyContext: String, Hashable, Sendable, CaseIterable {
    case library, reader, panel, help, prompt, select, catalog
    /// The library's facet panel.
    case facets
}
