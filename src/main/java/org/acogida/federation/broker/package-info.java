/**
 * The NATS JetStream broker that carries letters between member states' nodes: its layout (a
 * stream and a consumer per member, a user per member allowed only its own letters) and the
 * operator's setup of it. The letters themselves are signed and encrypted before they get here.
 */
package org.acogida.federation.broker;
