package id.tenggat.drl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * Builds the KieBase from the executable model that kie-maven-plugin generated when the library was built: no DRL
 * is compiled at run time, no kmodule.xml is read, and no KieContainer is involved.
 */
final class KieBaseLoader {
    /** Where kie-maven-plugin writes the name of the generated model class. */
    static final String MODEL_INDEX = "META-INF/kie/id.tenggat/tenggat-rules-drl/drools-model";

    private KieBaseLoader() {
    }

    /** The process-wide KieBase, built on first use. A KieBase is thread-safe; sessions are not shared. */
    static KieBase shared() {
        return Holder.KIE_BASE;
    }

    private static final class Holder {
        static final KieBase KIE_BASE = load(KieBaseLoader.class.getClassLoader());
    }

    static KieBase load(ClassLoader loader) {
        List<Model> models = new ArrayList<>();
        for (String className : modelClassNames(loader)) {
            try {
                models.add((Model) Class.forName(className, true, loader).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot instantiate the rule model " + className, e);
            }
        }
        return KieBaseBuilder.createKieBaseFromModel(models);
    }

    /** One generated model class per DRL package. */
    private static List<String> modelClassNames(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(MODEL_INDEX)) {
            if (in == null) {
                throw new IllegalStateException("no rule model on the class path (" + MODEL_INDEX
                        + "): was tenggat-rules-drl built with kie-maven-plugin?");
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                List<String> names = r.lines().map(String::trim)
                        .filter(l -> !l.isEmpty() && !l.startsWith("Drools-Model-Version"))
                        .toList();
                if (names.isEmpty()) {
                    throw new IllegalStateException("empty rule model index " + MODEL_INDEX);
                }
                return names;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
