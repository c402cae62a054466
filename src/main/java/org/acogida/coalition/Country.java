package org.acogida.coalition;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Facts on one country, each as published in the source the record names.
 *
 * @param remittancesPctGdp empty where the sources have no figure
 */
public record Country(String iso3, String nameEn, long population, long gdpUsd, BigDecimal unemploymentPct,
                      long exportsToUsUsd, String topExportsToUs, Optional<BigDecimal> remittancesPctGdp,
                      String dataYear, String sources, boolean member) {
}
