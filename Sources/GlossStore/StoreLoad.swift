import GlossCore

/// What loading annotations found: the annotations, and the files that had to be skipped.
public struct StoreLoad: Sendable {
    public var annotations: [Annotation]
    public var damaged: [DamagedFile]

    public init(annotations: [Annotation] = [], damaged: [DamagedFile] = []) {
        self.annotations = annotations
        self.damaged = damaged
    }
}
