package org.occucompare.web.config;

/** JDBC URLs as they may be shown: with any password they carry masked. */
public final class JdbcUrls {
    private JdbcUrls() {
    }

    /**
     * The URL with the value of a {@code password=} parameter and the password of a {@code user:password@} part
     * replaced by {@code ****}.
     *
     * @param jdbcUrl a JDBC URL, never null
     * @return the URL safe to log or show, never null
     */
    public static String masked(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^;&]*", "$1****").replaceAll("(//[^/:@]*:)[^/@]*@", "$1****@");
    }
}
