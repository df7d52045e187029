/// A value a page shows, as the theme's compiled templates read it: typed, so rendering needs no
/// reflection and no dynamic casts. A section over `.list` repeats, over `.flag` shows or hides,
/// over anything else opens that value; `.absent` is a name that is not there.
public enum TemplateValue: Sendable {
    case text(String)
    case number(Int)
    case flag(Bool)
    case list([TemplateValue])
    case model(any TemplateModel)
    /// A large table's rows, printed through the theme's row template for their kind.
    case rows(RowSet)
    case absent

    /// `.text(text)`, or `.absent` when there is none.
    public static func optional(_ text: String?) -> TemplateValue {
        text.map { .text($0) } ?? .absent
    }

    /// `.text(text)`, or `.absent` when it is empty, so `{{^name}}` shows its "none" text.
    public static func nonEmpty(_ text: String?) -> TemplateValue {
        guard let text, !text.isEmpty else { return .absent }
        return .text(text)
    }

    /// A list of models.
    public static func models<Model: TemplateModel>(_ models: [Model]) -> TemplateValue {
        .list(models.map { .model($0) })
    }

    /// A model, or `.absent` when there is none.
    public static func optionalModel<Model: TemplateModel>(_ model: Model?) -> TemplateValue {
        model.map { .model($0) } ?? .absent
    }
}
