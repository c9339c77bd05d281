package org.rightsdesk.clock;

/**
 * Why a limit was extended. COMPLEX: UK GDPR Art 12(3) (complex or numerous, +2 months), EIR reg 7(1)
 * (complex and voluminous, 40 working days), internal review (s45 Code). PUBLIC_INTEREST: FOIA s10(3).
 */
public enum ExtensionKind {
    COMPLEX, PUBLIC_INTEREST
}
