package org.occucompare.web.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void opening_migrates_the_schema_with_every_table() {
        try (Database db = Database.open("jdbc:h2:mem:" + UUID.randomUUID())) {
            List<String> tables = db.jdbi().withHandle(h -> h.createQuery("select lower(table_name) from"
                    + " information_schema.tables where table_schema = 'PUBLIC'").mapTo(String.class).list());

            assertThat(tables).contains("occupation", "alternate_title", "task", "dwa", "task_dwa", "element",
                    "scale", "rating", "education_category", "education_rating", "job_zone", "related_occupation",
                    "technology", "wage", "projection", "separations", "education_assignment", "attainment",
                    "industry_employment", "data_source", "store_info", "upstream_response", "cache_entry");
        }
    }

    @Test
    void a_file_database_keeps_its_data_and_reopens_without_migrating_again() {
        String url = "jdbc:h2:file:" + dir.resolve("store").toAbsolutePath();
        try (Database db = Database.open(url)) {
            db.jdbi().useHandle(h -> h.execute("insert into store_info (info_key, info_text) values ('k', 'v')"));
        }
        try (Database db = Database.open(url)) {
            String text = db.jdbi().withHandle(h -> h.createQuery("select info_text from store_info")
                    .mapTo(String.class).one());
            assertThat(text).isEqualTo("v");
        }
    }
}
