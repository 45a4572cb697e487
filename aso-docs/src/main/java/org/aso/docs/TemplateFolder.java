package org.aso.docs;

import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds a template by name: in the host's folder first, then among the library's defaults in the
 * jar. A name is one lower-case word with hyphens ({@code memo}, {@code letterhead},
 * {@code memo-text}); anything else (a path, a dot, a separator) is refused before any file is
 * touched, and a file of the host's folder that resolves outside it (a symbolic link) is ignored.
 */
final class TemplateFolder implements Loader<String> {
    static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,63}");
    static final int MAX_CHARS = 256 * 1024;
    private static final String SUFFIX = ".peb";

    private final Optional<Path> folder;

    TemplateFolder(Optional<Path> folder) {
        this.folder = folder.map(f -> f.toAbsolutePath().normalize());
    }

    /** Thrown for a template name that is not a plain word. */
    static final class BadName extends LoaderException {
        private static final long serialVersionUID = 1L;
        final String name;

        BadName(String name) {
            super(null, "Not a template name: " + name);
            this.name = name;
        }
    }

    /** Thrown when neither the folder nor the jar holds the template. */
    static final class NotFound extends LoaderException {
        private static final long serialVersionUID = 1L;
        final String name;

        NotFound(String name) {
            super(null, "No template " + name);
            this.name = name;
        }
    }

    static boolean isName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    @Override
    public Reader getReader(String name) {
        if (!isName(name)) {
            throw new BadName(String.valueOf(name));
        }
        try {
            Optional<Path> own = hostFile(name);
            if (own.isPresent()) {
                return new StringReader(bounded(Files.newInputStream(own.get()), name));
            }
            InputStream in = TemplateFolder.class.getResourceAsStream("templates/" + name + SUFFIX);
            if (in == null) {
                throw new NotFound(name);
            }
            return new StringReader(bounded(in, name));
        } catch (IOException e) {
            throw new LoaderException(e, "Cannot read template " + name);
        }
    }

    private Optional<Path> hostFile(String name) throws IOException {
        if (folder.isEmpty() || !Files.isDirectory(folder.get())) {
            return Optional.empty();
        }
        Path file = folder.get().resolve(name + SUFFIX);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Path real = file.toRealPath();
        if (!real.startsWith(folder.get().toRealPath(LinkOption.NOFOLLOW_LINKS))
                && !real.startsWith(folder.get().toRealPath())) {
            return Optional.empty();
        }
        return Optional.of(real);
    }

    private static String bounded(InputStream in, String name) throws IOException {
        try (in) {
            byte[] bytes = in.readNBytes(MAX_CHARS * 4 + 1);
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (bytes.length > MAX_CHARS * 4 || text.length() > MAX_CHARS) {
                throw new LoaderException(null, "Template " + name + " is longer than " + MAX_CHARS + " characters");
            }
            return text;
        }
    }

    @Override
    public void setCharset(String charset) {
        // always UTF-8
    }

    @Override
    public void setPrefix(String prefix) {
        // the folder and the jar are the only places
    }

    @Override
    public void setSuffix(String suffix) {
        // always .peb
    }

    @Override
    public String resolveRelativePath(String relativePath, String anchorPath) {
        return relativePath;
    }

    @Override
    public String createCacheKey(String templateName) {
        return templateName;
    }

    @Override
    public boolean resourceExists(String templateName) {
        if (!isName(templateName)) {
            return false;
        }
        try {
            return hostFile(templateName).isPresent()
                    || TemplateFolder.class.getResource("templates/" + templateName + SUFFIX) != null;
        } catch (IOException e) {
            return false;
        }
    }
}
