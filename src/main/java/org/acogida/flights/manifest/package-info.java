/** Part of the flights module's API: other modules (the demo, reception) use these types. */
@org.springframework.modulith.NamedInterface("manifest")
package org.acogida.flights.manifest;
