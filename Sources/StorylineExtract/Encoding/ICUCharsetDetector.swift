import CICU

/// ICU's statistical charset detector (`ucsdet_*`), limited to answers that make sense for web pages
/// and text files.
///
/// ICU scores every charset it knows: UTF-8/16/32, Shift_JIS, GB18030, EUC-JP, EUC-KR, Big5, ISO-2022-*,
/// ISO-8859-1/2/5/6/7/8/9, windows-1250…1256, KOI8-R and two EBCDIC code pages. UTF-16/32 without a
/// byte-order mark, ISO-2022 (7-bit, so never reaching detection) and EBCDIC are dropped; the rest map to
/// their WHATWG encodings (ICU's ISO-8859-1 is read as windows-1252, ISO-8859-9 as windows-1254).
enum ICUCharsetDetector {
    /// One plausible answer.
    struct Guess: Equatable {
        var encoding: TextEncoding
        /// ICU's confidence, 0–100.
        var confidence: Int
    }

    /// The plausible encodings of `sample`, best first (several ICU names may map to one encoding; only
    /// the first is kept).
    static func guesses(for sample: UnsafeBufferPointer<UInt8>) -> [Guess] {
        guard let base = sample.baseAddress, !sample.isEmpty, sample.count < Int(Int32.max) else { return [] }
        var status: Int32 = STORYLINE_U_ZERO_ERROR
        guard let detector = storyline_ucsdet_open(&status), status <= 0 else { return [] }
        defer { storyline_ucsdet_close(detector) }
        // The detector keeps the pointer until it is closed: everything happens inside this closure.
        return base.withMemoryRebound(to: CChar.self, capacity: sample.count) { text in
            storyline_ucsdet_setText(detector, text, Int32(sample.count), &status)
            var found: Int32 = 0
            guard status <= 0, let matches = storyline_ucsdet_detectAll(detector, &found, &status), status <= 0
            else { return [] }
            var guesses: [Guess] = []
            for index in 0..<Int(found) {
                guard let match = matches[index], let name = storyline_ucsdet_getName(match, &status),
                    let encoding = plausibleEncoding(icuName: String(cString: name)),
                    !guesses.contains(where: { $0.encoding == encoding })
                else { continue }
                let confidence = Int(storyline_ucsdet_getConfidence(match, &status))
                guard status <= 0 else { return guesses }
                guesses.append(Guess(encoding: encoding, confidence: confidence))
            }
            return guesses
        }
    }

    /// The WHATWG encoding for an ICU detector name, or nil when the answer is not plausible here.
    static func plausibleEncoding(icuName: String) -> TextEncoding? {
        guard let encoding = TextEncoding(label: icuName), !encoding.isUTF16, encoding.isASCIICompatible else {
            return nil
        }
        return encoding
    }
}
