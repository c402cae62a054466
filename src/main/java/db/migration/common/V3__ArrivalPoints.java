package db.migration.common;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Loads the arrival points (airports by IATA code, land crossings) from reference/arrival-points.csv, each with its source. */
public class V3__ArrivalPoints extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws IOException, SQLException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = new InputStreamReader(
                getClass().getResourceAsStream("/reference/arrival-points.csv"), StandardCharsets.UTF_8);
             PreparedStatement insert = context.getConnection().prepareStatement(
                     "INSERT INTO arrival_point (code, country, kind, name, city, source) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (CSVRecord row : format.parse(reader)) {
                insert.setString(1, row.get("code"));
                insert.setString(2, row.get("country"));
                insert.setString(3, row.get("kind"));
                insert.setString(4, row.get("name"));
                insert.setString(5, row.get("city"));
                insert.setString(6, row.get("source"));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
