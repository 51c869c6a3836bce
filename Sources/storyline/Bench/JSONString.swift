/// JSON string literals without Foundation's encoder, which would dominate writing a million articles.
enum JSONString {
    /// `text` as a quoted JSON string: quotes, backslashes and control characters escaped.
    static func quoted(_ text: String) -> String {
        var result = "\""
        result.reserveCapacity(text.utf8.count + 16)
        var pending = text.unicodeScalars.startIndex
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar == "\"" || scalar == "\\" || scalar.value < 0x20 {
                result.unicodeScalars.append(contentsOf: scalars[pending..<index])
                switch scalar {
                case "\"": result += "\\\""
                case "\\": result += "\\\\"
                case "\n": result += "\\n"
                case "\r": result += "\\r"
                case "\t": result += "\\t"
                default:
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                }
                pending = scalars.index(after: index)
            }
            index = scalars.index(after: index)
        }
        result.unicodeScalars.append(contentsOf: scalars[pending..<scalars.endIndex])
        return result + "\""
    }
}
