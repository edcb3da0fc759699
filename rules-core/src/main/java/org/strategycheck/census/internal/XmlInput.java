package org.strategycheck.census.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import org.strategycheck.census.InvalidCensusException;
import org.strategycheck.census.InvalidCensusException.Problem;

/**
 * The way in: the JDK's own StAX parser, with DTDs and external entities off, reading text we
 * decode ourselves.
 *
 * <p>We decode because the JDK parser, given bytes, prints "[Fatal Error]" lines to
 * {@code System.err} on a bad byte and reports no useful line; given characters from a strict
 * decoder that counts lines, it does neither. The encoding is the one a byte-order mark or the
 * XML declaration names, else UTF-8, as XML itself says.
 */
public final class XmlInput {

    private static final Pattern DECLARED_ENCODING = Pattern.compile("^<\\?xml[^>]*?\\sencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']");
    private static final int DECLARATION_PEEK = 256;

    private XmlInput() {
    }

    /**
     * A StAX factory that cannot be made to read a DTD, fetch anything, or expand an entity
     * other than the five XML predefines.
     *
     * @return a new factory (factories are not documented as thread-safe)
     */
    public static XMLInputFactory factory() {
        // newDefaultFactory: the JDK's implementation, whatever else is on the class path.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new javax.xml.stream.XMLStreamException("external resources are refused");
        });
        return factory;
    }

    /**
     * The characters of a census file, decoded strictly.
     *
     * @param in the bytes
     * @return a reader that throws {@link BadEncodingException} at the first byte that is not
     *         valid in the encoding
     * @throws IOException when the stream cannot be read
     */
    public static LineCountingReader decode(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 8192);
        buffered.mark(DECLARATION_PEEK);
        byte[] head = buffered.readNBytes(DECLARATION_PEEK);
        buffered.reset();
        if (head.length == 0) {
            throw new InvalidCensusException(Problem.EMPTY_FILE, List.of(), "", 0, 0);
        }
        Charset charset;
        int bom = 0;
        if (head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf) {
            charset = StandardCharsets.UTF_8;
            bom = 3;
        } else if (head.length >= 2 && (head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff) {
            charset = StandardCharsets.UTF_16BE;
            bom = 2;
        } else if (head.length >= 2 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe) {
            charset = StandardCharsets.UTF_16LE;
            bom = 2;
        } else {
            charset = declared(head);
        }
        buffered.skipNBytes(bom);
        return new LineCountingReader(buffered, charset);
    }

    /** The encoding the XML declaration names (read as ASCII, which all candidates extend), else UTF-8. */
    private static Charset declared(byte[] head) {
        Matcher matcher = DECLARED_ENCODING.matcher(new String(head, StandardCharsets.ISO_8859_1));
        if (!matcher.find()) {
            return StandardCharsets.UTF_8;
        }
        try {
            Charset charset = Charset.forName(matcher.group(1));
            if (charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32")) {
                // Without a byte-order mark the declaration could not have been read as ASCII.
                throw new InvalidCensusException(Problem.UNSUPPORTED_ENCODING, List.of(), "", 1, 0);
            }
            return charset;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new InvalidCensusException(Problem.UNSUPPORTED_ENCODING, List.of(), "", 1, 0);
        }
    }

    /** A byte that is not valid in the file's encoding, and the line it is on. */
    public static final class BadEncodingException extends IOException {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final String encoding;

        BadEncodingException(int line, String encoding) {
            super("not valid " + encoding + " at line " + line);
            this.line = line;
            this.encoding = encoding;
        }

        /**
         * The line of the bad byte.
         *
         * @return 1-based
         */
        public int line() {
            return line;
        }

        /**
         * The encoding the file was read in.
         *
         * @return e.g. {@code UTF-8}
         */
        public String encoding() {
            return encoding;
        }
    }

    /** Decodes strictly and counts the lines decoded so far, so a bad byte has a line. */
    public static final class LineCountingReader extends Reader {
        private final InputStream in;
        private final CharsetDecoder decoder;
        private final ByteBuffer bytes = ByteBuffer.allocate(8192);
        private final CharBuffer chars = CharBuffer.allocate(8192);
        private int linesBefore = 1;
        private boolean endOfInput;

        LineCountingReader(InputStream in, Charset charset) {
            this.in = in;
            this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            bytes.flip();
            chars.flip();
        }

        @Override
        public int read(char[] target, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (!chars.hasRemaining()) {
                if (!fill()) {
                    return -1;
                }
            }
            int n = Math.min(length, chars.remaining());
            chars.get(target, offset, n);
            return n;
        }

        /** Decodes the next block; false at the end. */
        private boolean fill() throws IOException {
            if (endOfInput && !bytes.hasRemaining()) {
                return false;
            }
            chars.clear();
            if (!endOfInput) {
                bytes.compact();
                int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (read < 0) {
                    endOfInput = true;
                } else {
                    bytes.position(bytes.position() + read);
                }
                bytes.flip();
            }
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            if (endOfInput && !result.isError()) {
                result = decoder.flush(chars);
            }
            chars.flip();
            countLines();
            if (result.isError()) {
                throw new BadEncodingException(linesBefore, decoder.charset().name());
            }
            if (endOfInput && !chars.hasRemaining() && bytes.hasRemaining()) {
                // Bytes left that never make a character: a truncated sequence.
                throw new BadEncodingException(linesBefore, decoder.charset().name());
            }
            return chars.hasRemaining() || !endOfInput;
        }

        private void countLines() {
            for (int i = chars.position(); i < chars.limit(); i++) {
                if (chars.get(i) == '\n') {
                    linesBefore++;
                }
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
