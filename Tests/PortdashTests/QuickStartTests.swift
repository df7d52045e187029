import Foundation
import TestSupport
import Testing

@Suite("The README's quick start")
struct QuickStartTests {
    @Test("`portdash demo` in a fresh folder builds the whole site, one order page and one LOA per order")
    func demo() throws {
        let folder = TemporaryFolder("quickstart")
        let result = try CommandRunner().run(["demo"], in: folder.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Wrote porting.sqlite: 200 orders"))
        #expect(result.stdout.hasSuffix("/output/index.html\n") && result.stdout.contains("\nOpen "))
        let out = folder.file("output")
        let files = TemporaryFolder.files(under: out)
        let orderPages = files.filter { $0.hasPrefix("orders/") && !SiteInspection.isListPage(String($0.dropFirst("orders/".count))) }
        let loaPages = files.filter { $0.hasPrefix("loa/") }
        #expect(orderPages.count == 200)
        #expect(loaPages.count == 200)
        for page in [
            "index.html", "temp-numbers/index.html", "inventory/index.html", "problems/index.html", "orders/index.html",
            "carriers/index.html", "aging/index.html", "open-orders/index.html", "foc-calendar/index.html", "results/index.html",
            "exports/orders/part-0001.csv", "exports/inventory.json", "assets/portdash.css",
        ] {
            #expect(files.contains(page), "\(page)")
        }
        #expect(SiteInspection.brokenLinks(in: out) == [])
        let last = result.stdout.split(separator: "\n").last { $0.hasPrefix("Built ") } ?? ""
        #expect(last.hasPrefix("Built 200 orders:"))
        let again = try CommandRunner().run(["demo"], in: folder.path)
        #expect(again.status == 0)
        #expect(again.stdout.hasPrefix("Using the existing database porting.sqlite."))
        #expect(again.stdout.contains("Built 200 orders: 0 pages rendered, 0 files written"))
    }
}
