/**
 * How member nodes speak to each other. A node hosts one or more member states; what one member
 * sends another travels as a letter sealed by the sender (signed with its Ed25519 key, encrypted
 * to the recipient's HPKE key), carried in-process when both are hosted here and through NATS
 * JetStream when not. A letter is accepted only for a member this node hosts, from a member on the
 * coalition's trust list, with a valid signature, once; every letter sent, received or refused is
 * written to the node's hash-chained message log. Modules that exchange letters (sharing) implement
 * {@link org.acogida.federation.LetterBox}; see docs/adr/0015.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Federation", allowedDependencies = {"coalition", "platform"})
package org.acogida.federation;
