import Foundation

/// Parses command output in JSON Lines or one JSON array into dictionaries.
enum JSONLines {
    static func objects(_ output: String) throws -> [[String: Any]] {
        try output.split(separator: "\n").map { line in
            try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
        }
    }

    static func array(_ output: String) throws -> [[String: Any]] {
        try JSONSerialization.jsonObject(with: Data(output.utf8)) as! [[String: Any]]
    }
}
