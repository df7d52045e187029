/// The row hashes (`SQLDigest.rowName`) of one order id's rows in a table, summed, and how many
/// rows there are: `SQLDigest.group` makes the group's digest from them.
struct DigestGroup {
    var sum: UInt64 = 0
    /// The sum of the rows' hashes over the columns the number rules read.
    var links: UInt64 = 0
    var count: UInt64 = 0

    mutating func add(_ other: DigestGroup) {
        sum &+= other.sum
        links &+= other.links
        count += other.count
    }
}
