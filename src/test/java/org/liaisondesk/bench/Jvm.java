package org.liaisondesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs a fresh JVM, headless, on the packaged jar's class path, and reads a number from its output. */
final class Jvm {
    static final Path JAR = Path.of(System.getProperty("liaison.jar", "target/liaison-desk.jar"));
    static final List<String> HEADLESS = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Djava.awt.headless=true", "-Duser.language=en", "-Duser.country=US");

    private Jvm() {}

    /** The packaged jar, its lib folder, and (for headless runs) Monocle from the test class path. */
    static String classPath(boolean withTestClasses) throws Exception {
        List<String> cp = new ArrayList<>();
        cp.add(JAR.toString());
        cp.add(JAR.resolveSibling("lib") + File.separator + "*");
        cp.add(Path.of(Class.forName("com.sun.glass.ui.monocle.MonoclePlatformFactory")
                .getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        if (withTestClasses) cp.add(Path.of(BareStage.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        return String.join(File.pathSeparator, cp);
    }

    static String run(List<String> jvmArgs, String mainClass, String classPath, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmArgs);
        cmd.addAll(List.of("-cp", classPath, mainClass));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    static long number(String output, String regex) {
        Matcher m = Pattern.compile(regex).matcher(output);
        assertThat(m.find()).as(output).isTrue();
        return Long.parseLong(m.group(1));
    }
}
