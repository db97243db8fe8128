package org.occucompare.apiclient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorTest {
    private final Redactor redactor = new Redactor(List.of("s3cr3t/t0ken+x", ""));

    @Test
    void the_secret_is_masked_plain_and_url_encoded() {
        assertThat(redactor.redact("Bearer s3cr3t/t0ken+x and s3cr3t%2Ft0ken%2Bx"))
                .isEqualTo("Bearer **** and ****");
    }

    @Test
    void an_excerpt_is_one_line_cut_after_masking() {
        byte[] body = ("<html>\n  <body>token=s3cr3t/t0ken+x " + "x".repeat(500) + "</body>")
                .getBytes(StandardCharsets.UTF_8);

        String excerpt = redactor.excerpt(body, 40);

        assertThat(excerpt).isEqualTo("<html> <body>token=**** xxxxxxxxxxxxxxxx…");
        assertThat(redactor.excerpt(new byte[0], 40)).isEqualTo("(empty body)");
    }

    @Test
    void a_secret_cut_by_the_excerpt_boundary_is_not_partly_shown() {
        byte[] body = ("x".repeat(30) + "s3cr3t/t0ken+x").getBytes(StandardCharsets.UTF_8);

        assertThat(redactor.excerpt(body, 36)).doesNotContain("s3cr3t").endsWith("****");
    }
}
