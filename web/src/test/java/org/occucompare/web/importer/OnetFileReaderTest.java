package org.occucompare.web.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.occucompare.web.store.row.AlternateTitleRow;
import org.occucompare.web.store.row.OccupationRow;
import org.occucompare.web.store.row.RatingDomain;
import org.occucompare.web.store.row.RatingRow;
import org.occucompare.web.store.row.TaskRow;
import org.occucompare.web.store.row.TechnologyRow;

class OnetFileReaderTest {
    private static CollectingSink read(Path... paths) {
        BulkFileReader reader = new BulkFileReader(ImportOptions.NONE);
        CollectingSink sink = new CollectingSink();
        reader.readAll(reader.plan(List.of(paths)), sink, file -> { });
        return sink;
    }

    @Test
    void the_text_and_excel_editions_mix_and_give_every_occupation_and_skill_rating() {
        CollectingSink sink = read(SharedData.require("onet-30.1"));

        assertThat(sink.of(OccupationRow.class)).hasSize(1_016);
        List<RatingRow> skills = sink.of(RatingRow.class).stream()
                .filter(r -> r.domain() == RatingDomain.SKILL).toList();
        assertThat(skills).hasSize(894 * 35 * 2);
        assertThat(skills.stream().map(RatingRow::code).distinct()).hasSize(894);
        assertThat(skills.stream().map(RatingRow::elementId).distinct()).hasSize(35);
        assertThat(sink.of(TaskRow.class)).hasSize(18_796);
        assertThat(sink.of(AlternateTitleRow.class)).hasSize(56_505);
        assertThat(sink.of(TechnologyRow.class)).hasSize(32_773 + 41_662);
    }

    @Test
    void a_chief_executive_reads_importance_and_level_of_reading_comprehension() {
        CollectingSink sink = read(SharedData.require("onet-30.1/Skills.xlsx"));

        assertThat(sink.of(RatingRow.class)).filteredOn(r -> r.code().equals("11-1011.00")
                        && r.elementId().equals("2.A.1.a"))
                .extracting(RatingRow::scaleId, RatingRow::dataValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("IM", 4.12),
                        org.assertj.core.groups.Tuple.tuple("LV", 4.62));
    }

    @Test
    void abilities_in_the_text_layout_give_52_elements_on_two_scales() {
        CollectingSink sink = read(SharedData.require("onet-30.0-abilities/Abilities.txt"));

        List<RatingRow> abilities = sink.of(RatingRow.class);
        assertThat(abilities).hasSize(92_976).allMatch(r -> r.domain() == RatingDomain.ABILITY);
        assertThat(abilities.stream().map(RatingRow::elementId).distinct()).hasSize(52);
    }
}
