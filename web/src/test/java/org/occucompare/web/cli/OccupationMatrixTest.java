package org.occucompare.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.web.export.SpreadsheetView;

class OccupationMatrixTest {
    private static final OccupationCode NURSES = OccupationCode.parse("29-1141.00");
    private static final OccupationCode CHIEFS = OccupationCode.parse("11-1011.00");

    @Test
    void no_line_of_the_matrix_runs_a_formula_when_opened_in_a_spreadsheet_even_with_hostile_text()
            throws IOException {
        OccupationMatrix matrix = new OccupationMatrix(List.of(NURSES, CHIEFS),
                Map.of(NURSES, "=cmd|' /C calc'!A0", CHIEFS, "Chief Executives, -2+3"));
        StringWriter out = new StringWriter();

        matrix.writeDifferences(new double[] {93_600, 206_420}, 1, List.of("matrix: median gap, =1+1",
                "source: @SUM(A1);+2, May 2024", "cite: -3"), out);

        String csv = out.toString();
        assertThat(csv).contains("SUM(A1)").contains("cmd|");
        SpreadsheetView.assertNoFormulaCells(csv);
        // the figures stay numbers, negative ones included: 206,420 - 93,600 = 112,820
        assertThat(csv.lines().filter(l -> l.startsWith("11-1011.00")).findFirst().orElseThrow())
                .endsWith(",-112820,0");
    }
}
