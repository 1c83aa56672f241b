package dk.samspil.fuzz;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The operations of openapi.yaml as the fuzzer needs them: method, path, parameters, body and who may call,
 * with every schema reference followed ({@link #resolve}).
 */
final class FuzzContract {

    /** A path, query or header parameter. */
    record Param(String name, String in, boolean required, Schema<?> schema) {}

    /** One operation; {@code bodyType} is null when it takes no body. */
    record Operation(
            String id,
            String method,
            String path,
            String description,
            List<Param> params,
            String bodyType,
            Schema<?> body,
            String answerType,
            boolean anonymous,
            boolean token,
            boolean session) {

        List<Param> in(String where) {
            return params.stream().filter(p -> p.in().equals(where)).toList();
        }

        boolean takesIfMatch() {
            return params.stream()
                    .anyMatch(p -> p.in().equals("header") && p.name().equalsIgnoreCase("If-Match"));
        }

        boolean isWrite() {
            return !method.equals("GET");
        }

        boolean jsonBody() {
            return "application/json".equals(bodyType);
        }

        @Override
        public String toString() {
            return id + " (" + method + " " + path + ")";
        }
    }

    private final Map<String, Schema> components;
    private final List<Operation> operations = new ArrayList<>();

    FuzzContract(Path file) {
        OpenAPI api = new OpenAPIV3Parser().read(file.toString());
        if (api == null) {
            throw new IllegalStateException("Cannot read " + file);
        }
        components = api.getComponents().getSchemas();
        api.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
                    List<Param> params = new ArrayList<>();
                    for (Parameter p : op.getParameters() == null ? List.<Parameter>of() : op.getParameters()) {
                        params.add(new Param(
                                p.getName(), p.getIn(), Boolean.TRUE.equals(p.getRequired()), resolve(p.getSchema())));
                    }
                    String bodyType = null;
                    Schema<?> body = null;
                    if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                        Map.Entry<String, MediaType> content = op.getRequestBody()
                                .getContent()
                                .entrySet()
                                .iterator()
                                .next();
                        bodyType = content.getKey();
                        body = resolve(content.getValue().getSchema());
                    }
                    String answerType = op.getResponses().entrySet().stream()
                            .filter(r ->
                                    r.getKey().startsWith("2") && r.getValue().getContent() != null)
                            .map(r -> r.getValue()
                                    .getContent()
                                    .keySet()
                                    .iterator()
                                    .next())
                            .findFirst()
                            .orElse(null);
                    var security = op.getSecurity() == null ? List.<Map<String, List<String>>>of() : op.getSecurity();
                    operations.add(new Operation(
                            op.getOperationId(),
                            method.name(),
                            path,
                            op.getDescription() == null ? "" : op.getDescription(),
                            List.copyOf(params),
                            bodyType,
                            body,
                            answerType,
                            security.stream().anyMatch(Map::isEmpty),
                            security.stream().anyMatch(r -> r.containsKey("token")),
                            security.stream().anyMatch(r -> r.containsKey("session"))));
                }));
    }

    List<Operation> operations() {
        return operations;
    }

    /**
     * The schema itself: a reference followed, and {@code allOf} (which the generator writes for a property
     * with its own description around a shared type) merged into one schema.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    Schema<?> resolve(Schema<?> schema) {
        if (schema == null) {
            return null;
        }
        if (schema.get$ref() != null) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            Schema target = components.get(name);
            if (target == null) {
                throw new IllegalStateException("Unknown schema " + schema.get$ref());
            }
            return resolve(target);
        }
        if (schema.getAllOf() == null || schema.getAllOf().isEmpty()) {
            return schema;
        }
        Schema merged = new Schema();
        for (Schema part : schema.getAllOf()) {
            copy(resolve(part), merged);
        }
        copy(schema, merged);
        merged.setAllOf(null);
        return merged;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void copy(Schema from, Schema to) {
        if (from.getType() != null) to.setType(from.getType());
        if (from.getFormat() != null) to.setFormat(from.getFormat());
        if (from.getEnum() != null) to.setEnum(from.getEnum());
        if (from.getPattern() != null) to.setPattern(from.getPattern());
        if (from.getMinLength() != null) to.setMinLength(from.getMinLength());
        if (from.getMaxLength() != null) to.setMaxLength(from.getMaxLength());
        if (from.getMinimum() != null) to.setMinimum(from.getMinimum());
        if (from.getMaximum() != null) to.setMaximum(from.getMaximum());
        if (from.getMinItems() != null) to.setMinItems(from.getMinItems());
        if (from.getMaxItems() != null) to.setMaxItems(from.getMaxItems());
        if (from.getUniqueItems() != null) to.setUniqueItems(from.getUniqueItems());
        if (from.getItems() != null) to.setItems(from.getItems());
        if (from.getProperties() != null) to.setProperties(new LinkedHashMap<>(from.getProperties()));
        if (from.getRequired() != null) to.setRequired(from.getRequired());
        if (from.getNullable() != null) to.setNullable(from.getNullable());
        if (from.getExample() != null) to.setExample(from.getExample());
    }

    /** The schema's type in lower case ("object" when it has properties but says no type). */
    static String type(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType().toLowerCase(Locale.ROOT);
        }
        if (schema.getProperties() != null) {
            return "object";
        }
        return schema.getItems() != null ? "array" : "string";
    }
}
