/// The row rules of the order database contract. Pure: it only looks at the values it is given.
public struct Validator: Sendable {
    public var references: References

    public init(references: References) {
        self.references = references
    }

    /// Every finding about one order and its rows.
    /// `timing` is the order's, when the caller already has it.
    public func check(_ bundle: OrderBundle, timing: OrderTiming? = nil) -> [Finding] {
        var findings = checkOrder(bundle.order)
        let id = bundle.order.id
        if bundle.numbers.count > Rules.maxNumbersPerOrder {
            findings.append(
                Finding(
                    .error, table: "orders", key: id, column: "id",
                    "has \(bundle.numbers.count) numbers; an order holds at most \(Rules.maxNumbersPerOrder)"))
        }
        for number in bundle.numbers {
            findings += checkNumber(number)
        }
        // Only temporary numbers are checked against the order's numbers.
        let onOrder = bundle.tempMappings.isEmpty ? [] : Set(bundle.numbers.map(\.number))
        for mapping in bundle.tempMappings {
            findings += checkMapping(mapping, onOrder: onOrder)
        }
        for event in bundle.events {
            findings += checkEvent(event)
        }
        findings += (timing ?? OrderTiming(bundle)).findings(orderId: id)
        return findings
    }

    func checkOrder(_ order: Order) -> [Finding] {
        var out: [Finding] = []
        func add(_ severity: Finding.Severity, _ column: String, _ message: String) {
            out.append(Finding(severity, table: "orders", key: order.id, column: column, message))
        }
        if order.id.isEmpty { add(.error, "id", "is empty") }
        if order.status.isEmpty {
            add(.error, "status", "is missing")
        } else if order.knownStatus == nil {
            add(.error, "status", "unknown status \(quoted(order.status))")
        }
        switch order.subscriberType {
        case nil: add(.error, "subscriber_type", "is missing")
        case let type? where SubscriberType(rawValue: type) == nil:
            add(.error, "subscriber_type", "unknown subscriber type \(quoted(type)); expected business or residential")
        default: break
        }
        if order.knownSubscriberType == .business && isBlank(order.businessName) {
            add(.warning, "business_name", "is missing on a business order")
        }
        if isBlank(order.ownerName) { add(.error, "owner_name", "is missing") }
        if isBlank(order.addressLine1) { add(.warning, "address_line1", "is missing") }
        if isBlank(order.btn) {
            add(.error, "btn", "is missing")
        } else if let btn = order.btn, let reason = phoneProblem(btn) {
            add(.error, "btn", "\(quoted(btn)) is not an E.164 number: it \(reason)")
        }
        if let carrier = order.losingCarrierId {
            if !references.carrierIds.contains(carrier) { add(.error, "losing_carrier_id", "refers to carrier \(carrier), which does not exist") }
        } else {
            add(.error, "losing_carrier_id", "is missing")
        }
        if let parent = order.restartedFrom, !references.orderIds.contains(parent) {
            add(.error, "restarted_from", "refers to order \(quoted(parent)), which does not exist")
        }
        for (column, value) in [
            ("created_at", order.createdAt), ("submitted_at", order.submittedAt),
            ("updated_at", order.updatedAt), ("completed_at", order.completedAt),
            ("foc_date", order.focDate), ("requested_port_date", order.requestedPortDate),
        ] {
            if let value, Timestamp.seconds(value) == nil {
                add(.warning, column, "\(quoted(value)) is not an ISO 8601 date")
            }
        }
        if order.createdAt == nil { add(.warning, "created_at", "is missing") }
        if isBlank(order.country) { add(.warning, "country", "is missing") }
        for (column, value) in [
            ("owner_name", order.ownerName), ("business_name", order.businessName), ("address_line1", order.addressLine1),
            ("address_line2", order.addressLine2), ("city", order.city), ("account_number", order.accountNumber),
        ] {
            if let value { out += TextRules.check(value, table: "orders", key: order.id, column: column) }
        }
        return out
    }

    func checkNumber(_ number: OrderNumber) -> [Finding] {
        var out: [Finding] = []
        // Made only for a finding: every number of every order is checked.
        var key: String { "\(number.orderId)/\(number.number)" }
        if let reason = phoneProblem(number.number) {
            out.append(
                Finding(
                    .error, table: "order_numbers", key: key, column: "number",
                    "\(quoted(number.number)) is not an E.164 number: it \(reason)"))
        }
        if number.status.isEmpty {
            out.append(Finding(.error, table: "order_numbers", key: key, column: "status", "is missing"))
        } else if number.knownStatus == nil {
            out.append(Finding(.error, table: "order_numbers", key: key, column: "status", "unknown status \(quoted(number.status))"))
        }
        if let foc = number.focDate, Timestamp.seconds(foc) == nil {
            out.append(Finding(.warning, table: "order_numbers", key: key, column: "foc_date", "\(quoted(foc)) is not an ISO 8601 date"))
        }
        return out
    }

