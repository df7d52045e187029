/// A page, or a part of one, that a theme's templates print. Each model lists the names its
/// templates may use next to how each value is made from the model's own data.
public protocol TemplateModel: Sendable {
    static var templateFields: TemplateFields<Self> { get }
    /// The value of the field interned as `symbol`, or nil when the model has no such field.
    /// Given by `templateFields`; a model whose names are only known at run time may answer itself.
    func templateValue(_ symbol: Int) -> TemplateValue?
    /// The names this model offers.
    var templateFieldNames: [String] { get }
    /// Its field table's slots by interned symbol (see `TemplateFields`), so a renderer looking a
    /// name up through the models of a page tells without a call which ones may have it; nil for
    /// a model that answers `templateValue(_:)` itself, which must then say so by returning nil.
    var templateSlots: [Int32]? { get }
    /// The value of the field in `slot` (from `templateSlots`), or nil when it is absent.
    func templateValue(slot: Int32) -> TemplateValue?
}

extension TemplateModel {
    /// The value of the field interned as `symbol`, or nil when the model has no such field.
    public func templateValue(_ symbol: Int) -> TemplateValue? {
        Self.templateFields.value(of: self, symbol: symbol)
    }

    /// The names this model offers, in the order they were declared.
    public var templateFieldNames: [String] { Self.templateFields.names }

    /// The field table's slots; nil when the table is empty, as a model that answers for itself
    /// declares it (a model with no fields has nothing to look up either way).
    public var templateSlots: [Int32]? {
        let fields = Self.templateFields
        return fields.names.isEmpty ? nil : fields.slots
    }

    public func templateValue(slot: Int32) -> TemplateValue? {
        Self.templateFields.value(of: self, slot: slot)
    }
}

/// A model's field names and how to compute each, with a table from interned name to field, made
/// once per model type, so that a lookup while rendering is two array reads. A class: a lookup
/// gets the table through the protocol's static getter, and a struct of three arrays was three
/// retains and releases per name looked up, for every model a name is looked for in.
public final class TemplateFields<Model>: Sendable {
    public typealias Getter = @Sendable (Model) -> TemplateValue
    public let names: [String]
    let getters: [Getter]
    /// For each interned symbol, its field's index in `getters`, or -1.
    public let slots: [Int32]

    public init(_ fields: KeyValuePairs<String, Getter>) {
        names = fields.map(\.key)
        getters = fields.map(\.value)
        let symbols = names.map(TemplateSymbols.intern)
        var slots = [Int32](repeating: -1, count: (symbols.max() ?? -1) + 1)
        for (field, symbol) in symbols.enumerated() where slots[symbol] < 0 { slots[symbol] = Int32(field) }
        self.slots = slots
    }

    func value(of model: Model, symbol: Int) -> TemplateValue? {
        guard symbol < slots.count else { return nil }
        let slot = slots[symbol]
        guard slot >= 0 else { return nil }
        return value(of: model, slot: slot)
    }

    func value(of model: Model, slot: Int32) -> TemplateValue? {
        let value = getters[Int(slot)](model)
        if case .absent = value { return nil }
        return value
    }
}
