extension CameoCodebook {
    /// What the store records about each event code: label, root label, QuadClass and Goldstein score.
    public var labeler: EventTypeLabeler {
        let codebook = self
        return { code in
            codebook.entry(for: code).map {
                EventTypeLabel(label: $0.label, rootLabel: $0.rootLabel, quadClass: $0.quadClass, goldstein: $0.goldstein)
            }
        }
    }
}
