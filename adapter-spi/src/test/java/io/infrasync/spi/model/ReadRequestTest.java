package io.infrasync.spi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrasync.spi.annotation.Experimental;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReadRequestTest {

    @Test
    void ofAsksForEveryFieldWithTheDefaultPageSize() {
        ReadRequest request = ReadRequest.of("dcim.sites");
        assertThat(request.resource()).isEqualTo("dcim.sites");
        assertThat(request.pageSizeHint()).isZero();
        assertThat(request.fields()).isEmpty();
    }

    @Test
    void withFieldsKeepsASortedUnmodifiableCopyAndTheOtherHints() {
        Set<String> names = new LinkedHashSet<>(List.of("name", "device", "id"));
        ReadRequest request = ReadRequest.of("dcim.interfaces").withPageSizeHint(250).withFields(names);
        names.add("tags");

        assertThat(request.resource()).isEqualTo("dcim.interfaces");
        assertThat(request.pageSizeHint()).isEqualTo(250);
        assertThat(request.fields()).hasValueSatisfying(fields -> {
            assertThat(fields).containsExactly("device", "id", "name");
            assertThatThrownBy(() -> fields.add("x")).isInstanceOf(UnsupportedOperationException.class);
        });
        assertThat(request.withPageSizeHint(10).fields()).isEqualTo(request.fields());
        assertThat(request).isEqualTo(ReadRequest.of("dcim.interfaces").withFields(Set.of("id", "name", "device"))
                .withPageSizeHint(250));
        assertThat(ReadRequest.of("dcim.sites").withFields(Set.of("id"))).isNotEqualTo(ReadRequest.of("dcim.sites"));
    }

    @Test
    void withFieldsRejectsAnEmptyHintAndBadNames() {
        ReadRequest request = ReadRequest.of("dcim.sites");
        assertThatThrownBy(() -> request.withFields(Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fields is empty");
        assertThatThrownBy(() -> request.withFields(Set.of("id", " ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("field name is blank");
        assertThatThrownBy(() -> request.withFields(new LinkedHashSet<>(Arrays.asList("id", null))))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("field name is null");
        assertThatThrownBy(() -> request.withFields(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void theFieldHintIsExperimental() throws Exception {
        assertThat(ReadRequest.class.getMethod("fields").getAnnotation(Experimental.class).since()).isEqualTo("1.0");
        assertThat(ReadRequest.class.getMethod("withFields", Set.class).isAnnotationPresent(Experimental.class)).isTrue();
    }
}
