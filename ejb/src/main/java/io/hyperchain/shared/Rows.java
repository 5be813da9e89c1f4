package io.hyperchain.shared;

/** What a native query hands back for a column, read as the Java value it stands for. */
public final class Rows {

    private Rows() {
    }

    /** A BOOLEAN column: MariaDB stores it as TINYINT(1), so the driver hands back a Boolean or a number. */
    public static boolean truth(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }
}
