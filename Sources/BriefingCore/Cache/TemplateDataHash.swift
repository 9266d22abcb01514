/// A fingerprint of a page's template data, independent of dictionary order: two pages with equal data
/// and the same theme render to the same bytes, so an unchanged fingerprint means the old file can stay.
enum TemplateDataHash {
    static func fingerprint(_ data: [String: Any], template: String, theme: ContentHash) -> ContentHash {
        var hash = ContentHash()
        hash.combine(theme)
        hash.combine(template)
        combine(data, into: &hash)
        return hash
    }

    private static func combine(_ value: Any, into hash: inout ContentHash) {
        switch value {
        case let text as String:
            hash.combine(1)
            hash.combine(text)
        case let flag as Bool:
            hash.combine(flag ? 2 : 3)
        case let number as Int:
            hash.combine(4)
            hash.combine(number)
        case let object as [String: Any]:
            hash.combine(5)
            hash.combine(object.count)
            // Order-independent without sorting: each entry is hashed on its own and the results summed.
            var sum: UInt64 = 0
            for (key, value) in object {
                var entry = ContentHash()
                entry.combine(key)
                combine(value, into: &entry)
                sum &+= entry.value
            }
            hash.combine(sum)
        case let list as [[String: Any]]:
            hash.combine(6)
            hash.combine(list.count)
            for item in list { combine(item, into: &hash) }
        case let list as [Any]:
            hash.combine(7)
            hash.combine(list.count)
            for item in list { combine(item, into: &hash) }
        default:
            hash.combine(8)
            hash.combine(String(describing: value))
        }
    }
}
