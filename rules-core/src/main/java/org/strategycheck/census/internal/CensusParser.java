package org.strategycheck.census.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.strategycheck.census.CensusChild;
import org.strategycheck.census.CensusEnquiry;
import org.strategycheck.census.CensusHeader;
import org.strategycheck.census.ChildKey;
import org.strategycheck.census.InvalidCensusException;
import org.strategycheck.census.InvalidCensusException.Problem;

/**
 * Reads a census file one child at a time with StAX, checking each element against
 * {@link CensusShapes} as it goes, so that memory does not grow with the file. Values the
 * package does not use (UPNs, dates of birth, ethnicity, ...) are checked to be plain values
 * and dropped unread. Not thread-safe.
 */
public final class CensusParser implements AutoCloseable {

    /** The longest value kept; the census's longest values are a few dozen characters. */
    public static final int MAX_VALUE_LENGTH = 1024;
    /** How deep elements may nest inside a block read past. */
    public static final int MAX_BLOCK_DEPTH = 16;
    /** Most section 47 enquiries held for one child (a year has a handful at most). */
    public static final int MAX_ENQUIRIES_PER_CHILD = 1000;

    private final XmlInput.LineCountingReader reader;
    private final XMLStreamReader xml;
    private final Deque<Frame> frames = new ArrayDeque<>();
    private CensusHeader header = new CensusHeader(null, null);
    private int children;
    private boolean finished;
    /** Once refused, always refused: the parser cannot resume inside a broken file. */
    private InvalidCensusException refused;

    /** An open element: its name, its position among same-named siblings (0: not shown), where it starts. */
    private record Frame(String name, int position, int line, int column) {
    }

    /** Reads the content of an element positioned on its start tag, through its end tag. */
    @FunctionalInterface
    private interface Visitor {
        void visit(Shape.Element element) throws XMLStreamException;
    }

    private CensusParser(XmlInput.LineCountingReader reader, XMLStreamReader xml) {
        this.reader = reader;
        this.xml = xml;
    }

    /**
     * Opens a census file and reads up to its first child.
     *
     * @param in the file's bytes; closed by {@link #close()}
     * @return the parser, with its header read
     * @throws InvalidCensusException when the file is refused
     */
    public static CensusParser open(InputStream in) {
        XmlInput.LineCountingReader reader;
        try {
            reader = XmlInput.decode(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CensusParser parser;
        try {
            parser = new CensusParser(reader, XmlInput.factory().createXMLStreamReader(reader));
        } catch (XMLStreamException e) {
            throw failure(e, "");
        }
        try {
            parser.prologAndHeader();
            return parser;
        } catch (XMLStreamException e) {
            parser.closeQuietly();
            throw parser.failure(e);
        } catch (RuntimeException e) {
            parser.closeQuietly();
            throw e;
        }
    }

    /**
     * The file's header; all {@code null} when it has none.
     *
     * @return the header
     */
    public CensusHeader header() {
        return header;
    }

    /**
     * How many children have been read so far.
     *
     * @return the count
     */
    public int children() {
        return children;
    }

    /**
     * Reads the next child.
     *
     * @return the child, or {@code null} after the last (the rest of the file then checked)
     * @throws InvalidCensusException when the file is refused, and again on every later call
     */
    public CensusChild next() {
        if (refused != null) {
            throw refused;
        }
        if (finished) {
            return null;
        }
        try {
            return nextChild();
        } catch (XMLStreamException e) {
            refused = failure(e);
            throw refused;
        } catch (InvalidCensusException e) {
            refused = e;
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            xml.close();
            reader.close();
        } catch (XMLStreamException | IOException e) {
            // Nothing was written; a failure to release the input loses nothing.
        }
    }

    private void closeQuietly() {
        close();
    }

    // The document, the root and the children: read by hand, because the children are streamed.

    private void prologAndHeader() throws XMLStreamException {
        while (true) {
            int event = event();
            if (event == XMLStreamConstants.DTD) {
                throw failHere(Problem.DTD_REFUSED, null);
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                break;
            }
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw failHere(Problem.NOT_WELL_FORMED, null);
            }
        }
        if (hasNamespace()) {
            throw failHere(Problem.NAMESPACED_ELEMENT, null);
        }
        if (!xml.getLocalName().equals("Message")) {
            throw failHere(Problem.WRONG_ROOT, null);
        }
        push("Message", 0);
        checkAttributes();
        boolean headerSeen = false;
        while (true) {
            int event = event();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (hasNamespace()) {
                    throw failHere(Problem.NAMESPACED_ELEMENT, shown(name));
                }
                if (name.equals("Header")) {
                    if (headerSeen) {
                        throw failHere(Problem.TOO_MANY, name, name, "1");
                    }
                    headerSeen = true;
                    push(name, 0);
                    checkAttributes();
                    readHeader();
                    pop();
                } else if (name.equals("Children")) {
                    push(name, 0);
                    checkAttributes();
                    return;
                } else {
                    throw failHere(Problem.UNEXPECTED_ELEMENT, shown(name), described(name), CensusShapes.MESSAGE.names());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                throw failAtElement(Problem.MISSING, "Children");
            } else {
                checkNoText(event);
            }
        }
    }

    private void readHeader() throws XMLStreamException {
        Integer[] year = {null};
        LocalDate[] referenceDate = {null};
        content(CensusShapes.HEADER, element -> {
            if (!element.name().equals("CollectionDetails")) {
                standard(element);
                return;
            }
            content(CensusShapes.COLLECTION_DETAILS, detail -> {
                switch (detail.name()) {
                    case "Collection" -> {
                        if (!text().equals("CIN")) {
                            throw failAtElement(Problem.WRONG_COLLECTION);
                        }
                    }
                    case "Year" -> year[0] = year();
                    case "ReferenceDate" -> referenceDate[0] = date();
                    default -> standard(detail);
                }
            });
        });
        header = new CensusHeader(year[0], referenceDate[0]);
    }

    private CensusChild nextChild() throws XMLStreamException {
        while (true) {
            int event = event();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (hasNamespace()) {
                    throw failHere(Problem.NAMESPACED_ELEMENT, shown(name));
                }
                if (!name.equals("Child")) {
                    throw failHere(Problem.UNEXPECTED_ELEMENT, shown(name), described(name), CensusShapes.CHILDREN.names());
                }
                children++;
                push(name, children);
                checkAttributes();
                CensusChild child = child();
                pop();
                return child;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (children == 0) {
                    throw failAtElement(Problem.MISSING, "Child");
                }
                pop();
                afterChildren();
                finished = true;
                return null;
            } else {
                checkNoText(event);
            }
        }
    }

