extension CellBuffer {
    /// Checks that every wide character has its continuation cell right after it and that no
    /// continuation stands alone; a broken pair would shift every column after it on a
    /// terminal. Returns the first problem found, or nil.
    public func invariantViolation() -> String? {
        for y in 0..<height {
            var x = 0
            while x < width {
                let cell = self[x, y]
                if cell.isContinuation { return "(\(x), \(y)): continuation without a wide character before it" }
                if DisplayWidth.of(cell.character) == 2 {
                    guard x + 1 < width, self[x + 1, y].isContinuation else {
                        return "(\(x), \(y)): wide \(cell.character) without its continuation cell"
                    }
                    x += 2
                } else {
                    x += 1
                }
            }
        }
        return nil
    }

    /// Stops a debug build at the first broken wide-character pair.
    @inline(__always)
    func _checkInvariants() {
        #if DEBUG
            if let problem = invariantViolation() { preconditionFailure("CellBuffer: \(problem)") }
        #endif
    }
}
