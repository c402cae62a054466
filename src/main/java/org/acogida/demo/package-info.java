/**
 * The demo data set for {@code ./acogida demo}: a coalition of ten members with their localities,
 * and users of every role in four of them. Seeded and deterministic; passwords are the only thing
 * drawn at random, on first start, and kept under the data directory.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data", allowedDependencies = {"access", "cases", "coalition", "documents", "federation", "flights",
        "flights :: incident", "flights :: manifest", "flights :: protocol", "governance", "platform", "protection", "reception"})
package org.acogida.demo;
