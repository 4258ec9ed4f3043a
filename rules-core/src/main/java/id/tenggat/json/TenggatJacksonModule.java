package id.tenggat.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.Language;
import id.tenggat.error.InvalidCaseException;
import id.tenggat.model.CourtCase;
import java.io.IOException;
import java.util.Objects;

/**
 * Lets any Jackson {@code ObjectMapper} (Spring's included) speak the JSON contract: a {@link CourtCase} is read
 * from the contract's case shape with every check {@link TenggatJson#read(String)} makes, and a {@link CaseAnswer}
 * is written in the contract's answer shape, explanations in the module's language. Both go through
 * {@link TenggatJson}, so the shapes cannot drift apart.
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new TenggatJacksonModule(Language.EN)).build();
 * CourtCase courtCase = mapper.readValue(json, CourtCase.class);
 * String answer = mapper.writeValueAsString(Tenggat.indonesia().answer(courtCase, LocalDate.now()));
 * }</pre>
 *
 * <p>A case with problems fails to read with a {@link JsonMappingException} whose cause is an
 * {@link InvalidCaseException} listing every problem, each naming the field and the value.
 */
public final class TenggatJacksonModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** Explanations in Bahasa Indonesia, the contract's default. */
    public TenggatJacksonModule() {
        this(Language.ID);
    }

    /** @param language the language of the explanations in written answers, not null */
    public TenggatJacksonModule(Language language) {
        super("tenggat");
        Objects.requireNonNull(language, "language must not be null");
        TenggatJson json = TenggatJson.create();
        addSerializer(CaseAnswer.class, new AnswerSerializer(language));
        addDeserializer(CourtCase.class, new CaseDeserializer(json));
    }

    private static final class AnswerSerializer extends StdSerializer<CaseAnswer> {
        private static final long serialVersionUID = 1L;
        private final Language language;

        AnswerSerializer(Language language) {
            super(CaseAnswer.class);
            this.language = language;
        }

        @Override
        public void serialize(CaseAnswer answer, JsonGenerator gen, SerializerProvider provider) throws IOException {
            AnswerJson.answer(gen, answer, language);
        }
    }

    private static final class CaseDeserializer extends StdDeserializer<CourtCase> {
        private static final long serialVersionUID = 1L;
        private final transient TenggatJson json;

        CaseDeserializer(TenggatJson json) {
            super(CourtCase.class);
            this.json = json;
        }

        @Override
        public CourtCase deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode node = parser.readValueAsTree();
            ParsedCase parsed = json.toCase(0, node);
            if (!parsed.ok()) {
                InvalidCaseException problems = new InvalidCaseException(parsed.caseNumber(), parsed.errors());
                throw new JsonMappingException(parser, problems.getMessage(), problems);
            }
            return parsed.courtCase();
        }
    }
}
