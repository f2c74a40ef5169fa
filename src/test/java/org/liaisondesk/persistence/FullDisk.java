package org.liaisondesk.persistence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * H2's disk file system with a switch that makes every write fail as a full disk does; databases
 * opened while it is {@link #install()}ed use it, until {@link #remove()}.
 */
public final class FullDisk extends FilePathWrapper {
    public static volatile boolean full;

    public static void install() {
        FilePath.register(new FullDisk());
        Database.fileSystem = "fulldisk";
    }

    public static void remove() {
        full = false;
        Database.fileSystem = "file";
    }

    @Override
    public String getScheme() { return "fulldisk"; }

    @Override
    public FileChannel open(String mode) throws IOException { return new Channel(getBase().open(mode)); }

    private static final class Channel extends FileBase {
        private final FileChannel base;

        Channel(FileChannel base) { this.base = base; }

        private static void check() throws IOException {
            if (full) throw new IOException("No space left on device");
        }

        @Override public int read(ByteBuffer dst) throws IOException { return base.read(dst); }
        @Override public int read(ByteBuffer dst, long position) throws IOException { return base.read(dst, position); }
        @Override public int write(ByteBuffer src) throws IOException { check(); return base.write(src); }
        @Override public int write(ByteBuffer src, long position) throws IOException { check(); return base.write(src, position); }
        @Override public long position() throws IOException { return base.position(); }
        @Override public FileChannel position(long p) throws IOException { base.position(p); return this; }
        @Override public long size() throws IOException { return base.size(); }
        @Override public FileChannel truncate(long size) throws IOException { check(); base.truncate(size); return this; }
        @Override public void force(boolean metaData) throws IOException { check(); base.force(metaData); }
        @Override public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }
        @Override protected void implCloseChannel() throws IOException { base.close(); }
    }
}
