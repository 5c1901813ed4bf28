package dev.concurrencylab.cli;

import static dev.concurrencylab.cli.CommandLineTest.cli;
import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrencylab.cli.CommandLineTest.Result;
import dev.concurrencylab.store.ExperimentFiles;
import dev.concurrencylab.store.Json;
import dev.concurrencylab.store.RecordedRun;
import dev.concurrencylab.store.RecordedRuns;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code sweep} as a user types it: the JSON's fields, the files, and exit status 2 naming the field. */
class SweepCommandTest {
    private static final String[] SMALL = {"--workload", "cpu-hash", "--tasks", "6", "--hash-rounds", "200",
        "--no-warmup"};

    @TempDir
    Path dir;

    private static Result sweep(String... args) {
        String[] all = new String[args.length + SMALL.length + 1];
        all[0] = "sweep";
        System.arraycopy(SMALL, 0, all, 1, SMALL.length);
        System.arraycopy(args, 0, all, 1 + SMALL.length, args.length);
        return cli(all);
    }

    @Test
    void jsonHasEveryRunTheFitsAndTheCores() throws Exception {
        Path csv = dir.resolve("points.csv");
        Result r = sweep("--models", "sequential,pool", "--workers", "1..6", "--repeat", "2", "--json", "-",
                "--csv", csv.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).contains("[1/14] sequential", "[14/14] pool, 6 workers, repeat 2 of 2").contains("USL");
        JsonNode doc = Json.MAPPER.readTree(r.out());
        assertThat(doc.get("cores").asInt()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(doc.get("points").size()).isEqualTo(2 + 6 * 2);
        for (JsonNode p : doc.get("points")) {
            for (String f : new String[] {"model", "workers", "repeat", "wallMs", "throughput", "speedup"}) {
                assertThat(p.has(f)).as(f).isTrue();
            }
            assertThat(p.get("throughput").asDouble()).isCloseTo(6000 / p.get("wallMs").asDouble(),
                    org.assertj.core.api.Assertions.within(0.01 * p.get("throughput").asDouble()));
        }
        JsonNode seq = doc.get("fits").get(0);
        assertThat(seq.get("model").asString()).isEqualTo("sequential");
        assertThat(seq.has("usl")).isFalse();
        assertThat(seq.get("note").asString()).contains("one point");
        JsonNode pool = doc.get("fits").get(1);
        assertThat(pool.get("model").asString()).isEqualTo("pool");
        for (String f : new String[] {"alpha", "beta", "r2"}) {
            assertThat(pool.get("usl").get(f).asDouble()).as(f).isBetween(-1e9, 1.0);
        }
        assertThat(pool.get("amdahl").get("serialFraction").asDouble()).isBetween(0.0, 1.0);
        assertThat(Files.readAllLines(csv)).hasSize(1 + 14);
    }

    @Test
    void fewerThanSixCountsGiveNoFitAndSayWhy() throws Exception {
        Path png = dir.resolve("chart.png");
        Path rec = dir.resolve("s.labrun");
        Result r = cli("sweep", "--models", "virtual", "--workload", "sleep", "--tasks", "8", "--latency-ms", "5",
                "--no-warmup", "--workers", "1,2,4", "--repeat", "1", "--json", "-", "--png", png.toString(), "--scale", "2", "--record", rec.toString());
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode doc = Json.MAPPER.readTree(r.out());
        JsonNode fit = doc.get("fits").get(0);
        assertThat(fit.has("usl")).isFalse();
        assertThat(fit.get("note").asString()).contains("6 or more");
        assertThat(doc.get("littlesLaw").get("meanLatencyMs").asDouble()).isEqualTo(5.0);
        assertThat(doc.get("points").get(2).get("workers").asInt()).as("in flight").isEqualTo(4);
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(2400);
        assertThat(img.getHeight()).isEqualTo(1520);
        RecordedRun back = RecordedRuns.read(rec);
        assertThat(back.sweep()).hasSize(3);
        assertThat(back.experiment().sweep().workersText()).isEqualTo("1,2,4");
    }

    @Test
    void badInputExitsWithTwoNamingTheField() {
        String[][] cases = {{"--workers", ""}, {"--workers", "0,1,2"}, {"--workers", "-4"}, {"--workers", "1..65"},
            {"--repeat", "0"}, {"--models", "pool,gil,virtual,eventloop,forkjoin"}, {"--axis", "up", "--png", "x.png"}};
        String[] fields = {"workers", "workers", "workers", "workers", "repeat", "models", "axis"};
        for (int i = 0; i < cases.length; i++) {
            Result r = sweep(cases[i]);
            assertThat(r.status()).as(String.join(" ", cases[i])).isEqualTo(LabCommand.BAD_INPUT);
            assertThat(r.err()).as(String.join(" ", cases[i])).contains(fields[i] + ":");
        }
        assertThat(sweep("--workers", "1..100").err()).contains("at most 64 points");
    }

    @Test
    void aPresetSweepsItsOwnCountsUnlessTheyAreGiven() throws Exception {
        Path f = dir.resolve("e.json");
        Files.writeString(f, """
                {"schemaVersion": 2, "workload": {"kind": "cpu-hash", "tasks": 4, "hashRounds": 100},
                 "models": ["gil"], "settings": {"warmup": false}, "sweep": {"workers": "1,3", "repeats": 1}}""");
        JsonNode doc = Json.MAPPER.readTree(cli("sweep", "--experiment", f.toString(), "--json", "-").out());
        assertThat(doc.get("workers").asString()).isEqualTo("1,3");
        assertThat(doc.get("points").size()).isEqualTo(2);
        JsonNode over = Json.MAPPER.readTree(cli("sweep", "--experiment", f.toString(), "--workers", "2",
                "--repeat", "2", "--json", "-").out());
        assertThat(over.get("points").size()).isEqualTo(2);
        assertThat(over.get("points").get(0).get("workers").asInt()).isEqualTo(2);
        assertThat(ExperimentFiles.read(f).sweep().repeats()).isEqualTo(1);
    }
}
