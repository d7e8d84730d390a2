import Foundation
import FuzzerDriver

// SwiftPM gives an executable a `main` of its own, so libFuzzer's is never linked in:
// hand the command line to libFuzzer's driver, which runs every input through the target.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    guard let data else { return 0 }
    return fuzz(data, size)
})
