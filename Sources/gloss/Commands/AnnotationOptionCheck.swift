import ArgumentParser
import GlossCore

/// Checks of annotation options made before anything is read: a bad one is a usage error (exit 2).
enum AnnotationOptionCheck {
    static func color(_ color: String?) throws {
        guard let color else { return }
        do {
            _ = try Annotation.normalizedColor(color)
        } catch {
            throw ValidationError(
                "'\(color)' is not a colour; use one of \(Annotation.colors.joined(separator: ", ")).")
        }
    }
}
