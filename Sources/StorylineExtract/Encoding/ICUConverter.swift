import CICU

/// Decodes bytes in any charset ICU knows into UTF-8, through ICU's converters (`ucnv_*`).
///
/// Illegal and unmapped byte sequences become U+FFFD (a callback in the `CICU` shim; ICU's default
/// writes U+001A for some), so the result is always valid UTF-8. Converters are opened per call: ICU caches the tables, so opening costs
/// microseconds, and nothing is shared between threads.
enum ICUConverter {
    /// The largest input converted in one call; ICU counts in `Int32`, and UTF-8 may need 3 bytes per byte.
    static let maximumInputLength = (Int(Int32.max) - 64) / 3

    /// The UTF-8 form of `source` read as the charset ICU calls `converterName`; nil when ICU has no such
    /// converter or the input is longer than ``maximumInputLength``.
    static func utf8(from source: UnsafeBufferPointer<UInt8>, converterName: String) -> [UInt8]? {
        guard source.count <= maximumInputLength else { return nil }
        var status: Int32 = STORYLINE_U_ZERO_ERROR
        guard let converter = storyline_ucnv_open(converterName, &status), status <= 0 else { return nil }
        defer { storyline_ucnv_close(converter) }
        storyline_ucnv_substituteReplacementCharacter(converter, &status)
        guard status <= 0 else { return nil }
        guard let sourceBase = source.baseAddress, !source.isEmpty else { return [] }
        // Twice the input fits single-byte Cyrillic and Latin text and two-byte CJK; when it does not,
        // ICU has counted the exact length needed and the second round uses it.
        var capacity = source.count * 2 + 64
        for _ in 0..<2 {
            var needed: Int32 = 0
            status = STORYLINE_U_ZERO_ERROR
            let output = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
                needed = sourceBase.withMemoryRebound(to: CChar.self, capacity: source.count) { input in
                    buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: capacity) { target in
                        storyline_ucnv_toUTF8(converter, target, Int32(capacity), input, Int32(source.count), &status)
                    }
                }
                initialized = status > 0 ? 0 : Int(needed)
            }
            if status <= 0 { return output }
            guard status == STORYLINE_U_BUFFER_OVERFLOW_ERROR, Int(needed) > capacity else { return nil }
            capacity = Int(needed)
        }
        return nil
    }
}
