package org.strategycheck.examples.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One client connection: reads its requests one after another (HTTP/1.1, keep-alive and
 * pipelining included), has {@link Routes} answer each, and writes the answers.
 *
 * <p>Why not the JDK's {@code com.sun.net.httpserver}: it reads a request's head on the
 * request thread with no time limit of its own (a client that sends half a request holds a
 * thread until the JVM-wide {@code sun.net.httpserver.maxReqTime}), and it answers a malformed
 * request itself, before any handler runs, with an HTML page naming a Java exception
 * ({@code ?%zz} in the target: "URISyntaxException thrown"; {@code Content-Length: abc}:
 * "NumberFormatException thrown"). Neither can be changed from a handler or filter. So the
 * service reads requests itself, strictly and with deadlines, and every answer is its JSON.
 *
 * <p>Deadlines: the head must arrive within the header time-out of its first byte (a new
 * connection must start its request within it too), the body within the body time-out of the
 * head, and the next request on a kept-alive connection within the idle time-out. A request
 * that misses its deadline is answered 408; an idle connection is closed. An answer the client
 * does not read within the body time-out is abandoned and the connection closed.
 */
final class HttpConnection implements Runnable {

    /** The request line and header fields together, as HTTP servers commonly limit them. */
    static final int MAX_HEAD_BYTES = 16 * 1024;
    static final int MAX_FIELDS = 100;

