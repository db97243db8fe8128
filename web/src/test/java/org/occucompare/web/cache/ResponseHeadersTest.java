package org.occucompare.web.cache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the cache reads {@code If-None-Match} and {@code Accept-Encoding} (RFC 9110). */
class ResponseHeadersTest {
    private static final String TAG = "\"abc\"";

    @Test
    void if_none_match_matches_a_listed_tag_a_weak_form_of_it_or_any() {
        assertThat(ResponseCache.matches(TAG, TAG)).isTrue();
        assertThat(ResponseCache.matches("\"x\", W/\"abc\"", TAG)).isTrue();
        assertThat(ResponseCache.matches("*", TAG)).isTrue();
        assertThat(ResponseCache.matches("\"abd\"", TAG)).isFalse();
        assertThat(ResponseCache.matches("abc", TAG)).isFalse();
        assertThat(ResponseCache.matches(null, TAG)).isFalse();
    }

    @Test
    void gzip_is_accepted_unless_refused_with_q_zero() {
        assertThat(ResponseCache.acceptsGzip("gzip, deflate, br")).isTrue();
        assertThat(ResponseCache.acceptsGzip("br;q=1.0, GZIP;q=0.5")).isTrue();
        assertThat(ResponseCache.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(ResponseCache.acceptsGzip("gzip; q=0.000, identity")).isFalse();
        assertThat(ResponseCache.acceptsGzip("identity")).isFalse();
        assertThat(ResponseCache.acceptsGzip(null)).isFalse();
    }
}
