import Foundation
import GlossCore
import Testing

@testable import GlossUI

/// Annotations made through `apply` take their ids and times from the state's stamps, so the
/// same actions on the same state give the same annotations.
@Suite struct AnnotationStampsTests {
    static let start = Date(timeIntervalSince1970: 1_800_000_000)

    /// Marks the first word, writes a note on the next two, and changes the first one's colour.
    static func session(_ stamps: AnnotationStamps) -> (AppState, [Effect]) {
        var state = Fixture.readerState(size: Size(width: 100, height: 20))
        state.stamps = stamps
        var effects: [Effect] = []
        effects += state.apply(.startSelection)
        effects += state.apply(.extendSelection(.wordEnd))
        effects += state.apply(.mark)
        effects += state.apply(.cycleColor)
        return (state, effects)
    }

    static func persisted(_ effects: [Effect]) -> [AnnotationChange] {
        effects.compactMap { if case .persist(let c) = $0 { c } else { nil } }
    }

    @Test func fixedStampsGiveTheSameAnnotationsEveryTime() throws {
        let (first, firstEffects) = Self.session(.fixed(start: Self.start, step: 60))
        let (second, secondEffects) = Self.session(.fixed(start: Self.start, step: 60))
        #expect(firstEffects == secondEffects)
        #expect(first == second)
        let changes = Self.persisted(firstEffects)
        try #require(changes.count == 2)
        let made = try #require(changes[0].after)
        #expect(made.id == UUID(uuidString: "00000000-0000-4000-8000-000000000001"))
        #expect(made.created == Self.start)
        // The colour change is the next stamp: a minute later, same annotation.
        let recoloured = try #require(changes[1].after)
        #expect(recoloured.id == made.id)
        #expect(recoloured.created == Self.start)
        #expect(recoloured.modified == Self.start.addingTimeInterval(60))
        #expect(first.stamps.issued == 2)
    }

    @Test func systemStampsGiveNewIdsAndTheClocksTime() throws {
        let before = Annotation.timestamp(Date())
        let (_, one) = Self.session(.system)
        let (_, two) = Self.session(.system)
        let a = try #require(Self.persisted(one).first?.after)
        let b = try #require(Self.persisted(two).first?.after)
        #expect(a.id != b.id)
        #expect(a.created >= before && a.created <= Date())
    }

    @Test func theFixedSequenceCountsUpInIdsAndTimes() {
        var stamps = AnnotationStamps.fixed(start: Self.start, step: 2)
        let ids = (0..<17).map { _ in stamps.next() }
        #expect(ids[0].id.uuidString == "00000000-0000-4000-8000-000000000001")
        #expect(ids[16].id.uuidString == "00000000-0000-4000-8000-000000000011")
        #expect(ids[16].now == Self.start.addingTimeInterval(32))
        #expect(Set(ids.map(\.id)).count == 17)
        var system = AnnotationStamps.system
        _ = system.next()
        #expect(system.issued == 0)
    }
}
