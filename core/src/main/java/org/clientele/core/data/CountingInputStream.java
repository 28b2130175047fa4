package org.clientele.core.data;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

/** Counts bytes read from a file, so long passes can report how far through the file they are. */
final class CountingInputStream extends FilterInputStream {

    private final AtomicLong count;

    CountingInputStream(InputStream in, AtomicLong count) {
        super(in);
        this.count = count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count.incrementAndGet();
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count.addAndGet(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long k = super.skip(n);
        count.addAndGet(k);
        return k;
    }
}
