package cn.jingan.planwatch.lake;

import com.github.luben.zstd.ZstdCompressCtx;
import com.github.luben.zstd.ZstdDecompressCtx;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * ZSTD for parquet-java without Hadoop on the class path (parquet-java's own codec factory loads
 * Hadoop's compression classes). zstd-jni comes with parquet-hadoop. Each thread keeps its ZSTD contexts:
 * lake pages are small, and setting up a context costs more than compressing one.
 */
final class ZstdCodecFactory implements CompressionCodecFactory {

    private static final int LEVEL = 3;
    private static final ThreadLocal<ZstdCompressCtx> COMPRESSORS =
            ThreadLocal.withInitial(() -> new ZstdCompressCtx().setLevel(LEVEL));
    private static final ThreadLocal<ZstdDecompressCtx> DECOMPRESSORS = ThreadLocal.withInitial(ZstdDecompressCtx::new);

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
        requireZstd(codec);
        return new BytesInputCompressor() {
            @Override
            public BytesInput compress(BytesInput bytes) throws IOException {
                return BytesInput.from(COMPRESSORS.get().compress(bytes.toByteArray()));
            }

            @Override
            public CompressionCodecName getCodecName() {
                return CompressionCodecName.ZSTD;
            }

            @Override
            public void release() {}
        };
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
        requireZstd(codec);
        return new BytesInputDecompressor() {
            @Override
            public BytesInput decompress(BytesInput bytes, int uncompressedSize) throws IOException {
                return BytesInput.from(DECOMPRESSORS.get().decompress(bytes.toByteArray(), uncompressedSize));
            }

            @Override
            public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int uncompressedSize) {
                byte[] in = new byte[compressedSize];
                input.get(in);
                output.put(DECOMPRESSORS.get().decompress(in, uncompressedSize));
            }

            @Override
            public void release() {}
        };
    }

    @Override
    public void release() {}

    private static void requireZstd(CompressionCodecName codec) {
        if (codec != CompressionCodecName.ZSTD) {
            throw new IllegalArgumentException("the lake writes ZSTD only, not " + codec);
        }
    }
}
