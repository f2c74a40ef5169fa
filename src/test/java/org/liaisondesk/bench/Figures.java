package org.liaisondesk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects benchmark figures and writes target/bench/results.json with the machine and commit. */
final class Figures {
    static final Path OUT = Path.of("target", "bench");
    private final Map<String, Object> values = new LinkedHashMap<>();

    void put(String name, double value) {
        values.put(name, Math.round(value * 100) / 100.0);
        System.out.printf("BENCH %-32s %12.1f%n", name, value);
    }

    static double median(List<? extends Number> xs) { return percentile(xs, 50); }

    static double percentile(List<? extends Number> xs, int p) {
        List<Double> sorted = new ArrayList<>(xs.stream().map(Number::doubleValue).toList());
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    void write() throws IOException {
        Map<String, Object> json = new LinkedHashMap<>(values);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        json.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(),
                "memory_mb", os.getTotalMemorySize() / (1024 * 1024),
                "jdk", System.getProperty("java.vendor") + " " + System.getProperty("java.version"),
                "os", System.getProperty("os.name") + " " + System.getProperty("os.version")));
        json.put("git", gitCommit());
        Files.createDirectories(OUT);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(OUT.resolve("results.json").toFile(), json);
        System.out.println("BENCH results written to " + OUT.resolve("results.json").toAbsolutePath());
        System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
    }

    private static String gitCommit() {
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            return p.waitFor() == 0 ? out : "unknown";
        } catch (IOException | InterruptedException e) {
            return "unknown";
        }
    }
}
