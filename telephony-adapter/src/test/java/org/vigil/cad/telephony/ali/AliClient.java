package org.vigil.cad.telephony.ali;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Arrays;

/** The CAD side of an ALI link as a plain blocking socket: sends spills, reads ACK/NAK with a deadline. */
final class AliClient implements AutoCloseable {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    AliClient(int port, Duration deadline) throws IOException {
        this(port, deadline, 0);
    }

    /** @param sendBufferBytes the socket's send buffer, or 0 for the system's */
    AliClient(int port, Duration deadline, int sendBufferBytes) throws IOException {
        socket = new Socket();
        if (sendBufferBytes > 0) {
            socket.setSendBufferSize(sendBufferBytes);
        }
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress("127.0.0.1", port), (int) deadline.toMillis());
        socket.setSoTimeout((int) deadline.toMillis());
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    void send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** Exactly {@code count} answer bytes, failing the test if they do not all come within the deadline. */
    byte[] answers(int count) throws IOException {
        byte[] answers = new byte[count];
        int read = 0;
        try {
            while (read < count) {
                int n = in.read(answers, read, count - read);
                if (n < 0) {
                    fail("the listener closed the link after " + read + " of " + count + " answers: "
                            + AliBytes.preview(Arrays.copyOf(answers, read)));
                }
                read += n;
            }
        } catch (SocketTimeoutException e) {
            fail("only " + read + " of " + count + " answers came in time: "
                    + AliBytes.preview(Arrays.copyOf(answers, read)));
        }
        return answers;
    }

    int available() throws IOException {
        return in.available();
    }

    /** Half-closes the link and returns whatever else the listener sends before it closes its side. */
    byte[] finish() throws IOException {
        socket.shutdownOutput();
        return in.readAllBytes();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