    /** After {@code </Children>}: only the end of the root, then the end of the document. */
    private void afterChildren() throws XMLStreamException {
        while (true) {
            int event = event();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (name.equals("Header") && !hasNamespace()) {
                    throw failHere(Problem.OUT_OF_ORDER, name, "Header", "Children");
                }
                if (name.equals("Children") && !hasNamespace()) {
                    throw failHere(Problem.TOO_MANY, name, name, "1");
                }
                throw failHere(Problem.UNEXPECTED_ELEMENT, shown(name), described(name), CensusShapes.MESSAGE.names());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                pop();
                break;
            } else {
                checkNoText(event);
            }
        }
        while (event() != XMLStreamConstants.END_DOCUMENT) {
            // Comments and processing instructions only: the parser refuses anything else here.
        }
    }

    private CensusChild child() throws XMLStreamException {
        ChildKey[] key = {null};
        List<CensusEnquiry> enquiries = new ArrayList<>();
        int[] episode = {0};
        content(CensusShapes.CHILD, element -> {
            switch (element.name()) {
                case "ChildIdentifiers" -> content(CensusShapes.CHILD_IDENTIFIERS, identifier -> {
                    if (identifier.name().equals("LAchildID")) {
                        String id = text();
                        if (id.isEmpty()) {
                            throw failAtElement(Problem.EMPTY_VALUE, "LAchildID");
                        }
                        key[0] = ChildKey.of(id);
                    } else {
                        standard(identifier);
                    }
                });
                case "CINdetails" -> {
                    episode[0]++;
                    content(CensusShapes.CIN_DETAILS, detail -> {
                        if (!detail.name().equals("Section47")) {
                            standard(detail);
                            return;
                        }
                        if (enquiries.size() == MAX_ENQUIRIES_PER_CHILD) {
                            throw failAtElement(Problem.TOO_MANY_ENQUIRIES, Integer.toString(MAX_ENQUIRIES_PER_CHILD));
                        }
                        enquiries.add(section47(episode[0], enquiries.size() + 1));
                    });
                }
                default -> standard(element);
            }
        });
        return new CensusChild(children, key[0], enquiries);
    }

    private CensusEnquiry section47(int episode, int enquiry) throws XMLStreamException {
        int line = frames.peek().line();
        LocalDate[] dates = new LocalDate[3];
        boolean[] notRequired = {false};
        content(CensusShapes.SECTION47, element -> {
            switch (element.name()) {
                case "S47ActualStartDate" -> dates[0] = date();
                case "InitialCPCtarget" -> dates[1] = date();
                case "DateOfInitialCPC" -> dates[2] = date();
                case "ICPCnotRequired" -> notRequired[0] = bool();
                default -> standard(element);
            }
        });
        return new CensusEnquiry(children, episode, enquiry, line, dates[0], dates[1], dates[2], notRequired[0]);
    }

    // The generic part: an element's content checked against its shape.

    private void content(Shape shape, Visitor visitor) throws XMLStreamException {
        Map<String, Integer> counts = new HashMap<>();
        while (true) {
            int event = event();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (hasNamespace()) {
                    throw failHere(Problem.NAMESPACED_ELEMENT, shown(name));
                }
                Shape.Element element = shape.element(name);
                if (element == null) {
                    throw failHere(Problem.UNEXPECTED_ELEMENT, shown(name), described(name), shape.names());
                }
                int count = counts.merge(name, 1, Integer::sum);
                if (count > element.max()) {
                    throw failHere(Problem.TOO_MANY, name + (element.repeats() ? "[" + count + "]" : ""), name,
                            Integer.toString(element.max()));
                }
                push(name, element.repeats() ? count : 0);
                checkAttributes();
                visitor.visit(element);
                pop();
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                for (Shape.Element element : shape.elements()) {
                    if (counts.getOrDefault(element.name(), 0) < element.min()) {
                        throw failAtElement(Problem.MISSING, element.name());
                    }
                }
                for (String[] pair : shape.oneOf()) {
                    if (counts.containsKey(pair[0]) == counts.containsKey(pair[1])) {
                        throw failAtElement(Problem.ONE_OF, pair[0], pair[1]);
                    }
                }
                return;
            } else {
                checkNoText(event);
            }
        }
    }

    /** Reads an element the caller has no use for, as its shape says. */
    private void standard(Shape.Element element) throws XMLStreamException {
        switch (element.kind()) {
            case CONTAINER -> content(element.content(), this::standard);
            case VALUE, SKIPPED_VALUE -> skipValue();
            case SKIPPED_BLOCK -> skipBlock();
        }
    }

    /** The text of a value element, white space at its ends removed. */
    private String text() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = event();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (text.length() + xml.getTextLength() > MAX_VALUE_LENGTH) {
                        throw failAtElement(Problem.TOO_LONG, frames.peek().name(), Integer.toString(MAX_VALUE_LENGTH));
                    }
                    text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                }
                case XMLStreamConstants.START_ELEMENT ->
                        throw failHere(Problem.ELEMENT_IN_VALUE, shown(xml.getLocalName()), frames.peek().name());
                case XMLStreamConstants.END_ELEMENT -> {
                    return text.toString().strip();
                }
                default -> {
                    // Comments and processing instructions carry no value.
                }
            }
        }
    }

    /** Reads past a value, never keeping it; it may hold no element. */
    private void skipValue() throws XMLStreamException {
        while (true) {
            int event = event();
            if (event == XMLStreamConstants.START_ELEMENT) {
                throw failHere(Problem.ELEMENT_IN_VALUE, shown(xml.getLocalName()), frames.peek().name());
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return;
            }
        }
    }

    /** Reads past a whole block, whatever it holds, to a bounded depth. */
    private void skipBlock() throws XMLStreamException {
        int depth = 0;
        while (true) {
            int event = event();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (depth > MAX_BLOCK_DEPTH) {
                    throw failAtElement(Problem.TOO_DEEP, Integer.toString(MAX_BLOCK_DEPTH), frames.peek().name());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth == 0) {
                    return;
                }
                depth--;
            }
        }
    }

    private LocalDate date() throws XMLStreamException {
        return value(XsdValues::date, Problem.BAD_DATE);
    }

    private Integer year() throws XMLStreamException {
        return value(XsdValues::year, Problem.BAD_YEAR);
    }

    private boolean bool() throws XMLStreamException {
        return value(XsdValues::bool, Problem.BAD_BOOLEAN);
    }

    /** A value element's text parsed; empty, or not of its type ({@code parse} gives null), is refused. */
    private <T> T value(Function<String, T> parse, Problem notOfItsType) throws XMLStreamException {
        String text = text();
        if (text.isEmpty()) {
            throw failAtElement(Problem.EMPTY_VALUE, frames.peek().name());
        }
        T value = parse.apply(text);
        if (value == null) {
            throw failAtElement(notOfItsType, frames.peek().name());
        }
        return value;
    }

    // Events, names and attributes.

    private int event() throws XMLStreamException {
        int event = xml.next();
        if (event == XMLStreamConstants.ENTITY_REFERENCE) {
            // Only an undeclared entity gets here, and without a DTD none is declared.
            throw failHere(Problem.NOT_WELL_FORMED, null);
        }
        return event;
    }

    private void checkNoText(int event) {
        if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && !xml.isWhiteSpace()) {
            throw failAtElementHere(Problem.TEXT_NOT_ALLOWED);
        }
    }

    private boolean hasNamespace() {
        String namespace = xml.getNamespaceURI();
        return namespace != null && !namespace.isEmpty();
    }

    /** A name for a path: a census element's name, else {@code *} (a name from the file is never echoed). */
    private static String shown(String name) {
        return CensusShapes.isKnown(name) ? name : "*";
    }

    /** A name for a message: {@code <Sex>} for a census element, else a description. */
    private static String described(String name) {
        return CensusShapes.isKnown(name) ? "<" + name + ">" : "an element the census does not have";
    }

    /** Census elements carry no attributes; {@code xsi:} ones (a schema location) are ignored. */
    private void checkAttributes() {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (!XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI.equals(xml.getAttributeNamespace(i))) {
                throw failAtElementHere(Problem.ATTRIBUTE_NOT_ALLOWED);
            }
        }
    }

    private void push(String name, int position) {
        Location location = xml.getLocation();
        frames.push(new Frame(name, position, location.getLineNumber(), location.getColumnNumber()));
    }

    private void pop() {
        frames.pop();
    }

    // Failures: a problem, the element path, a line; never a value.

    private String path(String child) {
        StringBuilder path = new StringBuilder();
        for (Iterator<Frame> it = frames.descendingIterator(); it.hasNext(); ) {
            Frame frame = it.next();
            path.append('/').append(frame.name());
            if (frame.position() > 0) {
                path.append('[').append(frame.position()).append(']');
            }
        }
        if (child != null) {
            path.append('/').append(child);
        }
        return path.toString();
    }

    /** At the parser's position, e.g. an element not allowed; {@code child} extends the path. */
    private InvalidCensusException failHere(Problem problem, String child, String... arguments) {
        Location location = xml.getLocation();
        return new InvalidCensusException(problem, List.of(arguments), path(child), location.getLineNumber(),
                location.getColumnNumber());
    }

    /** About the open element, at the parser's position (text or an attribute in it). */
    private InvalidCensusException failAtElementHere(Problem problem, String... arguments) {
        return failHere(problem, null, arguments);
    }

    /** About the open element, at its start tag (a bad value, a missing child). */
    private InvalidCensusException failAtElement(Problem problem, String... arguments) {
        Frame frame = frames.peek();
        return new InvalidCensusException(problem, List.of(arguments), path(null), frame.line(), frame.column());
    }

    private InvalidCensusException failure(XMLStreamException e) {
        return failure(e, path(null));
    }

    /** The parser's own message is never passed on: it can quote the file. */
    private static InvalidCensusException failure(XMLStreamException e, String path) {
        Throwable nested = e.getNestedException() != null ? e.getNestedException() : e.getCause();
        if (nested instanceof XmlInput.BadEncodingException encoding) {
            return new InvalidCensusException(Problem.BAD_ENCODING, List.of(encoding.encoding()), path, encoding.line(), 0);
        }
        if (nested instanceof IOException io && !(nested instanceof java.io.CharConversionException)) {
            throw new UncheckedIOException(io);
        }
        Location location = e.getLocation();
        return new InvalidCensusException(Problem.NOT_WELL_FORMED, List.of(), path,
                location == null ? 0 : location.getLineNumber(), location == null ? 0 : location.getColumnNumber());
    }
}
