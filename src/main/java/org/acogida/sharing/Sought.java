package org.acogida.sharing;

import java.time.LocalDate;

/**
 * The relative a tracing request looks for, as the person looking for them describes them: names,
 * a date of birth when they know it (a birth year is written as the 1st of January and matched as
 * possible), sex (F, M or X, or null when not said) and nationality (ISO 3166-1 alpha-3). It is sent,
 * encrypted, to the member asked; that member compares it with its cases and does not keep it.
 */
public record Sought(String lastNames, String firstNames, LocalDate dateOfBirth, String sex, String nationality, Relationship relationship) {}
