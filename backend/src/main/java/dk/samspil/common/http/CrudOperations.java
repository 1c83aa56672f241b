package dk.samspil.common.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names and documents the get, create, update and delete that a resource inherits (see
 * {@code CrudResource}): their operation ids ({@code get<name>}, {@code create<name>}, ...), summaries
 * and descriptions are written from these few words by {@code common/openapi/CrudDocs}, so that the four operations of
 * every such resource read alike in the contract and are declared once.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CrudOperations {

    /** Ends the operation ids: {@code "ToolboxItem"} gives getToolboxItem, createToolboxItem, ... */
    String name();

    /** What one is called in the summaries: {@code "toolbox item"}. */
    String noun();

    /** Who may add one, as a sentence: {@code "Coordinators."} */
    String creators();

    /** Who may change one; by default those who may add one. */
    String editors() default "";

    /** Who may delete one; by default those who may change one. */
    String deleters() default "";

    /** Said of reading one before the ETag, e.g. who sees private details; nothing by default. */
    String readNote() default "";

    /** Said of adding one after who may; nothing by default. */
    String createNote() default "";

    /** Said of replacing one after If-Match; nothing by default. */
    String updateNote() default "";

    /** When a delete is refused with 409, e.g. {@code "while a good example refers to it"}; never by default. */
    String refusedWhile() default "";

    /** Whether adding or replacing one can conflict with another (409), e.g. over a unique slug or name. */
    boolean conflicts() default true;
}
