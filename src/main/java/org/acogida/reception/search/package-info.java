/** How the desk compares what an officer types with people's names and documents. */
@org.springframework.modulith.NamedInterface("search")
package org.acogida.reception.search;
