package org.liaisondesk.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.liaisondesk.domain.Attachment;
import org.liaisondesk.domain.InvalidInputException;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.persistence.AttachmentDao;

/**
 * Files kept with records. Each file is copied into the data folder under its SHA-256, so renaming
 * or moving the original breaks nothing and the same scan attached twice is stored once. A copy
 * is removed only when no entry (and no entry an undo could bring back) uses it any more.
 */
public final class AttachmentService {
    private final Jdbi jdbi;
    private final Path store;

    AttachmentService(Jdbi jdbi, Path dataFolder) {
        this.jdbi = jdbi;
        this.store = dataFolder.resolve("attachments");
    }

    public List<Attachment> of(RecordKind kind, long ownerId) {
        return jdbi.withExtension(AttachmentDao.class, d -> d.of(kind, ownerId));
    }

    /**
     * Copies the file into the store and records it against the owner.
     *
     * @throws InvalidInputException {@code error.attachment.read} when the file cannot be read
     */
    public Attachment add(RecordKind kind, long ownerId, Path file) {
        Path name = file.getFileName();
        if (!Files.isRegularFile(file)) throw new InvalidInputException("error.attachment.read", file, "not a file");
        try {
            Files.createDirectories(store);
            Path partial = Files.createTempFile(store, "adding-", ".part");
            String hash;
            long size;
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha);
                     OutputStream out = Files.newOutputStream(partial)) {
                    size = in.transferTo(out);
                }
                hash = HexFormat.of().formatHex(sha.digest());
                Path target = stored(hash);
                Files.createDirectories(target.getParent());
                if (!Files.exists(target)) Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
            Attachment a = new Attachment(null, kind, ownerId, name.toString(), hash, size, null, null);
            long id = jdbi.withExtension(AttachmentDao.class, d -> d.insert(a));
            return jdbi.withExtension(AttachmentDao.class, d -> d.find(id)).orElseThrow();
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new InvalidInputException("error.attachment.read", file, e.getMessage());
        }
    }

    /** Where the stored copy lies. */
    public Path file(Attachment a) { return stored(a.contentHash()); }

    /**
     * A copy under the file's own name in a temporary folder, for the system viewer: it needs the
     * name's extension to choose a program, and whatever it does to the copy cannot harm the store.
     */
    public Path openable(Attachment a) {
        try {
            Path dir = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "liaison-desk-open",
                    String.valueOf(a.id())));
            Path copy = dir.resolve(Path.of(a.fileName()).getFileName().toString());
            Files.copy(file(a), copy, StandardCopyOption.REPLACE_EXISTING);
            return copy;
        } catch (IOException e) {
            throw new InvalidInputException("error.attachment.read", file(a), e.getMessage());
        }
    }

    public void caption(long id, String caption) {
        String text = caption == null || caption.isBlank() ? null : caption.strip();
        jdbi.useExtension(AttachmentDao.class, d -> RecordService.requireOne(d.caption(id, text), RecordKind.ATTACHMENT, id));
    }

    /** Removes the entry; the stored copy goes too when nothing else uses it. */
    public void remove(long id) {
        Attachment a = jdbi.inTransaction(h -> {
            AttachmentDao d = h.attach(AttachmentDao.class);
            Attachment found = d.find(id).orElseThrow(() -> new InvalidInputException("error.record.missing",
                    RecordKind.ATTACHMENT, id));
            d.delete(id);
            return d.countByHash(found.contentHash()) == 0 ? found : null;
        });
        if (a != null) {
            try {
                Files.deleteIfExists(file(a));
            } catch (IOException e) {
                // The entry is gone; a stray copy only costs space, and the data-safety check can sweep it.
                org.slf4j.LoggerFactory.getLogger(AttachmentService.class).warn("Could not remove {}", file(a), e);
            }
        }
    }

    private Path stored(String hash) { return store.resolve(hash.substring(0, 2)).resolve(hash); }
}
