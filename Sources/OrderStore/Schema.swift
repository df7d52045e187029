/// The order database contract: the tables portdash reads, as SQL, and its version.
public enum Schema {
    /// The contract version this portdash reads and `init` creates (`PRAGMA user_version`).
    public static let version = 1

    /// The SQL of contract version 1, as `portdash schema` prints it.
    public static let sql = """
        -- portdash order database contract, version 1 (PRAGMA user_version = 1).
        -- Times are ISO 8601 UTC text: 2026-03-01T14:05:00Z (dates: 2026-03-01).
        -- Phone numbers are E.164 text: +14085550100.

        CREATE TABLE carriers (
            id    INTEGER PRIMARY KEY,
            name  TEXT NOT NULL,
            spid  TEXT
        );

        CREATE TABLE users (
            id         INTEGER PRIMARY KEY,
            name       TEXT NOT NULL,
            email      TEXT,
            extension  TEXT
        );

        CREATE TABLE orders (
            id                   TEXT PRIMARY KEY NOT NULL,
            status               TEXT NOT NULL,
            subscriber_type      TEXT NOT NULL DEFAULT 'business',
            owner_name           TEXT NOT NULL,
            business_name        TEXT,
            address_line1        TEXT NOT NULL,
            address_line2        TEXT,
            city                 TEXT,
            region               TEXT,
            postal_code          TEXT,
            country              TEXT NOT NULL DEFAULT 'US',
            losing_carrier_id    INTEGER REFERENCES carriers(id),
            account_number       TEXT,
            pin                  TEXT,
            btn                  TEXT NOT NULL,
            assign_temp_numbers  INTEGER NOT NULL DEFAULT 0,
            requested_port_date  TEXT,
            foc_date             TEXT,
            created_at           TEXT NOT NULL,
            submitted_at         TEXT,
            updated_at           TEXT,
            completed_at         TEXT,
            restarted_from       TEXT REFERENCES orders(id)
        );
        CREATE INDEX orders_restarted_from ON orders(restarted_from);

        CREATE TABLE order_numbers (
            order_id          TEXT NOT NULL REFERENCES orders(id),
            number            TEXT NOT NULL,
            status            TEXT NOT NULL DEFAULT 'pending',
            foc_date          TEXT,
            rejection_code    TEXT,
            rejection_reason  TEXT,
            ported_at         TEXT,
            PRIMARY KEY (order_id, number)
        );
        CREATE INDEX order_numbers_number ON order_numbers(number);

        CREATE TABLE order_events (
            id           INTEGER PRIMARY KEY,
            order_id     TEXT NOT NULL REFERENCES orders(id),
            number       TEXT,
            at           TEXT NOT NULL,
            from_status  TEXT,
            to_status    TEXT,
            actor        TEXT,
            note         TEXT
        );
        CREATE INDEX order_events_order ON order_events(order_id, at, id);

        CREATE TABLE order_notifications (
            order_id  TEXT NOT NULL REFERENCES orders(id),
            email     TEXT NOT NULL,
            PRIMARY KEY (order_id, email)
        );

        CREATE TABLE temp_numbers (
            order_id       TEXT NOT NULL REFERENCES orders(id),
            ported_number  TEXT NOT NULL,
            temp_number    TEXT NOT NULL,
            assigned_at    TEXT,
            swapped_at     TEXT,
            state          TEXT NOT NULL DEFAULT 'active',
            PRIMARY KEY (order_id, temp_number)
        );

        CREATE TABLE phone_numbers (
            number       TEXT PRIMARY KEY NOT NULL,
            source       TEXT NOT NULL,
            status       TEXT,
            user_id      INTEGER REFERENCES users(id),
            order_id     TEXT REFERENCES orders(id),
            acquired_at  TEXT
        );

        CREATE TABLE loa_signatures (
            order_id      TEXT PRIMARY KEY NOT NULL REFERENCES orders(id),
            signer_name   TEXT,
            signer_title  TEXT,
            signer_email  TEXT,
            accepted_at   TEXT,
            loa_version   TEXT
        );
        """

    /// Every table portdash reads and the columns it needs from it, in reading order.
    public static let tables: [(name: String, columns: [String])] = [
        ("carriers", ["id", "name", "spid"]),
        ("users", ["id", "name", "email", "extension"]),
        (
            "orders",
            [
                "id", "status", "subscriber_type", "owner_name", "business_name", "address_line1", "address_line2",
                "city", "region", "postal_code", "country", "losing_carrier_id", "account_number", "pin", "btn",
                "assign_temp_numbers", "requested_port_date", "foc_date", "created_at", "submitted_at",
                "updated_at", "completed_at", "restarted_from",
            ]
        ),
        ("order_numbers", ["order_id", "number", "status", "foc_date", "rejection_code", "rejection_reason", "ported_at"]),
        ("order_events", ["id", "order_id", "number", "at", "from_status", "to_status", "actor", "note"]),
        ("order_notifications", ["order_id", "email"]),
        ("temp_numbers", ["order_id", "ported_number", "temp_number", "assigned_at", "swapped_at", "state"]),
        ("phone_numbers", ["number", "source", "status", "user_id", "order_id", "acquired_at"]),
        ("loa_signatures", ["order_id", "signer_name", "signer_title", "signer_email", "accepted_at", "loa_version"]),
    ]

    /// The columns of one table, comma-separated, for SELECT statements.
    static func columnList(_ table: String) -> String {
        tables.first { $0.name == table }!.columns.joined(separator: ", ")
    }
}
