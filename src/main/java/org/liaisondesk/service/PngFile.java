package org.liaisondesk.service;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.liaisondesk.domain.InvalidInputException;

/** Writes pixels (ARGB, row by row) as a PNG file, without pulling in AWT or Swing for it. */
public final class PngFile {
    private PngFile() {}

    /** @throws InvalidInputException {@code error.file.write} when the file cannot be written */
    public static void write(Path file, int width, int height, int[] argb) {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(header);
            h.writeInt(width);
            h.writeInt(height);
            h.write(new byte[]{8, 6, 0, 0, 0}); // 8 bits per channel, RGBA, no interlace
            chunk(out, "IHDR", header.toByteArray());
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            try (DeflaterOutputStream z = new DeflaterOutputStream(raw, new Deflater(6))) {
                byte[] line = new byte[1 + width * 4];
                for (int y = 0; y < height; y++) {
                    line[0] = 0;
                    for (int x = 0; x < width; x++) {
                        int p = argb[y * width + x];
                        line[1 + x * 4] = (byte) (p >> 16);
                        line[2 + x * 4] = (byte) (p >> 8);
                        line[3 + x * 4] = (byte) p;
                        line[4 + x * 4] = (byte) (p >>> 24);
                    }
                    z.write(line);
                }
            }
            chunk(out, "IDAT", raw.toByteArray());
            chunk(out, "IEND", new byte[0]);
        } catch (IOException e) {
            throw new InvalidInputException("error.file.write", file, e.getMessage());
        }
    }

    private static void chunk(OutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        d.writeInt(data.length);
        d.write(name);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }
}
