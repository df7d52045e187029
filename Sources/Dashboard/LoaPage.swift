import PortingModel

/// The context of `orders/<id>/loa.html`: the printable Letter of Authorization.
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

    /// Each column of a sheet holds its numbers under this key as a `RowSet`; the builder replaces
    /// it with the rendered rows before the page is rendered.
    public static let columnKey = "numberRows"

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

    public func context(_ bundle: OrderBundle) -> [String: Any] {
        let o = bundle.order
        let numbers = bundle.numbers.map { PhoneNumber($0.number)?.dashed ?? $0.number }
        let layout = Self.sheetCount(numbers: numbers.count)
        let total = 1 + layout.attachment + (layout.signatureOwnSheet ? 1 : 0)
        let perSheet = Self.columns * Self.rowsPerSheet
        var sheets: [[String: Any]] = []
        for sheet in 0..<layout.attachment {
            let slice = Array(numbers.dropFirst(sheet * perSheet).prefix(perSheet))
            let rows = (slice.count + Self.columns - 1) / Self.columns
            // Column-major: read down the first column, then the next.
            let columns: [[String: Any]] = (0..<Self.columns).map { c in
                [Self.columnKey: RowSet(kind: "loa-number", values: Array(slice.dropFirst(c * rows).prefix(rows)).map { [$0] })]
            }
            let isLast = sheet == layout.attachment - 1
            sheets.append([
                "page": sheet + 2, "columns": columns, "first": sheet * perSheet + 1,
                "last": sheet * perSheet + slice.count, "signatureHere": isLast && !layout.signatureOwnSheet,
            ])
        }
        var context = OrderSummaryRow.fields(bundle, index: index, display: display, from: index.loaPath(o.id))
        context["provider"] = config.provider
        context["pages"] = total
        context["sheets"] = sheets
        context["signatureSheet"] = layout.signatureOwnSheet ? ["page": total] : nil
        context["numberTotal"] = numbers.count
        context["customerName"] = display.name(o.businessName ?? o.ownerName)
        context["address"] = OrderPage(index: index, display: display).address(o)
        context["btn"] = PhoneNumber(o.btn ?? "")?.dashed ?? (o.btn ?? "")
        context["accountNumber"] = config.maskAccountOnLoa || display.redact ? Display.mask(o.accountNumber) : (o.accountNumber ?? "")
        context["isBusiness"] = o.knownSubscriberType == .business
        if let s = bundle.signature {
            context["signature"] = [
                "name": display.name(s.signerName), "title": s.signerTitle ?? "",
                "email": display.personal(s.signerEmail), "acceptedAt": display.dateTime(s.acceptedAt) + " " + display.zoneName,
            ]
        }
        return compacted(context)
    }
}
