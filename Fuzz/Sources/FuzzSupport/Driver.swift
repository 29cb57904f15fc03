/// libFuzzer's driver, called from each fuzzer's entry point. SwiftPM links an executable's
/// `main` to its module's entry function, so libFuzzer's own `main` is never pulled in;
/// the entry point hands the command line and the test function to the driver instead.
public typealias FuzzTest = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ test: FuzzTest
) -> CInt

/// Runs libFuzzer with this process's arguments over `test`.
public func runFuzzer(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, _ test: FuzzTest)
    -> CInt
{
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, test)
}

/// The fuzz input as a raw pointer and length (libFuzzer passes nil for an empty input).
public func fuzzInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> FuzzBytes {
    guard let data, count > 0 else { return FuzzBytes([]) }
    return FuzzBytes(UnsafeRawPointer(data), count)
}
