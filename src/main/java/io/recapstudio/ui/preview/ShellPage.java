package io.recapstudio.ui.preview;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The preview's shell page, with its style sheet and script inlined, written once per run to a private temporary
 * folder. WebKit lets only a {@code file:} page show {@code file:} images (a page from {@code loadContent} or from
 * inside the application jar cannot), and the bundle's images must load from disk; so the shell is a file.
 */
final class ShellPage {

    private static Path written;

    private ShellPage() {
    }

    /** The {@code file:} URL of the shell page, writing it on first use. */
    static synchronized String url() {
        if (written == null || !Files.isRegularFile(written)) {
            written = write();
        }
        return written.toUri().toString();
    }

    private static Path write() {
        try {
            Path dir = Files.createTempDirectory("recap-preview-");
            Path shell = dir.resolve("shell.html");
            Path temp = Files.createTempFile(dir, "shell", ".tmp");
            Files.writeString(temp, html(), StandardCharsets.UTF_8);
            Files.move(temp, shell, StandardCopyOption.ATOMIC_MOVE);
            shell.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return shell;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the preview page to the temporary folder: "
                    + e.getMessage(), e);
        }
    }

    /** The shell's HTML: a fresh script nonce, the style sheet and the script inlined. */
    static String html() {
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        String nonce = HexFormat.of().formatHex(random);
        return resource("shell.html").replace("@NONCE@", nonce)
                .replace("@CSS@", resource("preview.css"))
                .replace("@JS@", resource("preview.js"));
    }

    private static String resource(String name) {
        try (InputStream in = ShellPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing preview resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
