package db.migration.common;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.Types;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the country facts from reference/countries.csv, the project's copy of the coalition's
 * sourced reference table (population, GDP, unemployment, US imports, remittances, with sources).
 * A figure the sources did not have ("not found") is stored as NULL, never as zero.
 */
public class V2__CountryReference extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws IOException, java.sql.SQLException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = new InputStreamReader(
                getClass().getResourceAsStream("/reference/countries.csv"), StandardCharsets.UTF_8);
             PreparedStatement insert = context.getConnection().prepareStatement("""
                     INSERT INTO country (iso3, name_en, population, gdp_usd, unemployment_pct, exports_to_us_usd,
                                          top_exports_to_us, remittances_pct_gdp, data_year, sources)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (CSVRecord row : format.parse(reader)) {
                insert.setString(1, row.get("iso3"));
                insert.setString(2, row.get("name"));
                insert.setLong(3, Long.parseLong(row.get("population")));
                insert.setLong(4, Long.parseLong(row.get("gdp_usd")));
                insert.setBigDecimal(5, new BigDecimal(row.get("unemployment_pct")));
                insert.setLong(6, Long.parseLong(row.get("exports_to_us_usd")));
                insert.setString(7, row.get("top_exports_to_us"));
                String remittances = row.get("remittances_pct_gdp");
                if (remittances.isBlank() || remittances.equalsIgnoreCase("not found")) {
                    insert.setNull(8, Types.NUMERIC);
                } else {
                    insert.setBigDecimal(8, new BigDecimal(remittances));
                }
                insert.setString(9, row.get("year"));
                insert.setString(10, row.get("sources"));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
