import Foundation
import GRDB

/// Lenient column reads: real data puts integers in text columns and NULLs where the contract says
/// NOT NULL, so every value is read as what it can be shown as, never with a fatal conversion.
/// Reads a row's columns by position, leniently (see `Row.text`).
protocol ColumnReader {
    func text(_ index: Int) -> String?
    func integer(_ index: Int) -> Int64?
}

extension FastRows: ColumnReader {}

extension Row: ColumnReader {
    func text(_ index: Int) -> String? {
        let value: DatabaseValue = self[index]
        switch value.storage {
        case .null: return nil
        case .string(let text): return text
        case .int64(let int): return String(int)
        case .double(let double): return String(double)
        case .blob(let data): return String(decoding: data, as: UTF8.self)
        }
    }

    func integer(_ index: Int) -> Int64? {
        let value: DatabaseValue = self[index]
        switch value.storage {
        case .int64(let int): return int
        case .double(let double): return double.isFinite && double.rounded() == double ? Int64(exactly: double) : nil
        case .string(let text): return Int64(text)
        case .null, .blob: return nil
        }
    }
}
