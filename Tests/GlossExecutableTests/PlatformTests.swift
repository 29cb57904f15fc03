import Foundation
import Testing

@testable import gloss

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@Suite struct PlatformTests {
    @Test func waitStatusesReadAsAShellSaysThem() {
        #expect(Platform.exitCode(waitStatus: 0) == 0)
        #expect(Platform.exitCode(waitStatus: 3 << 8) == 3)
        #expect(Platform.exitCode(waitStatus: 255 << 8) == 255)
        #expect(Platform.exitCode(waitStatus: SIGKILL) == 128 + SIGKILL)
        // Killed with a core dump: the 0x80 bit is not part of the signal.
        #expect(Platform.exitCode(waitStatus: SIGSEGV | 0x80) == 128 + SIGSEGV)
    }

    @Test func aChildsExitCodeAndSignalComeBack() {
        #expect(Platform.runToEnd(["/bin/sh", "-c", "exit 0"]) == 0)
        #expect(Platform.runToEnd(["/bin/sh", "-c", "exit 7"]) == 7)
        #expect(Platform.runToEnd(["/bin/sh", "-c", "kill -KILL $$"]) == 128 + SIGKILL)
        // Arguments reach the child one by one, spaces and all.
        #expect(Platform.runToEnd(["/bin/sh", "-c", "test \"$1\" = 'two words'", "sh", "two words"]) == 0)
    }

    @Test func aProgramThatCannotStartIs127() {
        #expect(Platform.runToEnd(["/nonexistent/editor-of-nobody"]) == 127)
    }

    @Test func theChildGetsDefaultHandlingOfStopSignals() {
        // Ignored and blocked here, as the reader's may be: the child must still die of it.
        let previous = signal(SIGINT, SIG_IGN)
        var block = sigset_t()
        var old = sigset_t()
        sigemptyset(&block)
        sigaddset(&block, SIGINT)
        pthread_sigmask(SIG_BLOCK, &block, &old)
        defer {
            pthread_sigmask(SIG_SETMASK, &old, nil)
            signal(SIGINT, previous)
        }
        #expect(Platform.runToEnd(["/bin/sh", "-c", "kill -INT $$; exit 0"]) == 128 + SIGINT)
    }

    @Test func aPipeIsNoTerminalAndHasNoWidth() throws {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        defer { ends.forEach { close($0) } }
        #expect(!Platform.isTerminal(descriptor: ends[0]))
        #expect(!Platform.isTerminal(descriptor: ends[1]))
        #expect(Platform.terminalColumns(descriptor: ends[1]) == nil)
    }
}
