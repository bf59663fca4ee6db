package org.vigil.cad.telephony.ali;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;

/**
 * Frames an ALI spill: records between STX (0x02) and ETX (0x03). Emits {@link AliFrame} for a complete
 * frame, {@link BrokenAliFrame} for one that must be answered NAK (longer than the limit, cut by a new STX,
 * empty, or cut by the connection closing), and {@link StrayAliBytes} for bytes outside any frame. A frame
 * without its ETX is waited for while it is within the limit. After a broken frame it resynchronises on
 * the next STX, so one bad frame never costs the next.
 */
public final class AliFrameDecoder extends ByteToMessageDecoder {
    public static final int DEFAULT_MAX_FRAME_BYTES = 4096;

    private enum State { BETWEEN_FRAMES, IN_FRAME, SKIPPING_OVERSIZED }

    private final int maxFrameBytes;
    private State state = State.BETWEEN_FRAMES;
    /** Bytes of the current frame already searched for STX or ETX, so a slow frame is not rescanned. */
    private int scanned;

    public AliFrameDecoder() {
        this(DEFAULT_MAX_FRAME_BYTES);
    }

    /** @param maxFrameBytes the most bytes between STX and ETX that still make a frame */
    public AliFrameDecoder(int maxFrameBytes) {
        if (maxFrameBytes < 1) {
            throw new IllegalArgumentException("the frame limit must be at least 1 byte, not " + maxFrameBytes);
        }
        this.maxFrameBytes = maxFrameBytes;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        boolean progressed = true;
        while (progressed && in.isReadable()) {
            progressed = switch (state) {
                case BETWEEN_FRAMES -> seekStart(in, out);
                case IN_FRAME -> readFrame(in, out);
                case SKIPPING_OVERSIZED -> skipOversizedTail(in, out);
            };
        }
    }

    /** The connection closed: a frame still open is broken, but its bytes may hold a call. */
    @Override
    protected void decodeLast(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (in.isReadable()) {
            decode(ctx, in, out);
        }
        if (state == State.IN_FRAME) {
            out.add(new BrokenAliFrame(ByteBufUtil.getBytes(in), "connection closed before ETX"));
        } else if (in.isReadable()) {
            out.add(new StrayAliBytes(ByteBufUtil.getBytes(in)));
        }
        in.skipBytes(in.readableBytes());
        state = State.BETWEEN_FRAMES;
    }

    /** Discards up to the next STX; true when one was found. */
    private boolean seekStart(ByteBuf in, List<Object> out) {
        int stx = in.indexOf(in.readerIndex(), in.writerIndex(), AliBytes.STX);
        int end = stx < 0 ? in.writerIndex() : stx;
        discard(in, end - in.readerIndex(), out);
        if (stx < 0) {
            return false;
        }
        in.skipBytes(1);
        state = State.IN_FRAME;
        scanned = 0;
        return true;
    }

    /** Completes or breaks the current frame; false when it needs more bytes. */
    private boolean readFrame(ByteBuf in, List<Object> out) {
        int start = in.readerIndex();
        int window = Math.min(in.readableBytes(), maxFrameBytes + 1);
        int delimiter = in.forEachByte(start + scanned, window - scanned, b -> b != AliBytes.STX && b != AliBytes.ETX);
        if (delimiter < 0) {
            if (in.readableBytes() <= maxFrameBytes) {
                scanned = window;
                return false;
            }
            byte[] seen = readBytes(in, maxFrameBytes);
            out.add(new BrokenAliFrame(seen, "frame longer than " + maxFrameBytes + " bytes"));
            state = State.SKIPPING_OVERSIZED;
            return true;
        }
        byte[] content = readBytes(in, delimiter - start);
        state = State.BETWEEN_FRAMES;
        if (in.getByte(delimiter) == AliBytes.STX) {
            // Leave the new STX in place: it starts the next frame.
            out.add(new BrokenAliFrame(content, "new STX before ETX"));
            return true;
        }
        in.skipBytes(1);
        out.add(AliBytes.isBlank(content) ? new BrokenAliFrame(content, "empty frame") : new AliFrame(content));
        return true;
    }

    /** Drops the rest of an oversized frame, up to its ETX or the next STX. */
    private boolean skipOversizedTail(ByteBuf in, List<Object> out) {
        int delimiter = in.forEachByte(b -> b != AliBytes.STX && b != AliBytes.ETX);
        int end = delimiter < 0 ? in.writerIndex() : delimiter;
        discard(in, end - in.readerIndex(), out);
        if (delimiter < 0) {
            return false;
        }
        if (in.getByte(delimiter) == AliBytes.ETX) {
            in.skipBytes(1);
        }
        state = State.BETWEEN_FRAMES;
        return true;
    }

    private static void discard(ByteBuf in, int length, List<Object> out) {
        if (length > 0) {
            out.add(new StrayAliBytes(readBytes(in, length)));
        }
    }

    private static byte[] readBytes(ByteBuf in, int length) {
        byte[] bytes = new byte[length];
        in.readBytes(bytes);
        return bytes;
    }
}
