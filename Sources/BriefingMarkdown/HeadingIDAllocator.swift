/// Hands out heading ids that are unique within one document and avoid reserved ids:
/// the second `intro` becomes `intro-1`, the third `intro-2`, skipping any id already taken.
struct HeadingIDAllocator {
    private var taken: Set<String>
    private var nextSuffix: [String: Int] = [:]

    init(reserved: Set<String>) {
        taken = reserved
    }

    mutating func claim(_ base: String) -> String {
        if taken.insert(base).inserted {
            return base
        }
        var suffix = nextSuffix[base, default: 1]
        while true {
            let candidate = "\(base)-\(suffix)"
            suffix += 1
            if taken.insert(candidate).inserted {
                nextSuffix[base] = suffix
                return candidate
            }
        }
    }
}
