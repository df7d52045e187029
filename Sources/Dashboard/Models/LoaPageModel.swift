/// What an order's printable Letter of Authorization shows besides its summary line: the letter,
/// the numbers laid out on numbered sheets, and the signature.
public struct LoaPageModel: Sendable, TemplateModel {
    public struct Sheet: Sendable, TemplateModel {
        struct Column: Sendable, TemplateModel {
            let rows: RowSet
            static let templateFields = TemplateFields<Column>(["numberRows": { .rows($0.rows) }])
        }
        let page: Int, columns: [RowSet], first: Int, last: Int, signatureHere: Bool
        public static let templateFields = TemplateFields<Sheet>([
            "page": { .number($0.page) }, "columns": { .models($0.columns.map(Column.init)) }, "first": { .number($0.first) },
            "last": { .number($0.last) }, "signatureHere": { .flag($0.signatureHere) },
        ])
    }

    public struct Signature: Sendable, TemplateModel {
        let name: String, title: String, email: String, acceptedAt: String
        public static let templateFields = TemplateFields<Signature>([
            "name": { .text($0.name) }, "title": { .text($0.title) }, "email": { .text($0.email) }, "acceptedAt": { .text($0.acceptedAt) },
        ])
    }

    struct SignatureSheet: Sendable, TemplateModel {
        let page: Int
        static let templateFields = TemplateFields<SignatureSheet>(["page": { .number($0.page) }])
    }

    public let summary: OrderSummaryRow
    let provider: String, pages: Int
    let sheets: [Sheet]
    let signatureSheet: Int?
    let numberTotal: Int, customerName: String
    let address: [String]
    let btn: String, accountNumber: String, isBusiness: Bool
    let signature: Signature?

    public static let templateFields = TemplateFields<LoaPageModel>([
        "provider": { .nonEmpty($0.provider) },
        "pages": { .number($0.pages) },
        "sheets": { .models($0.sheets) },
        "signatureSheet": { .optionalModel($0.signatureSheet.map(SignatureSheet.init)) },
        "numberTotal": { .number($0.numberTotal) },
        "customerName": { .nonEmpty($0.customerName) },
        "address": { .list($0.address.map { .text($0) }) },
        "btn": { .nonEmpty($0.btn) },
        "accountNumber": { .nonEmpty($0.accountNumber) },
        "isBusiness": { .flag($0.isBusiness) },
        "signature": { .optionalModel($0.signature) },
    ])
}
