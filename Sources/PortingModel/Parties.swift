/// A losing carrier (`carriers`).
public struct Carrier: Sendable, Equatable {
    public var id: Int64
    public var name: String
    /// The carrier's Service Provider ID, when known.
    public var spid: String?

    public init(id: Int64, name: String, spid: String? = nil) {
        self.id = id
        self.name = name
        self.spid = spid
    }
}

/// A person numbers can be assigned to (`users`).
public struct User: Sendable, Equatable {
    public var id: Int64
    public var name: String
    public var email: String?
    public var `extension`: String?

    public init(id: Int64, name: String, email: String? = nil, extension ext: String? = nil) {
        self.id = id
        self.name = name
        self.email = email
        self.extension = ext
    }
}

/// The owner's acceptance of the Letter of Authorization (`loa_signatures`).
public struct LoaSignature: Sendable, Equatable {
    public var orderId: String
    public var signerName: String?
    public var signerTitle: String?
    public var signerEmail: String?
    public var acceptedAt: String?
    public var loaVersion: String?

    public init(orderId: String) {
        self.orderId = orderId
    }
}
