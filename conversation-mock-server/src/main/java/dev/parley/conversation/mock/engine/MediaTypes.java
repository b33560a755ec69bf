package dev.parley.conversation.mock.engine;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The media a chat carries (images, video, audio, PDF), by file extension. */
final class MediaTypes {
    private MediaTypes() {
    }

    private static final Pattern LETTERS_AND_DIGITS = Pattern.compile("[A-Za-z0-9]+");

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("png", "image/png"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("heic", "image/heic"),
            Map.entry("bmp", "image/bmp"),
            Map.entry("tif", "image/tiff"),
            Map.entry("tiff", "image/tiff"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("mp4", "video/mp4"),
            Map.entry("mov", "video/quicktime"),
            Map.entry("m4v", "video/x-m4v"),
            Map.entry("webm", "video/webm"),
            Map.entry("3gp", "video/3gpp"),
            Map.entry("avi", "video/x-msvideo"),
            Map.entry("mpeg", "video/mpeg"),
            Map.entry("mpg", "video/mpeg"),
            Map.entry("mp3", "audio/mpeg"),
            Map.entry("m4a", "audio/mp4"),
            Map.entry("aac", "audio/aac"),
            Map.entry("wav", "audio/wav"),
            Map.entry("ogg", "audio/ogg"),
            Map.entry("oga", "audio/ogg"),
            Map.entry("amr", "audio/amr"),
            Map.entry("pdf", "application/pdf"));

    /** Whether {@code extension} is made of letters and digits only (and is not empty). */
    static boolean isWellFormed(String extension) {
        return extension != null && LETTERS_AND_DIGITS.matcher(extension).matches();
    }

    /** The media type of a well-formed extension, case-insensitively; empty when a chat does not carry it. */
    static Optional<String> of(String extension) {
        return Optional.ofNullable(BY_EXTENSION.get(extension.toLowerCase(Locale.ROOT)));
    }
}
