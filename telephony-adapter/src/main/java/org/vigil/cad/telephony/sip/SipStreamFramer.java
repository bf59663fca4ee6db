package org.vigil.cad.telephony.sip;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Cuts SIP messages out of a TCP byte stream (RFC 3261 18.3): header section up to the blank line, then as
 * many body bytes as Content-Length says (none when it is absent). CRLF keep-alives between messages are
 * skipped. A message over the size limit is passed on as its headers alone while its body is skipped as it
 * arrives, so the stream stays in step; one whose length cannot be known ends the connection after it.
 */
final class SipStreamFramer extends ByteToMessageDecoder {
    private final int maxMessageBytes;
    private long bodyBytesToSkip;
    private boolean closed;

    SipStreamFramer(int maxMessageBytes) {
        this.maxMessageBytes = maxMessageBytes;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        while (!closed) {
            if (bodyBytesToSkip > 0) {
                int skip = (int) Math.min(bodyBytesToSkip, in.readableBytes());
                in.skipBytes(skip);
                bodyBytesToSkip -= skip;
                if (bodyBytesToSkip > 0) {
                    return;
                }
            }
            while (in.isReadable() && (in.getByte(in.readerIndex()) == '\r' || in.getByte(in.readerIndex()) == '\n')) {
                in.skipBytes(1);
            }
            if (!in.isReadable()) {
                return;
            }
            int headEnd = headerEnd(in);
            if (headEnd < 0) {
                if (in.readableBytes() > maxMessageBytes) {
                    byte[] head = new byte[maxMessageBytes];
                    in.readBytes(head);
                    in.skipBytes(in.readableBytes());
                    closed = true;
                    out.add(new SipFrame(head, head.length, true, true));
                }
                return;
            }
            int headLength = headEnd - in.readerIndex();
            long contentLength = contentLength(in, headLength);
            if (contentLength < 0) {
                byte[] head = new byte[headLength];
                in.readBytes(head);
                in.skipBytes(in.readableBytes());
                closed = true;
                out.add(new SipFrame(head, head.length, false, true));
                return;
            }
            long total = headLength + contentLength;
            if (total > maxMessageBytes) {
                byte[] head = new byte[headLength];
                in.readBytes(head);
                bodyBytesToSkip = contentLength;
                out.add(new SipFrame(head, (int) Math.min(total, Integer.MAX_VALUE), true, false));
                continue;
            }
            if (in.readableBytes() < total) {
                return;
            }
            byte[] message = new byte[(int) total];
            in.readBytes(message);
            out.add(new SipFrame(message, message.length, false, false));
        }
        in.skipBytes(in.readableBytes());
    }

    /** Index just past the blank line that ends the headers (CRLFCRLF or bare LFLF), or -1. */
    private static int headerEnd(ByteBuf in) {
        int end = in.writerIndex();
        for (int i = in.readerIndex(); i < end; i++) {
            if (in.getByte(i) != '\n') {
                continue;
            }
            int next = i + 1;
            if (next < end && in.getByte(next) == '\n') {
                return next + 1;
            }
            if (next + 1 < end && in.getByte(next) == '\r' && in.getByte(next + 1) == '\n') {
                return next + 2;
            }
        }
        return -1;
    }

    /** Content-Length (or its compact form l) from the header section: 0 when absent, -1 when unreadable. */
    private static long contentLength(ByteBuf in, int headLength) {
        String head = in.toString(in.readerIndex(), headLength, StandardCharsets.ISO_8859_1);
        for (String line : head.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            if (name.equals("content-length") || name.equals("l")) {
                try {
                    long length = Long.parseLong(line.substring(colon + 1).trim());
                    return length < 0 ? -1 : length;
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        return 0;
    }
}
