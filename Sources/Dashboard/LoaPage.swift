import PortingModel

/// The context of `loa/<id>.html`: the printable Letter of Authorization.
///
/// The numbers are laid out on sheets of a fixed size, each printed as one page with the order id
/// and "Page N of M", so the count is known here rather than left to the browser.
public struct LoaPage: Sendable {
    /// Numbers per attachment sheet: 4 columns of 40 rows fit Letter and A4 alike.
    public static let columns = 4
    public static let rowsPerSheet = 40
    /// Rows that still leave room for the signature block on the same sheet.
    public static let rowsWithSignature = 24

    public let index: SiteIndex
    public let display: Display
    public let config: SiteConfig

    public init(index: SiteIndex, display: Display, config: SiteConfig) {
        self.index = index
        self.display = display
        self.config = config
    }

    /// How many printed pages an LOA of `count` numbers takes: the letter, the attachment sheets,
    /// and a sheet of its own for the signature when the last one is full.
    public static func sheetCount(numbers count: Int) -> (attachment: Int, signatureOwnSheet: Bool) {
        let perSheet = columns * rowsPerSheet
        let sheets = max(1, (count + perSheet - 1) / perSheet)
        let lastRows = (count - (sheets - 1) * perSheet + columns - 1) / columns
        return (sheets, lastRows > rowsWithSignature)
    }

    public func model(_ bundle: OrderBundle) -> LoaPageModel {
        let o = bundle.order
        let numbers = bundle.numbers.map { dashedNumber($0.number) }
        let layout = Self.sheetCount(numbers: numbers.count)
        let total = 1 + layout.attachment + (layout.signatureOwnSheet ? 1 : 0)
        let perSheet = Self.columns * Self.rowsPerSheet
        var sheets: [LoaPageModel.Sheet] = []
        for sheet in 0..<layout.attachment {
            let slice = Array(numbers.dropFirst(sheet * perSheet).prefix(perSheet))
            let rows = (slice.count + Self.columns - 1) / Self.columns
            // Column-major: read down the first column, then the next.
            let columns = (0..<Self.columns).map { c in
                RowSet(kind: "loa-number", values: Array(slice.dropFirst(c * rows).prefix(rows)).map { [$0] })
            }
            let isLast = sheet == layout.attachment - 1
            sheets.append(
                LoaPageModel.Sheet(
                    page: sheet + 2, columns: columns, first: sheet * perSheet + 1, last: sheet * perSheet + slice.count,
                    signatureHere: isLast && !layout.signatureOwnSheet))
        }
        return LoaPageModel(
            summary: OrderSummaryRow(bundle, index: index, display: display, from: index.loaPath(o.id)),
            provider: config.provider, pages: total, sheets: sheets, signatureSheet: layout.signatureOwnSheet ? total : nil,
            numberTotal: numbers.count, customerName: display.name(o.businessName ?? o.ownerName),
            address: OrderPage(index: index, display: display).address(o),
            btn: PhoneNumber(o.btn ?? "")?.dashed ?? (o.btn ?? ""),
            accountNumber: config.maskAccountOnLoa || display.redact ? Display.mask(o.accountNumber) : (o.accountNumber ?? ""),
            isBusiness: o.knownSubscriberType == .business,
            signature: bundle.signature.map {
                LoaPageModel.Signature(
                    name: display.name($0.signerName), title: $0.signerTitle ?? "", email: display.personal($0.signerEmail),
                    acceptedAt: display.dateTime($0.acceptedAt) + " " + display.zoneName)
            })
    }
}
