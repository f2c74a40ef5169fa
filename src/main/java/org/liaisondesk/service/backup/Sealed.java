package org.liaisondesk.service.backup;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.liaisondesk.service.security.PasswordKeys;

/**
 * A backup encrypted with the data's password: AES-256-GCM in 1 MiB chunks, the key derived by
 * PBKDF2-HMAC-SHA256 with a salt of its own. Chunks carry their number in the nonce and the last
 * is marked, so reordering, truncation and any changed byte fail the check. Chunking keeps memory
 * flat for backups of any size (one GCM message must be held whole before it can be checked).
 *
 * <p>Layout: {@value #MAGIC_TEXT}, version byte, iterations (int), salt (16), nonce prefix (8),
 * then chunks of [last flag (1), length (int), ciphertext with tag].
 */
public final class Sealed {
    static final String MAGIC_TEXT = "LIAISON-DESK-SEALED\n";
    private static final byte[] MAGIC = MAGIC_TEXT.getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 1;
    private static final int CHUNK = 1 << 20;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Sealed() {}

    /** The check failed: a wrong password, or a damaged file (GCM cannot tell the two apart). */
    public static final class WrongKeyException extends IOException {
        WrongKeyException(Throwable cause) { super("wrong password or damaged file", cause); }
    }

    /** True when the stream starts like a sealed file; reads and resets its first bytes. */
    public static boolean isSealed(InputStream in) throws IOException {
        in.mark(MAGIC.length);
        byte[] head = in.readNBytes(MAGIC.length);
        in.reset();
        return Arrays.equals(head, MAGIC);
    }

    /** Encrypts everything written to it into {@code out}; closing it writes the last chunk and closes {@code out}. */
    public static OutputStream seal(OutputStream out, char[] password) throws IOException {
        byte[] salt = new byte[16];
        byte[] prefix = new byte[8];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(prefix);
        int iterations = PasswordKeys.ITERATIONS;
        DataOutputStream head = new DataOutputStream(out);
        head.write(MAGIC);
        head.writeByte(VERSION);
        head.writeInt(iterations);
        head.write(salt);
        head.write(prefix);
        return new Writer(out, PasswordKeys.aesKey(password, salt, iterations), prefix);
    }

    /**
     * Decrypts a sealed stream.
     *
     * @throws WrongKeyException at once when the password does not open the first chunk
     */
    public static InputStream open(InputStream in, char[] password) throws IOException {
        DataInputStream data = new DataInputStream(in);
        byte[] magic = new byte[MAGIC.length];
        data.readFully(magic);
        if (!Arrays.equals(magic, MAGIC)) throw new IOException("not a sealed file");
        if (data.readUnsignedByte() != VERSION) throw new IOException("sealed by a newer version");
        int iterations = data.readInt();
        if (iterations < 1 || iterations > 10_000_000) throw new IOException("damaged header");
        byte[] salt = new byte[16];
        byte[] prefix = new byte[8];
        data.readFully(salt);
        data.readFully(prefix);
        Reader r = new Reader(data, PasswordKeys.aesKey(password, salt, iterations), prefix);
        r.next();
        return r;
    }

    private static Cipher cipher(int mode, SecretKey key, byte[] prefix, long index, boolean last) throws IOException {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            byte[] nonce = ByteBuffer.allocate(12).put(prefix).putInt((int) index).array();
            c.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(new byte[] {(byte) (last ? 1 : 0)});
            return c;
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    private static final class Writer extends OutputStream {
        private final DataOutputStream out;
        private final SecretKeySpec key;
        private final byte[] prefix;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(CHUNK);
        private long index;
        private boolean closed;

        Writer(OutputStream out, SecretKeySpec key, byte[] prefix) {
            this.out = new DataOutputStream(out);
            this.key = key;
            this.prefix = prefix;
        }

        @Override
        public void write(int b) throws IOException {
            buffer.write(b);
            if (buffer.size() >= CHUNK) emit(false);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                int n = Math.min(len, CHUNK - buffer.size());
                buffer.write(b, off, n);
                off += n;
                len -= n;
                if (buffer.size() >= CHUNK) emit(false);
            }
        }

        private void emit(boolean last) throws IOException {
            try {
                byte[] sealed = cipher(Cipher.ENCRYPT_MODE, key, prefix, index++, last).doFinal(buffer.toByteArray());
                out.writeByte(last ? 1 : 0);
                out.writeInt(sealed.length);
                out.write(sealed);
                buffer.reset();
            } catch (GeneralSecurityException e) {
                throw new IOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            if (closed) return;
            closed = true;
            emit(true);
            out.close();
        }
    }

    private static final class Reader extends InputStream {
        private final DataInputStream in;
        private final SecretKeySpec key;
        private final byte[] prefix;
        private byte[] chunk = new byte[0];
        private int pos;
        private long index;
        private boolean last;

        Reader(DataInputStream in, SecretKeySpec key, byte[] prefix) {
            this.in = in;
            this.key = key;
            this.prefix = prefix;
        }

        private void next() throws IOException {
            int flag;
            int length;
            try {
                flag = in.readUnsignedByte();
                length = in.readInt();
            } catch (EOFException e) {
                throw new IOException("the sealed file is cut short", e);
            }
            if (flag > 1 || length < TAG_BITS / 8 || length > CHUNK + TAG_BITS / 8) throw new IOException("damaged chunk");
            byte[] sealed = in.readNBytes(length);
            if (sealed.length != length) throw new IOException("the sealed file is cut short");
            try {
                chunk = cipher(Cipher.DECRYPT_MODE, key, prefix, index++, flag == 1).doFinal(sealed);
            } catch (GeneralSecurityException e) {
                throw new WrongKeyException(e);
            }
            pos = 0;
            last = flag == 1;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) return 0;
            while (pos == chunk.length) {
                if (last) return -1;
                next();
            }
            int n = Math.min(len, chunk.length - pos);
            System.arraycopy(chunk, pos, b, off, n);
            pos += n;
            return n;
        }

        @Override
        public void close() throws IOException { in.close(); }
    }
}
