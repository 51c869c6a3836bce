import Foundation

/// Expands the paths a user names into the inputs to read, and reads them with a size limit.
///
/// Folders are walked recursively (hidden files skipped, names sorted so runs are repeatable); `-` is
/// standard input. Reading is lazy: ``read(_:)`` loads one input at a time, so a large corpus never
/// sits in memory at once.
public struct InputCollector: Sendable {
    /// Inputs larger than this many bytes (after gunzip) are refused with ``InputError/Code/tooLarge``.
    public var maximumSize: Int

    /// File name endings the folder walk picks up; files named explicitly are always read.
    public static let readableExtensions: Set<String> = [
        "txt", "text", "md", "jsonl", "ndjson", "json", "html", "htm", "xhtml", "gz", "xml", "rss", "atom", "rdf",
        "opml", "warc",
    ]

    public init(maximumSize: Int = 64 * 1024 * 1024) {
        self.maximumSize = maximumSize
    }

    /// The inputs named by `paths`, in order, and one error per path that does not exist.
    public func locations(for paths: [String]) -> (locations: [InputLocation], errors: [InputError]) {
        var locations: [InputLocation] = []
        var errors: [InputError] = []
        let files = FileManager.default
        for path in paths {
            if path == "-" {
                locations.append(.standardInput)
                continue
            }
            var isFolder: ObjCBool = false
            guard files.fileExists(atPath: path, isDirectory: &isFolder) else {
                errors.append(InputError(.unreadable, "no such file or folder", file: path))
                continue
            }
            if isFolder.boolValue {
                locations += filesInFolder(path).map { .file(path: $0) }
            } else {
                locations.append(.file(path: path))
            }
        }
        return (locations, errors)
    }

    /// Reads one input, gunzipping `.gz` files, within ``maximumSize``.
    ///
    /// A `.warc.gz` is returned as it is, compressed: WARC files are read record by record
    /// (``WARCReader``), and ``ArticleStream`` streams them without this method and its size limit.
    public func read(_ location: InputLocation) throws(InputError) -> RawDocument {
        switch location {
        case .standardInput:
            let data = FileHandle.standardInput.readDataToEndOfFile()
            guard data.count <= maximumSize else { throw tooLarge("-", data.count) }
            return RawDocument(name: "-", sourceKey: "stdin", data: data)
        case .file(let path):
            let url = URL(fileURLWithPath: path)
            if let size = try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int, size > maximumSize {
                throw tooLarge(path, size)
            }
            let data: Data
            do {
                data = try Data(contentsOf: url)
            } catch {
                throw InputError(.unreadable, "cannot read file (\(Self.reason(of: error)))", file: path)
            }
            let sourceKey = url.standardizedFileURL.path
            guard Self.isGzipToInflate(path) else {
                return RawDocument(name: path, sourceKey: sourceKey, data: data)
            }
            do {
                let inflated = try Gunzip.decompress(data, maximumSize: maximumSize)
                return RawDocument(name: path, sourceKey: sourceKey, data: inflated)
            } catch {
                throw InputError(error.code, error.message, file: path)
            }
        }
    }

    /// Whether `path` is a `.gz` file to inflate whole: all but `.warc.gz`.
    static func isGzipToInflate(_ path: String) -> Bool {
        let lowered = path.lowercased()
        return lowered.hasSuffix(".gz") && !lowered.hasSuffix(".warc.gz")
    }

    private func filesInFolder(_ path: String) -> [String] {
        let root = URL(fileURLWithPath: path)
        guard
            let walker = FileManager.default.enumerator(
                at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [] }
        var found: [String] = []
        for case let url as URL in walker {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            guard Self.readableExtensions.contains(url.pathExtension.lowercased()) else { continue }
            var relative = url.path.hasPrefix(root.path) ? String(url.path.dropFirst(root.path.count)) : url.path
            while relative.hasPrefix("/") { relative.removeFirst() }
            found.append((path as NSString).appendingPathComponent(relative))
        }
        return found.sorted()
    }

    private func tooLarge(_ name: String, _ size: Int) -> InputError {
        InputError(.tooLarge, "input is \(size) bytes, over the limit of \(maximumSize) bytes (see --max-size)", file: name)
    }

    private static func reason(of error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
            let posix = POSIXErrorCode(rawValue: Int32(underlying.code))
        {
            return String(cString: strerror(posix.rawValue))
        }
        return nsError.localizedDescription
    }
}
