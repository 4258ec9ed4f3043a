package id.tenggat.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.tenggat.answer.Status;
import id.tenggat.model.CaseEvent;
import id.tenggat.model.CaseType;
import id.tenggat.model.Claim;
import id.tenggat.model.CourtCase;
import id.tenggat.model.Defendant;
import id.tenggat.model.Detention;
import id.tenggat.model.EventType;
import id.tenggat.model.Party;
import id.tenggat.model.Suspension;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The published schemas accept the contract's examples and never drift from the model. */
class SchemaTest {
    private static final JsonNode CASE = SchemaSupport.resource("/id/tenggat/schema/case.schema.json");
    private static final JsonNode ANSWER = SchemaSupport.resource("/id/tenggat/schema/answer.schema.json");

    @Test
    void should_accept_the_contract_example_case() {
        SchemaSupport.assertConforms(SchemaSupport.CASE, SchemaSupport.resource("/json/contract-case.json"));
    }

    @Test
    void should_accept_the_contract_example_answer() {
        // The contract's example with its "..." date placeholder replaced by a date.
        SchemaSupport.assertConforms(SchemaSupport.ANSWER, SchemaSupport.resource("/json/contract-answer.json"));
    }

    @Test
    void should_reject_an_unknown_field_in_a_case() {
        JsonNode bad = SchemaSupport.resource("/json/contract-case.json").deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) bad).put("cortu", "PN Jepara");

        assertThat(SchemaSupport.CASE.validate(bad)).isNotEmpty();
    }

    @Test
    void should_list_every_event_type_in_both_schemas() {
        List<String> names = Stream.of(EventType.values()).map(Enum::name).toList();

        assertThat(enumOf(CASE.at("/$defs/eventType"))).containsExactlyElementsOf(names);
        assertThat(enumOf(ANSWER.at("/$defs/eventType"))).containsExactlyElementsOf(names);
    }

    @Test
    void should_list_every_case_type_party_and_status() {
        assertThat(enumOf(CASE.at("/$defs/caseType"))).containsExactlyElementsOf(names(CaseType.values()));
        assertThat(enumOf(CASE.at("/$defs/party"))).containsExactlyElementsOf(names(Party.values()));
        assertThat(enumOf(ANSWER.at("/$defs/party"))).containsExactlyElementsOf(names(Party.values()));
        assertThat(enumOf(ANSWER.at("/$defs/status"))).containsExactlyElementsOf(names(Status.values()));
    }

    @Test
    void should_describe_exactly_the_fields_of_the_model() {
        assertThat(fields(CASE.at("/properties"))).containsExactlyElementsOf(components(CourtCase.class));
        assertThat(fields(CASE.at("/$defs/event/properties"))).containsExactlyElementsOf(components(CaseEvent.class));
        assertThat(fields(CASE.at("/$defs/detention/properties"))).containsExactlyElementsOf(components(Detention.class));
        assertThat(fields(CASE.at("/$defs/claim/properties"))).containsExactlyElementsOf(components(Claim.class));
        assertThat(fields(CASE.at("/$defs/defendant/properties"))).containsExactlyElementsOf(components(Defendant.class));
        assertThat(fields(CASE.at("/$defs/suspension/properties"))).containsExactlyElementsOf(components(Suspension.class));
    }

    private static List<String> enumOf(JsonNode node) {
        List<String> result = new ArrayList<>();
        node.get("enum").forEach(n -> result.add(n.asText()));
        return result;
    }

    private static List<String> fields(JsonNode properties) {
        List<String> result = new ArrayList<>();
        properties.fieldNames().forEachRemaining(result::add);
        return result;
    }

    private static List<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
