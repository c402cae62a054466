/**
 * Documents: humanitarian passes, temporary stay permits and work permits, issued, extended and
 * revoked under each member's rules, printed in the holder's language and Spanish with a QR code
 * whose signed payload any checkpoint verifies offline with the member's public key.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents", allowedDependencies = {"audit", "cases", "coalition", "platform"})
package org.acogida.documents;
