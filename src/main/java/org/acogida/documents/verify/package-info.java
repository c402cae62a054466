/**
 * Part of the documents module's API: checking a pass or permit offline, as a checkpoint does — the
 * signed token, the trust list of members' public keys and revocations, and the verifier.
 */
@org.springframework.modulith.NamedInterface("verify")
package org.acogida.documents.verify;
