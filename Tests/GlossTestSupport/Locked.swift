import Foundation

/// A value handed between threads in a test, behind a lock.
public final class Locked<Value>: @unchecked Sendable {
    private var stored: Value
    private let lock = NSLock()
    public init(_ value: Value) { stored = value }
    public var value: Value {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }
    public func get() -> Value { value }
    public func set(_ v: Value) {
        lock.lock()
        stored = v
        lock.unlock()
    }
    public func mutate(_ body: (inout Value) -> Void) {
        lock.lock()
        body(&stored)
        lock.unlock()
    }
}
