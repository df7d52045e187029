import Foundation
import TestSupport
import Testing

@Suite("The README's quick start")
struct QuickStartTests {
    @Test("portdash demo in a fresh folder builds the whole site, one order page and one LOA per order")
    func demo() throws {
        let folder = TemporaryFolder("quickstart")
        let result = try CommandRunner().run(["demo", "--orders", "40"], in: folder.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Open \(folder.path)/output/index.html") || result.stdout.contains("output/index.html"))
        let out = folder.file("output")
        let files = TemporaryFolder.files(under: out)
        let orderPages = files.filter { $0.hasPrefix("orders/") && $0.hasSuffix("/index.html") }
        let loaPages = files.filter { $0.hasPrefix("orders/") && $0.hasSuffix("/loa.html") }
        #expect(orderPages.count == 40)
        #expect(loaPages.count == 40)
        for page in ["index.html", "temp-numbers/index.html", "inventory/index.html", "problems/index.html",
                     "exports/orders.csv", "exports/inventory.json", "assets/portdash.css"] {
            #expect(files.contains(page), "\(page)")
        }
        #expect(SiteInspection.brokenLinks(in: out) == [])
        let last = result.stdout.split(separator: "\n").last { $0.hasPrefix("Built ") } ?? ""
        #expect(last.hasPrefix("Built 40 orders:"))
    }
}
