// Reads text file paths, one a line, on standard input and prints, for each name the rules
// find in each file, one JSON line: the file's stem as "doc", the rules' verdict, the mentions
// as scalar offsets and the hashed feature indices. Nothing of the text itself is printed.
import Foundation
import GlossCore

var out = FileHandle.standardOutput
while let line = readLine() {
    let path = line.trimmingCharacters(in: .whitespaces)
    guard !path.isEmpty, let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
    let doc = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    let docJSON = String(data: try JSONEncoder().encode(doc), encoding: .utf8)!
    var chunk = ""
    for e in Analyzer.nameTaggerExamples(Array(text.unicodeScalars)) {
        let mentions = e.mentions.map { "[\($0.start),\($0.end)]" }.joined(separator: ",")
        let features = e.features.map(String.init).joined(separator: ",")
        chunk +=
            "{\"doc\":\(docJSON),\"rule\":\"\(e.rule)\",\"mentions\":[\(mentions)],\"features\":[\(features)],\"protected\":\(e.protected)}\n"
    }
    out.write(chunk.data(using: .utf8)!)
}
