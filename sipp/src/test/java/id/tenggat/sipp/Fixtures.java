package id.tenggat.sipp;

import java.io.IOException;
import java.sql.SQLException;

/** Runs fixture SQL files from the test resources. */
public final class Fixtures {
    private Fixtures() {
    }

    /**
     * Runs each statement of a resource (statements end with ';' at the end of a line; '--' lines are comments).
     *
     * @param resource a name relative to this package, or absolute with a leading '/'
     */
    public static void run(MariaDb.TestDatabase db, String resource) throws IOException, SQLException {
        String text = HandWrittenCasesTest.resource(resource);
        StringBuilder statement = new StringBuilder();
        for (String line : text.split("\n")) {
            if (line.strip().startsWith("--")) {
                continue;
            }
            statement.append(line).append('\n');
            if (line.strip().endsWith(";")) {
                String sql = statement.toString().strip();
                db.execute(sql.substring(0, sql.length() - 1));
                statement.setLength(0);
            }
        }
    }
}
