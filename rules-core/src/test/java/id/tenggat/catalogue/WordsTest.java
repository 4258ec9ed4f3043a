package id.tenggat.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.tenggat.answer.Language;
import id.tenggat.answer.Status;
import id.tenggat.model.EventType;
import id.tenggat.model.Party;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void every_status_party_and_event_has_a_name_in_both_languages_and_no_two_share_one() {
        for (Language language : Language.values()) {
            Set<String> statuses = new HashSet<>();
            for (Status s : Status.values()) {
                String name = Words.name(s, language);
                assertThat(name).as("%s %s", s, language).isNotBlank().doesNotContain("_");
                assertThat(statuses.add(name)).as("%s %s is unique", s, language).isTrue();
            }
            Set<String> parties = new HashSet<>();
            for (Party p : Party.values()) {
                assertThat(parties.add(Words.name(p, language))).as("%s %s", p, language).isTrue();
            }
            Set<String> events = new HashSet<>();
            for (EventType e : EventType.values()) {
                String name = Words.name(e, language);
                assertThat(name).as("%s %s", e, language).isNotBlank().isNotEqualTo(e.name());
                assertThat(events.add(name)).as("%s %s is unique", e, language).isTrue();
            }
        }
    }

    @Test
    void names_read_as_a_clerk_says_them() {
        assertThat(Words.name(Status.OPEN, Language.ID)).isEqualTo("BERJALAN");
        assertThat(Words.name(Status.LAPSED, Language.ID)).isEqualTo("GUGUR");
        assertThat(Words.name(Status.DUE_TODAY, Language.EN)).isEqualTo("DUE TODAY");
        assertThat(Words.name(Party.TERGUGAT, Language.ID)).isEqualTo("Tergugat");
        assertThat(Words.name(Party.PENUNTUT_UMUM, Language.EN)).isEqualTo("Public prosecutor");
        assertThat(Words.name(EventType.PUTUSAN_DIBERITAHUKAN, Language.ID)).isEqualTo("Putusan diberitahukan");
        assertThat(Words.name(EventType.PUTUSAN_DIBERITAHUKAN, Language.EN)).isEqualTo("Judgment notified");
        assertThat(Words.name("perdata.kasasi.memori", Language.ID)).isEqualTo("Memori kasasi");
    }

    @Test
    void no_developer_words_in_bahasa_indonesia() {
        for (Status s : Status.values()) {
            String name = Words.name(s, Language.ID).toLowerCase(Locale.ROOT);
            assertThat(name).as(s.name()).doesNotContain("kode", "encode", "coverage", "null");
        }
        assertThat(Words.name(Status.NOT_ENCODED, Language.ID)).isEqualTo("TIDAK DIHITUNG");
    }

    @Test
    void an_unknown_deadline_id_is_refused_with_the_nearest() {
        assertThatThrownBy(() -> Words.name("perdata.kasas", Language.EN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown deadline id 'perdata.kasas'; did you mean 'perdata.kasasi'?");
    }
}
