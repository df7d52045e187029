/// Hands out unique, valid North American numbers: first the fictional 555-0100 to 555-0199 block
/// of each area code, then, for large demos, ordinary exchanges.
struct DemoNumbers {
    private var next = 0

    /// Area codes 201-989 whose middle digit is not 9 and that are not N11.
    static let areaCodes: [Int] = (201...989).filter { npa in
        let middle = npa / 10 % 10, last = npa % 10
        return middle != 9 && !(middle == 1 && last == 1)
    }

    /// Exchanges 200-999, without N11 and 555.
    static let exchanges: [Int] = (200...999).filter { nxx in !(nxx % 100 == 11) && nxx != 555 }

    mutating func take() -> String {
        defer { next += 1 }
        return Self.number(at: next)
    }

    static func number(at k: Int) -> String {
        let fictional = 100 * areaCodes.count
        if k < fictional {
            return "+1\(areaCodes[k / 100])5550\(100 + k % 100)"
        }
        let rest = k - fictional
        let line = rest % 10_000
        let nxx = exchanges[(rest / 10_000) % exchanges.count]
        let npa = areaCodes[(rest / (10_000 * exchanges.count)) % areaCodes.count]
        let digits = String(line)
        return "+1\(npa)\(nxx)\(String(repeating: "0", count: 4 - digits.count))\(digits)"
    }
}
