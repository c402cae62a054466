/**
 * How what someone types is compared with people's names and documents: folded (no case, accents
 * or punctuation), word by word, with typos and missing second surnames forgiven. The desk's search
 * and the duplicate check both use it.
 */
@org.springframework.modulith.NamedInterface("names")
package org.acogida.cases.names;