    private static final Pattern REQUEST_LINE = Pattern.compile("([!#$%&'*+.^_`|~0-9A-Za-z-]+) (\\S+) (HTTP/\\d\\.\\d)");
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);
    private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    /** Time limits of one connection. */
    record Timeouts(Duration header, Duration body, Duration idle) {
    }

    private final Socket socket;
    private final Routes routes;
    private final Timeouts timeouts;
    private final InputStream in;
    private final OutputStream out;
    private final byte[] buffer = new byte[8192];
    private int position;
    private int limit;
    private long deadline;
    /** While an answer is being written, when it must be written by; else {@link Long#MAX_VALUE}. */
    private volatile long writeDeadline = Long.MAX_VALUE;

    HttpConnection(Socket socket, Routes routes, Timeouts timeouts) throws IOException {
        this.socket = socket;
        this.routes = routes;
        this.timeouts = timeouts;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    @Override
    public void run() {
        try (socket) {
            boolean first = true;
            while (true) {
                // A new connection must start its request within the header time; a kept-alive one may idle longer.
                deadline(first ? timeouts.header() : timeouts.idle());
                if (!awaitByte()) {
                    return;
                }
                first = false;
                deadline(timeouts.header());
                Request request;
                Head head;
                try {
                    head = readHead();
                    request = head.request(this);
                } catch (RequestProblem problem) {
                    write(routes.problem(problem), false, true);
                    return;
                }
                boolean close;
                routes.begin();
                try {
                    Routes.Response response = routes.handle(request);
                    close = response.close() || !head.keepAlive() || !request.body().finished();
                    write(response, request.method().equals("HEAD"), close);
                } finally {
                    routes.end();
                }
                if (close) {
                    return;
                }
            }
        } catch (IOException gone) {
            // The client went away or stopped reading: nobody to answer.
        }
    }

    /**
     * Closes the connection when an answer has been waiting on the client longer than the body
     * time-out: a blocking write has no time-out of its own. Called by the server's sweeper.
     *
     * @return {@code true} when it was closed
     */
    boolean closeIfWriteStalled(long now) {
        long by = writeDeadline;
        if (by != Long.MAX_VALUE && now - by > 0) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // Closing a connection that is failing anyway.
            }
            return true;
        }
        return false;
    }

    /** Closes the connection, e.g. when the server stops. */
    void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Already closed.
        }
    }

    // ---- reading, with a deadline

    private void deadline(Duration time) {
        deadline = System.nanoTime() + time.toNanos();
    }

    /** Fills the buffer; {@code false} at the end of the stream. */
    private boolean fill() throws IOException, RequestProblem {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new RequestProblem(408, "http.requestTimeout");
        }
        // Each read waits at most until the deadline: a client sending a byte at a time cannot stretch it.
        socket.setSoTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, left / 1_000_000)));
        int read;
        try {
            read = in.read(buffer, 0, buffer.length);
        } catch (SocketTimeoutException late) {
            throw new RequestProblem(408, "http.requestTimeout");
        }
        if (read < 0) {
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }

    /** Waits for the first byte of a request; {@code false} when the client closed or idled too long. */
    private boolean awaitByte() throws IOException {
        if (position < limit) {
            return true;
        }
        try {
            return fill();
        } catch (RequestProblem idleTooLong) {
            return false;
        }
    }

    private int read() throws IOException, RequestProblem {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++] & 0xff;
    }

    /**
     * One line of the head without its line end (CRLF, or a bare LF as RFC 9112 allows),
     * counting against the head's limit.
     */
    private String readLine(int[] headBytes) throws IOException, RequestProblem {
        StringBuilder line = new StringBuilder(64);
        while (true) {
            int b = read();
            if (b < 0) {
                throw new IOException("connection closed within the head");
            }
            if (++headBytes[0] > MAX_HEAD_BYTES) {
                throw new RequestProblem(431, "http.headTooLarge", String.valueOf(MAX_HEAD_BYTES));
            }
            if (b == '\n') {
                int end = line.length();
                if (end > 0 && line.charAt(end - 1) == '\r') {
                    line.setLength(end - 1);
                }
                return line.toString();
            }
            line.append((char) b);
        }
    }

    /** A request's head, parsed and checked. */
    private record Head(String method, String target, boolean http11, Map<String, List<String>> fields) {

        /** HTTP/1.1 unless the client says close; HTTP/1.0 never (one request per connection, as 1.0 means). */
        boolean keepAlive() {
            return http11 && !tokens(fields.getOrDefault("connection", List.of())).contains("close");
        }

        Request request(HttpConnection connection) throws RequestProblem {
            int query = target.indexOf('?');
            String path = query < 0 ? target : target.substring(0, query);
            String rawQuery = query < 0 ? null : target.substring(query + 1);
            boolean expectContinue = http11 && "100-continue".equalsIgnoreCase(first("expect"));
            List<String> encodings = fields.get("transfer-encoding");
            List<String> lengths = fields.get("content-length");
            Request.Body body;
            if (encodings != null) {
                if (lengths != null) {
                    throw new RequestProblem(400, "http.badFraming");
                }
                if (!tokens(encodings).equals(List.of("chunked"))) {
                    throw new RequestProblem(501, "http.unsupportedTransferEncoding");
                }
                body = connection.new Chunked(expectContinue);
            } else if (lengths != null) {
                if (lengths.size() > 1 || lengths.get(0).contains(",")) {
                    throw new RequestProblem(400, "http.badFraming");
                }
                if (!DIGITS.matcher(lengths.get(0)).matches()) {
                    throw new RequestProblem(400, "http.badContentLength");
                }
                String digits = lengths.get(0);
                // A length too long to count is certainly over any limit: it is refused as too large, unread.
                body = connection.new Fixed(digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits), expectContinue);
            } else {
                body = connection.new Fixed(0, false);
            }
            return new Request(method, path, rawQuery, fields, body);
        }

        private String first(String name) {
            List<String> values = fields.get(name);
            return values == null ? null : values.get(0);
        }

        private static List<String> tokens(List<String> values) {
            List<String> tokens = new ArrayList<>();
            for (String value : values) {
                for (String token : value.split(",")) {
                    if (!token.isBlank()) {
                        tokens.add(token.trim().toLowerCase(Locale.ROOT));
                    }
                }
            }
            return tokens;
        }
    }

    private Head readHead() throws IOException, RequestProblem {
        int[] headBytes = {0};
        String line = readLine(headBytes);
        // A recipient should ignore an empty line or two before the request line (RFC 9112, 2.2).
        for (int blank = 0; line.isEmpty() && blank < 2; blank++) {
            line = readLine(headBytes);
        }
        Matcher requestLine = REQUEST_LINE.matcher(line);
        if (!requestLine.matches()) {
            throw new RequestProblem(400, "http.badRequestLine");
        }
        String version = requestLine.group(3);
        if (!version.equals("HTTP/1.1") && !version.equals("HTTP/1.0")) {
            throw new RequestProblem(505, "http.versionNotSupported", "HTTP/1.1");
        }
        String target = requestLine.group(2);
        if (!target.startsWith("/") || !visibleAscii(target) || target.indexOf('#') >= 0) {
            throw new RequestProblem(400, "http.badTarget");
        }
        Map<String, List<String>> fields = new LinkedHashMap<>();
        int count = 0;
        for (String field = readLine(headBytes); !field.isEmpty(); field = readLine(headBytes)) {
            if (++count > MAX_FIELDS) {
                throw new RequestProblem(431, "http.headTooLarge", String.valueOf(MAX_HEAD_BYTES));
            }
            int colon = field.indexOf(':');
            // No white space before the colon, and no folded lines (RFC 9112, 5.1 and 5.2).
            if (colon <= 0 || !TOKEN.matcher(field.substring(0, colon)).matches()) {
                throw new RequestProblem(400, "http.badHeader");
            }
            String value = field.substring(colon + 1).strip();
            if (!fieldValue(value)) {
                throw new RequestProblem(400, "http.badHeader");
            }
            fields.computeIfAbsent(field.substring(0, colon).toLowerCase(Locale.ROOT), name -> new ArrayList<>(1))
                    .add(value);
        }
        boolean http11 = version.equals("HTTP/1.1");
        List<String> host = fields.get("host");
        if (http11 && (host == null || host.size() != 1)) {
            throw new RequestProblem(400, "http.missingHost");
        }
        return new Head(requestLine.group(1), target, http11, fields);
    }

    private static boolean visibleAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }

    /** Visible characters, spaces and tabs: no control characters. */
    private static boolean fieldValue(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    // ---- bodies

    private void startBody(boolean expectContinue) throws IOException {
        deadline(timeouts.body());
        if (expectContinue) {
            out.write(CONTINUE);
            out.flush();
        }
    }

    /** Copies exactly {@code count} bytes of the body, within the body's deadline. */
    private void copy(ByteArrayOutputStream body, long count) throws IOException, RequestProblem {
        for (long wanted = count; wanted > 0; ) {
            if (position == limit && !fill()) {
                throw new IOException("connection closed within the body");
            }
            int n = (int) Math.min(wanted, limit - position);
            body.write(buffer, position, n);
            position += n;
            wanted -= n;
        }
    }

    /** A body of a declared length (0 when the request declares none). */
    final class Fixed implements Request.Body {
        private final long length;
        private final boolean expectContinue;
        private long left;

        Fixed(long length, boolean expectContinue) {
            this.length = length;
            this.expectContinue = expectContinue;
            this.left = length;
        }

        @Override
        public Long declaredLength() {
            return length;
        }

        @Override
        public byte[] read(int most) throws RequestProblem, IOException {
            if (left == 0) {
                return new byte[0];
            }
            startBody(expectContinue);
            ByteArrayOutputStream body = new ByteArrayOutputStream((int) Math.min(left, 64 * 1024));
            long wanted = Math.min(left, (long) most + 1);
            copy(body, wanted);
            left -= wanted;
            return body.toByteArray();
        }

        @Override
        public boolean finished() {
            return left == 0;
        }
    }

    /** A body sent in chunks (RFC 9112, 7.1); extensions and trailer fields are read and ignored. */
    final class Chunked implements Request.Body {
        private final boolean expectContinue;
        private boolean finished;

        Chunked(boolean expectContinue) {
            this.expectContinue = expectContinue;
        }

        @Override
        public Long declaredLength() {
            return null;
        }

        @Override
        public byte[] read(int most) throws RequestProblem, IOException {
            startBody(expectContinue);
            ByteArrayOutputStream body = new ByteArrayOutputStream(8192);
            int[] lineBytes = {0};
            while (true) {
                lineBytes[0] = 0;
                String sizeLine = readLine(lineBytes);
                int extension = sizeLine.indexOf(';');
                String size = (extension < 0 ? sizeLine : sizeLine.substring(0, extension)).strip();
                if (!size.matches("[0-9A-Fa-f]{1,7}")) {
                    throw new RequestProblem(400, "http.badChunk");
                }
                int chunk = Integer.parseInt(size, 16);
                if (chunk == 0) {
                    for (String trailer = readLine(lineBytes); !trailer.isEmpty(); trailer = readLine(lineBytes)) {
                        // Trailer fields carry nothing the service uses.
                    }
                    finished = true;
                    return body.toByteArray();
                }
                copy(body, Math.min(chunk, (long) most + 1 - body.size()));
                if (body.size() > most) {
                    // Over the limit: stop reading; the connection will not carry another request.
                    return body.toByteArray();
                }
                lineBytes[0] = 0;
                if (!readLine(lineBytes).isEmpty()) {
                    throw new RequestProblem(400, "http.badChunk");
                }
            }
        }

        @Override
        public boolean finished() {
            return finished;
        }
    }

    // ---- writing

    private void write(Routes.Response response, boolean head, boolean close) throws IOException {
        StringBuilder text = new StringBuilder(256);
        text.append("HTTP/1.1 ").append(response.status()).append(' ').append(reason(response.status())).append("\r\n");
        text.append("Date: ").append(HTTP_DATE.format(ZonedDateTime.now(ZoneOffset.UTC))).append("\r\n");
        text.append("Content-Type: ").append(response.type()).append("\r\n");
        text.append("Content-Length: ").append(response.body().length).append("\r\n");
        // Results describe children's cases: no cache should keep them, and no browser should guess their type.
        text.append("Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n");
        response.headers().forEach((name, value) -> text.append(name).append(": ").append(value).append("\r\n"));
        if (close) {
            text.append("Connection: close\r\n");
        }
        text.append("\r\n");
        byte[] headBytes = text.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[headBytes.length + (head ? 0 : response.body().length)];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        if (!head) {
            System.arraycopy(response.body(), 0, all, headBytes.length, response.body().length);
        }
        // One write: with the head and body apart, the body would wait on the client's delayed ACK.
        // A client that stops reading would block it for ever: past the deadline the server closes the socket.
        writeDeadline = System.nanoTime() + timeouts.body().toNanos();
        try {
            out.write(all);
            out.flush();
        } finally {
            writeDeadline = Long.MAX_VALUE;
        }
        if (close) {
            // Let the client read the answer before the connection goes, even with request bytes unread.
            socket.shutdownOutput();
            drainBriefly();
        }
    }

    /** Reads and drops what the client still sends, for a moment, so that closing does not reset the answer away. */
    private void drainBriefly() {
        try {
            socket.setSoTimeout(200);
            long until = System.nanoTime() + 1_000_000_000L;
            byte[] sink = new byte[8192];
            while (System.nanoTime() < until && in.read(sink) >= 0) {
                // discard
            }
        } catch (IOException done) {
            // Timed out or closed: either way, done.
        }
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 503 -> "Service Unavailable";
            case 505 -> "HTTP Version Not Supported";
            default -> "Status";
        };
    }
}
