package org.strategycheck.census;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A census file could not be read: it is not well-formed XML, it is refused (a DTD), or it
 * does not have the shape of a Children in Need census. The message says where (the element
 * path, e.g. {@code /Message/Children/Child[1234]/CINdetails[1]/Section47[2]/S47ActualStartDate},
 * and the line and column) and why, and never quotes a value from the file: the arguments are
 * census element names and what was expected. A name that is not a census element's (an
 * unknown element, an attribute, a wrong root) is never echoed either, since it came from the
 * file and could be anything: the path shows it as {@code *}.
 */
public final class InvalidCensusException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a census file was refused. Each has an English wording with the arguments' places. */
    public enum Problem {
        /** The file holds nothing. */
        EMPTY_FILE("the file is empty"),
        /** The bytes are not well-formed XML; the parser's own message is not passed on (it can quote the file). */
        NOT_WELL_FORMED("not well-formed XML"),
        /** The bytes are not valid in the file's character encoding. */
        BAD_ENCODING("not valid {0} text"),
        /** The XML declaration names an encoding this Java cannot read. */
        UNSUPPORTED_ENCODING("the XML declaration names an encoding that cannot be read"),
        /** A document type declaration: refused, so no entity can be declared or fetched. */
        DTD_REFUSED("a document type declaration (DTD) is refused: a census file needs none, and a DTD can declare "
                + "entities that read local files or expand without bound"),
        /** The root element is not {@code Message}. */
        WRONG_ROOT("the root element is not <Message>: this is not a census file"),
        /** An element that may not appear here: a census element out of place, or one the census does not have. */
        UNEXPECTED_ELEMENT("{0} is not allowed here; allowed: {1}"),
        /** An element in an XML namespace; census elements are in none. */
        NAMESPACED_ELEMENT("an element in an XML namespace; census elements are in none"),
        /** The header comes after the children. */
        OUT_OF_ORDER("<{0}> must come before <{1}>"),
        /** An element appears more often than the census allows. */
        TOO_MANY("<{0}> appears more often than the census allows here (at most {1})"),
        /** A required element is absent. */
        MISSING("<{0}> is required here"),
        /** Exactly one of two elements is required. */
        ONE_OF("exactly one of <{0}> and <{1}> is required here"),
        /** Text where only elements may be. */
        TEXT_NOT_ALLOWED("text is not allowed here, only elements"),
        /** An element inside one that holds a value. */
        ELEMENT_IN_VALUE("<{0}> holds a value; no element is allowed inside it"),
        /** An attribute; census elements have none (but {@code xsi:} ones, which are ignored). */
        ATTRIBUTE_NOT_ALLOWED("an attribute is not allowed here: census elements have none"),
        /** An element that must hold a value is empty. */
        EMPTY_VALUE("<{0}> is empty; leave the element out when there is no value"),
        /** Not a date. */
        BAD_DATE("<{0}> is not a date written YYYY-MM-DD"),
        /** Not a year. */
        BAD_YEAR("<{0}> is not a year written YYYY"),
        /** Not a yes/no value. */
        BAD_BOOLEAN("<{0}> is not one of 1, 0, true, false"),
        /** The header names another collection. */
        WRONG_COLLECTION("<Collection> is not CIN: this is not a Children in Need census"),
        /** A value longer than any the census holds. */
        TOO_LONG("<{0}> is longer than {1} characters"),
        /** Elements nested deeper than the census ever nests them. */
        TOO_DEEP("elements are nested more than {0} deep inside <{1}>"),
        /** More section 47 enquiries for one child than the reader holds. */
        TOO_MANY_ENQUIRIES("a child has more than {0} section 47 enquiries");

        private final String wording;

        Problem(String wording) {
            this.wording = wording;
        }

        /**
         * The English wording with the arguments in place.
         *
         * @param arguments element names and limits
         * @return the text
         */
        public String render(List<String> arguments) {
            return new MessageFormat(wording.replace("'", "''"), Locale.UK).format(arguments.toArray());
        }
    }

    private final Problem problem;
    private final transient List<String> arguments;
    private final String path;
    private final int line;
    private final int column;

    /**
     * Creates the exception.
     *
     * @param problem   why
     * @param arguments the wording's arguments: element names and limits, never values
     * @param path      element path, e.g. {@code /Message/Children/Child[3]}; {@code ""} before the root
     * @param line      1-based line, or 0 when unknown
     * @param column    1-based column, or 0 when unknown
     */
    public InvalidCensusException(Problem problem, List<String> arguments, String path, int line, int column) {
        super(describe(problem, arguments, path, line, column), null, false, false);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.arguments = List.copyOf(arguments);
        this.path = Objects.requireNonNull(path, "path");
        this.line = Math.max(line, 0);
        this.column = Math.max(column, 0);
    }

    /**
     * Why the file was refused.
     *
     * @return the problem
     */
    public Problem problem() {
        return problem;
    }

    /**
     * The wording's arguments: element names and limits, never a value from the file.
     *
     * @return the arguments
     */
    public List<String> arguments() {
        return arguments;
    }

    /**
     * Where: the path of the element concerned, positions 1-based among elements of the same
     * name ({@code Child[1234]}); {@code ""} when the problem comes before the root element.
     *
     * @return the element path
     */
    public String path() {
        return path;
    }

    /**
     * The line where the parser saw the problem.
     *
     * @return 1-based, or 0 when unknown
     */
    public int line() {
        return line;
    }

    /**
     * The column where the parser saw the problem.
     *
     * @return 1-based, or 0 when unknown
     */
    public int column() {
        return column;
    }

    private static String describe(Problem problem, List<String> arguments, String path, int line, int column) {
        StringBuilder text = new StringBuilder("invalid census file");
        if (line > 0) {
            text.append(", line ").append(line);
            if (column > 0) {
                text.append(", column ").append(column);
            }
        }
        if (!path.isEmpty()) {
            text.append(", at ").append(path);
        }
        return text.append(": ").append(problem.render(arguments)).toString();
    }
}
