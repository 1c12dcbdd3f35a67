package app.counterpart.ui.sell;

import app.counterpart.ui.common.TaskExecutor;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/**
 * A short rising two-note chime, generated (no sound file, no javafx-media) and played in the
 * background. Where there is no audio device (a till without speakers, Xvfb, CI) it stays silent and
 * says so in the log once.
 */
public final class GoalSound implements Runnable {

    private static final System.Logger LOG = System.getLogger("app.counterpart.goals");
    private static final float RATE = 22_050f;

    private final TaskExecutor tasks;
    private volatile boolean unavailable;

    public GoalSound(TaskExecutor tasks) {
        this.tasks = tasks;
    }

    @Override
    public void run() {
        if (unavailable) {
            return;
        }
        tasks.run(() -> {
            play();
            return Boolean.TRUE;
        }, ok -> { }, this::failed);
    }

    private void failed(Throwable e) {
        if (!unavailable) {
            unavailable = true;
            LOG.log(System.Logger.Level.INFO, "no audio device for the goal chime; staying silent: {0}", e.toString());
        }
    }

    private static void play() throws LineUnavailableException {
        AudioFormat format = new AudioFormat(RATE, 16, 1, true, false);
        byte[] pcm = chime();
        try (SourceDataLine line = AudioSystem.getSourceDataLine(format)) {
            line.open(format);
            line.start();
            line.write(pcm, 0, pcm.length);
            line.drain();
        }
    }

    /** 880 Hz then 1320 Hz, 110 ms and 170 ms, each with a quick fade in and out so it does not click. */
    static byte[] chime() {
        double[][] notes = {{880, 0.11}, {1320, 0.17}};
        int total = 0;
        for (double[] n : notes) {
            total += (int) (RATE * n[1]);
        }
        byte[] out = new byte[total * 2];
        int at = 0;
        for (double[] n : notes) {
            int samples = (int) (RATE * n[1]);
            int fade = (int) (RATE * 0.01);
            for (int i = 0; i < samples; i++) {
                double envelope = Math.min(1, Math.min(i, samples - 1 - i) / (double) fade);
                short v = (short) (Math.sin(2 * Math.PI * n[0] * i / RATE) * envelope * 0.35 * Short.MAX_VALUE);
                out[at++] = (byte) v;
                out[at++] = (byte) (v >> 8);
            }
        }
        return out;
    }
}
