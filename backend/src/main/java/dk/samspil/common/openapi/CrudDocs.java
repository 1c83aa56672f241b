package dk.samspil.common.openapi;

import dk.samspil.common.http.CrudOperations;
import io.smallrye.openapi.api.OperationIdGenerator;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.MethodInfo;

/**
 * Writes the contract of the operations a resource inherits with {@link CrudOperations}, in two steps.
 * While SmallRye scans, it marks each such operation with its resource class and method ({@code
 * dk.samspil.x.CaseResource#update}), as the operation id generator named in application.properties;
 * {@link CrossCuttingResponses} then calls {@link #complete} to replace the mark with the real id,
 * summary, description and responses from the class's {@link CrudOperations}.
 */
public class CrudDocs implements OperationIdGenerator {

    private static final DotName CRUD = DotName.createSimple(CrudOperations.class);
    private static final String MARK = "#";
    private static final String SCHEMAS = "#/components/schemas/";
    private static final String CONFLICT = "#/components/responses/Conflict";

    /** Only the inherited operations get a generated id: every other operation names its own. */
    @Override
    public String generateOperationId(ClassInfo resourceClass, MethodInfo method) {
        return resourceClass.hasDeclaredAnnotation(CRUD) ? resourceClass.name() + MARK + method.name() : null;
    }

    /** Replaces every mark with the operation's id and documentation. */
    static void complete(OpenAPI openAPI) {
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry :
                    item.getOperations().entrySet()) {
                String id = entry.getValue().getOperationId();
                if (id != null && id.contains(MARK)) {
                    Class<?> resource = resourceClass(id.substring(0, id.indexOf(MARK)));
                    Operation op = inOrder(entry.getValue());
                    document(op, id.substring(id.indexOf(MARK) + 1), resource);
                    item.setOperation(entry.getKey(), op);
                }
            }
        }
    }

    private static Class<?> resourceClass(String className) {
        try {
            return Class.forName(className, false, CrudDocs.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The resource " + className + " is not on the class path", e);
        }
    }

    /**
     * A copy that lists summary, description and id first, as every other operation in the contract does
     * (the model writes its parts in the order they were set; the first two are written in {@link #document}).
     */
    private static Operation inOrder(Operation op) {
        return OASFactory.createOperation()
                .summary("")
                .description("")
                .operationId(op.getOperationId())
                .tags(op.getTags())
                .parameters(op.getParameters())
                .requestBody(op.getRequestBody())
                .responses(op.getResponses())
                .callbacks(op.getCallbacks())
                .deprecated(op.getDeprecated())
                .security(op.getSecurity())
                .servers(op.getServers())
                .externalDocs(op.getExternalDocs())
                .extensions(op.getExtensions());
    }

    private static void document(Operation op, String method, Class<?> resource) {
        CrudOperations crud = resource.getAnnotation(CrudOperations.class);
        String editors = crud.editors().isEmpty() ? crud.creators() : crud.editors();
        String deleters = crud.deleters().isEmpty() ? editors : crud.deleters();
        switch (method) {
            case "get" -> {
                op.operationId("get" + crud.name())
                        .summary("Get one " + crud.noun())
                        .description(sentences(
                                crud.readNote().isEmpty() ? "Public." : crud.readNote(),
                                "The answer carries an ETag; a matching If-None-Match answers 304."));
                op.getResponses().getAPIResponse("200").description("The " + crud.noun());
            }
            case "create" -> {
                op.operationId("create" + crud.name())
                        .summary("Add " + article(crud.noun()))
                        .description(sentences(crud.creators(), crud.createNote()));
                op.getResponses().getAPIResponse("201").content(json(view(resource)));
                conflict(op, crud.conflicts());
            }
            case "update" -> {
                op.operationId("update" + crud.name())
                        .summary("Replace " + article(crud.noun()))
                        .description(sentences(editors, "Requires If-Match.", crud.updateNote()));
                conflict(op, crud.conflicts());
            }
            case "delete" -> {
                op.operationId("delete" + crud.name())
                        .summary("Delete " + article(crud.noun()))
                        .description(sentences(
                                deleters,
                                "Requires If-Match.",
                                crud.refusedWhile().isEmpty()
                                        ? ""
                                        : "Refused with 409 while " + crud.refusedWhile() + "."));
                conflict(op, !crud.refusedWhile().isEmpty());
            }
            default -> throw new IllegalStateException("No documentation for the inherited operation " + method);
        }
    }

    /** The schema of what the resource answers with: its last type argument (see CrudResource). */
    private static String view(Class<?> resource) {
        Type[] arguments = ((ParameterizedType) resource.getGenericSuperclass()).getActualTypeArguments();
        return ((Class<?>) arguments[arguments.length - 1]).getSimpleName();
    }

    private static Content json(String schema) {
        return OASFactory.createContent()
                .addMediaType(
                        jakarta.ws.rs.core.MediaType.APPLICATION_JSON,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(SCHEMAS + schema)));
    }

    private static void conflict(Operation op, boolean conflicts) {
        if (conflicts) {
            APIResponse response = OASFactory.createAPIResponse().ref(CONFLICT);
            op.getResponses().addAPIResponse("409", response);
        }
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    private static String sentences(String... parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            if (!part.isEmpty()) {
                text.append(text.isEmpty() ? "" : " ").append(part);
            }
        }
        return text.toString();
    }
}
