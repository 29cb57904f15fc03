import Foundation
import GlossCore
import GlossStore
import GlossUI

/// The reader's export: one article's annotations, or every one in the store, written to a
/// new file (never over an existing one).
enum ReadExport {
    static func export(
        store: AnnotationStore, article: (String) -> Article?, format: ExportFormat, path: String, articleID: String?
    ) -> Event {
        do {
            let ids = try articleID.map { [$0] } ?? store.articleIDs()
            var documents: [AnnotatedArticle] = []
            for id in ids {
                let loaded = try store.load(articleID: id)
                if let article = article(id) {
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
            return .done(
                "Exported \(count) annotation\(count == 1 ? "" : "s") (\(format.rawValue)) to \(url.standardizedFileURL.path)"
            )
        } catch StoreError.exists(let path) {
            return .failed("Export failed: \(path) exists; choose another name")
        } catch let error as StoreError {
            return .failed("Export failed: \(ErrorReport.message(for: error))")
        } catch {
            return .failed("Export failed: \(error)")
        }
    }
}
