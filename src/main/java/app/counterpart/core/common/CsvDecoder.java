package app.counterpart.core.common;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a CSV file into text. Spreadsheets save CSV as UTF-8 (with or without a BOM) or,
 * on Chinese Windows, as GBK (code page 936) without saying which; strict UTF-8 is tried first because
 * Chinese GBK text is practically never valid UTF-8, so a file that decodes as UTF-8 is UTF-8.
 */
public final class CsvDecoder {

    /** The text without BOM, and the name of the encoding it was read with ("UTF-8" or "GBK"). */
    public record DecodedText(String text, String encoding) {
    }

    public static final String UTF_8 = "UTF-8";
    public static final String GBK = "GBK";

    private static final int SAMPLE = 64 * 1024;

    private CsvDecoder() {
    }

    /** @throws CsvRefusedException when the bytes are empty, binary, or neither UTF-8 nor GBK text */
    public static DecodedText decode(byte[] bytes) {
        if (bytes.length == 0) {
            throw new CsvRefusedException("the file is empty");
        }
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            throw new CsvRefusedException("this is not a CSV text file: it is UTF-16 text (Excel's \"Unicode Text\"); "
                    + "save it as \"CSV UTF-8\" instead");
        }
        if (startsWith(bytes, 'P', 'K', 3, 4) || startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new CsvRefusedException("this is not a CSV text file: it looks like an Excel workbook; "
                    + "save it as \"CSV UTF-8\" first");
        }
        if (looksBinary(bytes)) {
            throw new CsvRefusedException("this is not a CSV text file: it holds binary data");
        }
        boolean bom = startsWith(bytes, 0xEF, 0xBB, 0xBF);
        int start = bom ? 3 : 0;
        Attempt utf8 = decode(bytes, start, StandardCharsets.UTF_8);
        DecodedText decoded;
        if (utf8.text() != null) {
            decoded = new DecodedText(utf8.text(), UTF_8);
        } else if (bom) {
            throw new CsvRefusedException("the file says it is UTF-8 but line " + lineOf(bytes, utf8.badByte())
                    + " holds bytes that are not UTF-8");
        } else {
            Attempt gbk = Charset.isSupported(GBK) ? decode(bytes, 0, Charset.forName(GBK)) : utf8;
            if (gbk.text() == null) {
                throw new CsvRefusedException("the file is neither UTF-8 nor GBK text: line "
                        + lineOf(bytes, utf8.badByte()) + " holds bytes that are not UTF-8; save it as \"CSV UTF-8\"");
            }
            decoded = new DecodedText(gbk.text(), GBK);
        }
        if (decoded.text().isBlank()) {
            throw new CsvRefusedException("the file is empty");
        }
        return decoded;
    }

    private record Attempt(String text, int badByte) {
    }

    private static Attempt decode(byte[] bytes, int start, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil((bytes.length - start) * (double) decoder.maxCharsPerByte()) + 2);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            return new Attempt(null, in.position());
        }
        if (result.isOverflow()) {
            throw new IllegalStateException("decoding buffer too small for " + charset);
        }
        return new Attempt(out.flip().toString(), -1);
    }

    /**
     * A NUL byte, or more than 2 % control bytes that no text file holds, in the first 64 KB: an
     * image, a workbook, a database. Tab, CR, LF and the DOS end-of-file mark are text.
     */
    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, SAMPLE);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x1A) || b == 0x7F) {
                control++;
            }
        }
        for (int i = n; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return control * 50 > n;
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
