extension String {
    /// The string spelled by `scalars`, written as UTF-8 in one pass.
    ///
    /// Building a `String.UnicodeScalarView` appends scalar by scalar, re-checking
    /// the string's storage each time; this sizes the storage once.
    public init(scalars: some Collection<Unicode.Scalar>) {
        let capacity = scalars.count * 4
        self.init(unsafeUninitializedCapacity: capacity) { buffer in
            var written = 0
            for scalar in scalars {
                UTF8.encode(scalar) { byte in
                    buffer[written] = byte
                    written += 1
                }
            }
            return written
        }
    }
}
