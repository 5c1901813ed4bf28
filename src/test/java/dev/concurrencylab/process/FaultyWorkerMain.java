package dev.concurrencylab.process;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A worker that starts up correctly, then misbehaves on its first task as {@code -Dlab.fault} says:
 * {@code garbage} writes text instead of a frame, {@code silent} never answers; or, with {@code protocol-1}, one
 * that greets the app in the first version of the protocol ("CLW1"), as a worker from an older build would.
 */
public final class FaultyWorkerMain {
    private FaultyWorkerMain() {
    }

    public static void main(String[] args) throws IOException {
        String fault = System.getProperty("lab.fault", "silent");
        DataInputStream in = Frames.input(System.in);
        DataOutputStream out = Frames.output(new FileOutputStream(FileDescriptor.out));
        if (fault.equals("protocol-1")) {
            Frames.Out ready = new Frames.Out(Frames.READY);
            ready.data.writeInt(0x434C5731);
            ready.data.writeLong(ProcessHandle.current().pid());
            ready.data.writeLong(System.nanoTime());
            ready.writeTo(out);
            out.flush();
        } else {
            WorkerMain.sendReady(out);
        }
        while (true) {
            Frames.In f = Frames.read(in);
            if (f.type() == Frames.PING) {
                Frames.Out pong = new Frames.Out(Frames.PONG);
                pong.data.writeLong(System.nanoTime());
                pong.writeTo(out);
                out.flush();
            } else if (fault.equals("garbage")) {
                out.write("this is not a frame\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
        }
    }
}
