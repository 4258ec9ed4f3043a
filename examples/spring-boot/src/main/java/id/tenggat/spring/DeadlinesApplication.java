package id.tenggat.spring;

import com.fasterxml.jackson.databind.Module;
import id.tenggat.Tenggat;
import id.tenggat.json.TenggatJacksonModule;
import id.tenggat.json.TenggatJson;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A Spring Boot application that answers cases: one {@link Tenggat} built at start-up and shared by every request
 * (it is immutable and thread-safe), and the library's Jackson module registered as a bean, which Spring Boot adds
 * to its {@code ObjectMapper}, so that cases are read and answers written in the JSON contract's shape.
 */
@SpringBootApplication
public class DeadlinesApplication {

    /** Starts the application on the port Spring Boot is configured with (8080 unless told otherwise). */
    public static void main(String[] args) {
        SpringApplication.run(DeadlinesApplication.class, args);
    }

    /** The library, built once: building the rule base is the costly part. */
    @Bean
    Tenggat tenggat() {
        return Tenggat.indonesia();
    }

    /** Reads {@code CourtCase} bodies and writes {@code CaseAnswer}s in the contract's shape. */
    @Bean
    Module tenggatJacksonModule() {
        return new TenggatJacksonModule();
    }

    /** Writes the contract's {@code {"errors": [...]}} for a request that cannot be answered. */
    @Bean
    TenggatJson tenggatJson() {
        return TenggatJson.create();
    }
}
