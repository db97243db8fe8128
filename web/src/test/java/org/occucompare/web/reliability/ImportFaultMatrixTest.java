package org.occucompare.web.reliability;

import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.occucompare.web.cli.Cli;
import picocli.CommandLine;

/**
 * The import fault matrix: damaged, foreign, empty and cut-off files, each given to {@code occucompare import} on a
 * store that serves the bundled sample. Every one must be refused with exit status 2 and one message that names the
 * file and says what to do, with no stack trace and no control characters from the file, and must leave the store
 * serving what it served before. The faults run one after another on one store, as a user who tries file after file
 * would: none of them may leave a trace for the next.
 */
class ImportFaultMatrixTest {
    private static final String OEWS_HEADER = "AREA,AREA_TITLE,AREA_TYPE,PRIM_STATE,OCC_CODE,OCC_TITLE,TOT_EMP,A_MEAN,"
            + "A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90\r\n";
    private static final String SKILLS_HEADER = "O*NET-SOC Code\tTitle\tElement ID\tElement Name\tScale ID\t"
            + "Data Value\tN\tStandard Error\tLower CI Bound\tUpper CI Bound\tRecommend Suppress\tNot Relevant\tDate\t"
            + "Domain Source\r\n";

    @TempDir
    static Path dir;

    private static final StringWriter OUT = new StringWriter();
    private static final StringWriter ERR = new StringWriter();

    /**
     * A fault: the file's name, its bytes, what the refusal must say, and whether it names the file (a refusal of the
     * import as a whole, such as one that would empty the store, speaks of all its files).
     */
    record Fault(String name, byte[] bytes, String expected, boolean namesFile) {
        Fault(String name, byte[] bytes, String expected) {
            this(name, bytes, expected, true);
        }

        @Override
        public String toString() {
            return name + " → " + expected;
        }
    }

    static Stream<Arguments> faults() {
        byte[] zip = zip("Skills.txt", (SKILLS_HEADER + "11-1011.00\tChief Executives\t2.A.1.a\tReading"
                + " Comprehension\tIM\t4.12\t8\t0.1\t3.9\t4.3\tN\tn/a\t08/2023\tAnalyst\r\n").getBytes(UTF_8));
        return Stream.of(
                new Fault("db_30_1_text.zip", "PK\u0003\u0004garbage".getBytes(UTF_8), "damaged or not a zip"),
                new Fault("db_30_1_text.zip", Arrays.copyOf(zip, zip.length / 2), "damaged or not a zip"),
                new Fault("db_30_1_text.zip", zip("Skills.txt", "garbage".getBytes(UTF_8)),
                        "lacks the columns Data Value"),
                new Fault("national_M2024_dl.xlsx", "not a workbook".getBytes(UTF_8), "damaged or truncated"),
                new Fault("Skills.txt", binary(3_000), "its first line is not text"),
                new Fault("Abilities.txt", utf16("O*NET-SOC Code\tTitle\tElement ID\r\n"),
                        "its first line is not text"),
                new Fault("Occupation Data.txt", new byte[0], "empty"),
                new Fault("Knowledge.txt", "O*NET-SOC Code\tTitle\r\n".getBytes(UTF_8),
                        "lacks the columns Data Value, Element ID, Element Name, Scale ID (it has O*NET-SOC Code,"
                                + " Title)"),
                new Fault("Skills.txt", (SKILLS_HEADER + "11-1011.00\tChief Executives\t2.A.1.a\tReading").getBytes(
                        UTF_8), "line 2 has 4 of the 14 columns of its header: the file looks truncated"),
                new Fault("state_M2024_dl.csv", "AREA,OCC_CODE\r\n99,29-1141\r\n".getBytes(UTF_8),
                        "lacks the columns OCC_TITLE, TOT_EMP"),
                new Fault("national_M2023_dl.csv", (OEWS_HEADER
                        + "99,U.S.,1,US,29-1141,Registered Nurses,abc,1,2,3,4,5,6\r\n").getBytes(UTF_8),
                        "line 2, column TOT_EMP: 'abc' is not a number"),
                new Fault("national_M2022_dl.csv", (OEWS_HEADER
                        + "99,\"U.S.,1,US,29-1141,Registered Nurses,1,2,3,4,5,6,7\r\n").getBytes(UTF_8),
                        "damaged or truncated (a quoted cell that starts on line 2 never ends)"),
                new Fault("national_M2024_dl.csv", OEWS_HEADER.getBytes(UTF_8), "no data rows"),
                new Fault("Job Zones.txt", ("O*NET-SOC Code\tJob Zone\tDate\tDomain Source\r\n"
                        + "11-1011.00\t5\t08/2023\tAnalyst\r\n").getBytes(UTF_8),
                        "these files hold no O*NET occupations", false),
                new Fault("notes.csv", "a,b\r\n1,2\r\n".getBytes(UTF_8), "Accepted: the O*NET database"))
                .map(Arguments::of);
    }

    @BeforeAll
    static void storeServesTheSample() {
        assertThat(run("show", "29-1141.00")).isZero();
        assertThat(OUT.toString()).contains("$93,600", "OEWS May 2024");
        OUT.getBuffer().setLength(0);
    }

    @ParameterizedTest
    @MethodSource("faults")
    void a_bad_file_is_refused_with_one_clear_message_and_the_store_keeps_serving(Fault fault) throws IOException {
        Path file = Files.write(dir.resolve(fault.name()), fault.bytes());

        int exitCode = run("import", file.toString());

        String refusal = lastLine(ERR.toString());
        assertThat(exitCode).as(ERR.toString()).isEqualTo(2);
        assertThat(refusal).contains(fault.expected());
        if (fault.namesFile()) {
            assertThat(refusal).contains(fault.name());
        }
        assertThat(ERR.toString()).doesNotContain("Exception", "\tat ", "org.apache", "java.")
                .doesNotContainPattern("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\uFFFD]");
        assertThat(OUT.toString()).doesNotContain("Imported");
        OUT.getBuffer().setLength(0);
        assertThat(run("show", "29-1141.00")).isZero();
        assertThat(OUT.toString()).contains("$93,600", "OEWS May 2024");
    }

    @BeforeEach
    void clearOutput() {
        OUT.getBuffer().setLength(0);
        ERR.getBuffer().setLength(0);
    }

    private static int run(String... args) {
        CommandLine cli = Cli.create(Map.of("OCCUCOMPARE_DB", "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath()));
        cli.setOut(new PrintWriter(OUT, true));
        cli.setErr(new PrintWriter(ERR, true));
        return cli.execute(args);
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\\R");
        return lines[lines.length - 1];
    }

    private static byte[] zip(String entry, byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Bytes of every value in a fixed order: the same "binary file" on every run. */
    private static byte[] binary(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (i * 131 + 7);
        }
        return bytes;
    }

    private static byte[] utf16(String text) {
        return text.getBytes(UTF_16LE);
    }
}
