import Foundation
import GlossCore
import GlossStore
import GlossUI

/// Carries out the reader's disk effects against the store: each annotation change is saved
/// at once (atomic and locked, so a crash loses at most the edit in flight), reading
/// positions, and exports. Results go back to the reader as actions.
final class ReadEffects {
    let store: AnnotationStore
    private let articles: [String: Article]
    /// The articles whose file the store was told of this session.
    private var remembered: Set<String> = []

    init(store: AnnotationStore, articles: [Article]) {
        self.store = store
        var byID: [String: Article] = [:]
        for a in articles { byID[a.id] = a }
        self.articles = byID
    }

    func perform(_ effect: Effect) -> Action? {
        switch effect {
        case .persist(let change):
            do {
                // Another process may have edited the same annotation: the store merges the two
                // edits, and the reader takes in what was saved.
                let saved = try store.apply(change)
                if let id = change.after?.articleID ?? change.before?.articleID, let article = articles[id], remembered.insert(id).inserted {
                    // Where the text lives, for commands run from another folder; losing it costs nothing.
                    try? store.rememberFile(of: article)
                }
                if let saved, let after = change.after, saved != after { return .merged(saved) }
                return nil
            } catch {
                return .failed("Not saved: \(ErrorReport.message(for: error))")
            }
        case .saveReadingPosition(let id, let offset):
            guard let article = articles[id] else { return nil }
            do {
                try store.setReadingPosition(ReadingPosition(article: id, offset: offset, fingerprint: article.fingerprint))
                return nil
            } catch {
                return .failed("Reading position not saved: \(ErrorReport.message(for: error))")
            }
        case .export(let format, let path, let id):
            return export(format: format, path: path, articleID: id)
        case .editText(let text):
            return NoteEditor.edit(text)
        case .quit, .open, .redraw:
            return nil
        }
    }

    /// The saved reading positions, as the reader keeps them.
    func positions() -> [String: Int] {
        store.readingPositions().mapValues(\.offset)
    }

    private func export(format: ExportFormat, path: String, articleID: String?) -> Action {
        do {
            let ids = try articleID.map { [$0] } ?? store.articleIDs()
            var documents: [AnnotatedArticle] = []
            for id in ids {
                let loaded = try store.load(articleID: id)
                if let article = articles[id] {
                    documents.append(AnnotatedArticle(article: article, annotations: loaded.annotations))
                } else {
                    documents.append(AnnotatedArticle(missingArticleID: id, annotations: loaded.annotations))
                }
            }
            let text = format.render(documents)
            let expanded = path.hasPrefix("~/") ? NSHomeDirectory() + String(path.dropFirst(1)) : path
            let url = URL(fileURLWithPath: expanded)
            // The default export folder is made on first use.
            let folder = url.deletingLastPathComponent()
            if folder.standardizedFileURL.path == StoreLocation.exports().standardizedFileURL.path {
                try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            }
            try ExportFile.write(Data(text.utf8), to: url, overwrite: false)
            let count = documents.reduce(0) { $0 + $1.items.count }
            return .done("Exported \(count) annotation\(count == 1 ? "" : "s") (\(format.rawValue)) to \(url.standardizedFileURL.path)")
        } catch StoreError.exists(let path) {
            return .failed("Export failed: \(path) exists; choose another name")
        } catch let error as StoreError {
            return .failed("Export failed: \(ErrorReport.message(for: error))")
        } catch {
            return .failed("Export failed: \(error)")
        }
    }
}
