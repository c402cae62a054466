package org.acogida.documents.verify;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a document's QR code says, signed by the issuing member: which document, whose, valid from
 * when to when. Short field names keep the QR code small enough to scan from a phone screen or a
 * worn printout.
 *
 * @param version   format version (1)
 * @param id        the document's id, which a revocation names
 * @param number    the number printed on the document
 * @param kind      HUMANITARIAN_PASS, TEMPORARY_STAY or WORK_PERMIT
 * @param member    the issuing member state (ISO 3166-1 alpha-3)
 * @param keyId     the member's signing key that signed it
 * @param holder    the holder's names as printed: "LAST NAMES, First names"
 * @param born      the holder's date of birth, or null if unknown
 * @param validFrom first day of validity
 * @param validUntil last day of validity
 */
public record DocumentPayload(int version, UUID id, String number, String kind, String member, String keyId, String holder, LocalDate born,
                              LocalDate validFrom, LocalDate validUntil) {

    public static final int CURRENT_VERSION = 1;
}
