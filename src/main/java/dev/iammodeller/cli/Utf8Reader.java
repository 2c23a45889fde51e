package dev.iammodeller.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text read as UTF-8, strictly and the same from a file or standard input: a byte that is not UTF-8 ends the
 * reading with {@link NotUtf8}, which says at which line and column of the text it stands (the characters
 * before it are read first). Lines and columns count characters as the JSON readers count them.
 */
final class Utf8Reader extends Reader {
    /** The text holds a byte that is not UTF-8. */
    static final class NotUtf8 extends IOException {
        NotUtf8(int line, int column, int value) {
            super("line " + line + ", column " + column + ": the text is not UTF-8 (the byte 0x"
                    + String.format("%02X", value & 0xff) + " is not a character)");
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private final CharBuffer chars = CharBuffer.allocate(1 << 16).flip();
    private boolean ended;
    private NotUtf8 failure;
    /** Where the next character decoded stands. */
    private int line = 1;
    private int column = 1;

    Utf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (failure != null) {
                throw failure;
            }
            if (ended && !bytes.hasRemaining()) {
                return -1;
            }
            decode();
        }
        int n = Math.min(length, chars.remaining());
        chars.get(into, offset, n);
        return n;
    }

    /** Decodes what the bytes read so far hold (reading more when they hold nothing whole). */
    private void decode() throws IOException {
        if (!ended && bytes.remaining() < 4) {
            bytes.compact();
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                ended = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }
        chars.clear();
        CoderResult result = decoder.decode(bytes, chars, ended);
        if (ended && !result.isError() && !bytes.hasRemaining()) {
            decoder.flush(chars);
        }
        chars.flip();
        count();
        if (result.isError()) {
            failure = new NotUtf8(line, column, bytes.get(bytes.position()));
        }
    }

    private void count() {
        for (int i = chars.position(); i < chars.limit(); i++) {
            if (chars.get(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
