import Foundation

/// Reads and writes the ``FetchState`` JSON file so that a crash never leaves it half-written: the new
/// state goes to a temporary file in the same folder, is flushed to disk, then renamed over the old one.
///
/// ```swift
/// let file = FetchStateFile(path: "storyline.sqlite.fetch-state.json")
/// var state = try file.load()          // empty when the file does not exist yet
/// state.validators[url] = page.validators
/// try file.save(state)
/// ```
public struct FetchStateFile: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// The state file used with the store at `storePath`: `<store>.fetch-state.json`.
    public static func beside(store storePath: String) -> FetchStateFile {
        FetchStateFile(path: storePath + ".fetch-state.json")
    }

    /// The saved state, or an empty one when there is no file yet.
    /// - Throws: `.stateUnreadable` when the file exists but cannot be read or is not a state file (it
    ///   is then left alone, not overwritten).
    public func load() throws(FetchError) -> FetchState {
        guard FileManager.default.fileExists(atPath: path) else { return FetchState() }
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            return try JSONDecoder().decode(FetchState.self, from: data)
        } catch {
            throw FetchError(
                .stateUnreadable,
                "cannot read the fetch state (\(error.localizedDescription)); move it away to start afresh",
                url: path)
        }
    }

    /// Writes `state` atomically (temporary file, `fsync`, `rename`).
    public func save(_ state: FetchState) throws(FetchError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        let data: Data
        do {
            data = try encoder.encode(state)
        } catch {
            throw FetchError(.stateNotWritable, "cannot encode the fetch state: \(error)", url: path)
        }
        let temporary = "\(path).tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure("cannot create \(temporary)") }
        var offset = 0
        let ok = data.withUnsafeBytes { buffer -> Bool in
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { return false }
                offset += written
            }
            return true
        }
        let synced = ok && fsync(descriptor) == 0
        close(descriptor)
        guard synced, rename(temporary, path) == 0 else {
            let error = failure("cannot write \(temporary)")
            unlink(temporary)
            throw error
        }
    }

    private func failure(_ what: String) -> FetchError {
        FetchError(.stateNotWritable, "\(what): \(String(cString: strerror(errno)))", url: path)
    }
}
