package org.occucompare.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ShortlistTest {
    private static List<String> entries(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "task " + i).toList();
    }

    @Test
    void a_long_list_shows_its_first_entries_and_keeps_every_other_behind_the_disclosure() {
        Shortlist<String> list = Shortlist.of(entries(27), 10, "tasks");

        assertThat(list.first()).containsExactlyElementsOf(entries(10));
        assertThat(list.rest()).hasSize(17).startsWith("task 11").endsWith("task 27");
        assertThat(list.hasMore()).isTrue();
        assertThat(list.summary()).isEqualTo("17 more tasks (27 in all)");
    }

    @Test
    void a_list_only_two_longer_than_its_first_entries_is_shown_whole() {
        Shortlist<String> twelve = Shortlist.of(entries(12), 10, "tasks");
        Shortlist<String> thirteen = Shortlist.of(entries(13), 10, "tasks");

        assertThat(twelve.first()).hasSize(12);
        assertThat(twelve.hasMore()).isFalse();
        assertThat(thirteen.first()).hasSize(10);
        assertThat(thirteen.rest()).hasSize(3);
    }

    @Test
    void an_empty_list_is_shown_whole_and_nothing_is_no_number_of_first_entries() {
        assertThat(Shortlist.of(List.of(), 5, "skills").hasMore()).isFalse();
        assertThatThrownBy(() -> Shortlist.of(entries(3), 0, "tasks")).isInstanceOf(IllegalArgumentException.class);
    }
}
