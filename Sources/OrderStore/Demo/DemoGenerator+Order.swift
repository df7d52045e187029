import PortingModel

extension DemoGenerator {
    mutating func makeOrder(index: Int, status: OrderStatus, business: Bool) -> OrderBundle {
        let id = Self.orderId(index)
        let carrierIndex = DemoVocabulary.carrierFor(status, drawn: random.int(0...(DemoVocabulary.carriers.count - 1)))
        let carrier = DemoVocabulary.carriers[carrierIndex]
        let place = random.pick(DemoVocabulary.places)
        var order = Order(id: id, status: status.rawValue)
        order.subscriberType = business ? "business" : "residential"
        order.ownerName = "\(random.pick(DemoVocabulary.firstNames)) \(random.pick(DemoVocabulary.lastNames))"
        if business {
            order.businessName = "\(random.pick(DemoVocabulary.businessWords)) \(random.pick(DemoVocabulary.businessKinds))"
        }
        order.addressLine1 = "\(random.int(10...9999)) \(random.pick(DemoVocabulary.streets))"
        order.addressLine2 = business && random.chance(0.4) ? "Suite \(random.int(1...9))00" : nil
        order.city = place.city
        order.region = place.region
        order.postalCode = place.zip
        order.country = "US"
        order.losingCarrierId = Int64(carrierIndex + 1)
        order.accountNumber = String((0..<random.int(9...12)).map { _ in Character(String(random.int(0...9))) })
        if carrier.wantsPin {
            let letters = Array("ABCDEFGHJKMNPQRSTUVWXYZ")
            order.pin = "\(random.pick(letters))\(random.pick(letters))\(random.int(1000...9999))"
        }
        let count = business ? size(index: index) : min(size(index: index), index == 6 ? 1_000 : 5)
        let list = (0..<count).map { _ in self.numbers.take() }
        order.btn = list[0]
        let small = count <= 25 && ![.draft, .awaitingSignature].contains(status)
        order.assignTempNumbers = small && random.chance(0.3)
        var bundle = OrderBundle(order: order)
        let timeline = makeTimeline(for: &bundle.order, status: status, index: index)
        bundle.events = timeline
        bundle.numbers = makeNumbers(list, order: bundle.order, status: status)
        if order.assignTempNumbers { bundle.tempMappings = makeTemps(bundle) }
        bundle.notifications = makeNotifications(business: business)
        if ![.draft, .awaitingSignature].contains(status) {
            bundle.signature = makeSignature(bundle.order)
        }
        return bundle
    }

    mutating func makeNotifications(business: Bool) -> [String] {
        let count = random.int(business ? 1...3 : 1...1)
        let names = ["porting", "it-team", "facilities", "owner", "telecom", "helpdesk"]
        return Array(Set((0..<count).map { _ in "\(random.pick(names))@customer\(random.int(1...40)).example" })).sorted()
    }

    mutating func makeSignature(_ order: Order) -> LoaSignature {
        var signature = LoaSignature(orderId: order.id)
        signature.signerName = order.ownerName
        signature.signerTitle = order.subscriberType == "business" ? random.pick(DemoVocabulary.titles) : "Account holder"
        let local = (order.ownerName ?? "owner").lowercased()
            .folding(options: .diacriticInsensitive, locale: nil).filter { $0.isLetter }
        signature.signerEmail = "\(local)@customer.example"
        let created = Timestamp.seconds(order.createdAt)!
        signature.acceptedAt = DemoClock.text(created + Int64(random.int(600...86_400)))
        signature.loaVersion = "2026-01"
        return signature
    }

    mutating func makeTemps(_ bundle: OrderBundle) -> [TempMapping] {
        let status = bundle.order.knownStatus!
        return bundle.numbers.map { number in
            let state: TempState
            switch status {
            case .completed: state = .swapped
            case .cancelled, .expired: state = .released
            case .partiallyCompleted: state = number.status == NumberStatus.ported.rawValue ? .swapped : .released
            default: state = .active
            }
            var mapping = TempMapping(
                orderId: bundle.order.id, portedNumber: number.number, tempNumber: numbers.take(),
                state: state.rawValue)
            mapping.assignedAt = bundle.order.submittedAt ?? bundle.order.createdAt
            if state == .swapped { mapping.swappedAt = number.portedAt ?? bundle.order.completedAt }
            if state == .released { mapping.swappedAt = bundle.order.updatedAt }
            return mapping
        }
    }

    /// Makes a failed order's restart: the original is closed (cancelled, reasons kept on its numbers)
    /// and a new order with the same owner and numbers is filed, linked back to it.
    mutating func restart(of original: inout OrderBundle, index: Int) -> OrderBundle {
        let failedAt = Timestamp.seconds(original.order.updatedAt)!
        let newId = Self.orderId(index)
        original.order.status = OrderStatus.cancelled.rawValue
        original.events.append(
            event(
                original.order.id, at: failedAt + 3_600, from: .exception, to: .cancelled,
                note: "Restarted as \(newId) with corrected details"))
        original.order.updatedAt = DemoClock.text(failedAt + 3_600)
        original.tempMappings = original.tempMappings.map {
            var m = $0; m.state = TempState.released.rawValue; m.swappedAt = original.order.updatedAt; return m
        }
        var order = original.order
        order.id = newId
        order.restartedFrom = original.order.id
        let status = random.pick([OrderStatus.submitted, .focConfirmed, .completed, .completed, .inReview, .exception])
        order.status = status.rawValue
        order.assignTempNumbers = false
        var bundle = OrderBundle(order: order)
        bundle.events = makeTimeline(for: &bundle.order, status: status, index: index, notBefore: failedAt + 7_200)
        bundle.numbers = makeNumbers(original.numbers.map(\.number), order: bundle.order, status: status)
        bundle.notifications = original.notifications
        bundle.signature = makeSignature(bundle.order)
        return bundle
    }
}
