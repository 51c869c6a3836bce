/// Unifies speaker names across articles by surname: "Costa" and "Ana Costa" become the longest
/// form, "Ana Costa".
struct SpeakerUnifier {
    private var bySurname: [String: String] = [:]

    init(names: [String]) {
        for name in names {
            let key = EntityResolver.surname(of: name)
            if let current = bySurname[key] {
                let longer =
                    (name.split(separator: " ").count, name.count) > (
                        current.split(separator: " ").count, current.count
                    )
                if longer { bySurname[key] = name }
            } else {
                bySurname[key] = name
            }
        }
    }

    func canonical(_ name: String) -> String { bySurname[EntityResolver.surname(of: name)] ?? name }
}