    func checkMapping(_ mapping: TempMapping, onOrder: Set<String>) -> [Finding] {
        var out: [Finding] = []
        let key = "\(mapping.orderId)/\(mapping.tempNumber)"
        if let reason = phoneProblem(mapping.tempNumber) {
            out.append(
                Finding(
                    .error, table: "temp_numbers", key: key, column: "temp_number",
                    "\(quoted(mapping.tempNumber)) is not an E.164 number: it \(reason)"))
        }
        if !onOrder.contains(mapping.portedNumber) {
            out.append(
                Finding(
                    .error, table: "temp_numbers", key: key, column: "ported_number",
                    "\(quoted(mapping.portedNumber)) is not a number on order \(quoted(mapping.orderId))"))
        }
        if onOrder.contains(mapping.tempNumber) {
            out.append(
                Finding(
                    .error, table: "temp_numbers", key: key, column: "temp_number",
                    "\(quoted(mapping.tempNumber)) is also a number being ported on this order"))
        }
        if mapping.state.isEmpty {
            out.append(Finding(.error, table: "temp_numbers", key: key, column: "state", "is missing"))
        } else if mapping.knownState == nil {
            out.append(Finding(.error, table: "temp_numbers", key: key, column: "state", "unknown state \(quoted(mapping.state))"))
        }
        return out
    }

    func checkEvent(_ event: OrderEvent) -> [Finding] {
        var out: [Finding] = []
        let key = "\(event.id)"
        for (column, value) in [("note", event.note), ("actor", event.actor)] {
            if let value { out += TextRules.check(value, table: "order_events", key: key, column: column) }
        }
        if event.seconds == nil {
            out.append(Finding(.warning, table: "order_events", key: key, column: "at", "\(quoted(event.at)) is not an ISO 8601 date"))
        }
        if let to = event.toStatus, OrderStatus(rawValue: to) == nil, NumberStatus(rawValue: to) == nil {
            out.append(Finding(.warning, table: "order_events", key: key, column: "to_status", "unknown status \(quoted(to))"))
        }
        return out
    }

    /// Findings about the people and carriers the pages name.
    public func check(_ carrier: Carrier) -> [Finding] {
        carrier.name.isEmpty ? [Finding(.warning, table: "carriers", key: "\(carrier.id)", column: "name", "is missing")] : []
    }

    public func check(_ user: User) -> [Finding] {
        var out = user.name.isEmpty ? [Finding(.warning, table: "users", key: "\(user.id)", column: "name", "is missing")] : []
        out += TextRules.check(user.name, table: "users", key: "\(user.id)", column: "name")
        return out
    }

    /// Every finding about one inventory row.
    public func check(_ entry: InventoryEntry) -> [Finding] {
        var out: [Finding] = []
        let key = entry.number
        if let reason = phoneProblem(entry.number) {
            out.append(
                Finding(
                    .error, table: "phone_numbers", key: key, column: "number",
                    "\(quoted(entry.number)) is not an E.164 number: it \(reason)"))
        }
        if entry.source.isEmpty {
            out.append(Finding(.error, table: "phone_numbers", key: key, column: "source", "is missing"))
        } else if entry.knownSource == nil {
            out.append(
                Finding(
                    .error, table: "phone_numbers", key: key, column: "source",
                    "unknown source \(quoted(entry.source)); expected claimed, ported or temporary"))
        }
        if let user = entry.userId, !references.userIds.contains(user) {
            out.append(Finding(.error, table: "phone_numbers", key: key, column: "user_id", "refers to user \(user), which does not exist"))
        }
        if let order = entry.orderId, !references.orderIds.contains(order) {
            out.append(
                Finding(.error, table: "phone_numbers", key: key, column: "order_id", "refers to order \(quoted(order)), which does not exist"))
        }
        return out
    }

    func phoneProblem(_ text: String) -> String? {
        do throws(PhoneNumberError) {
            _ = try PhoneNumber(e164: text)
            return nil
        } catch {
            return error.description
        }
    }
}

/// A value in double quotes, with control characters escaped and long values cut, for messages.
public func quoted(_ text: String) -> String {
    "\"" + Finding.printable(text, limit: 60) + "\""
}

func isBlank(_ text: String?) -> Bool {
    text?.allSatisfy(\.isWhitespace) ?? true
}
