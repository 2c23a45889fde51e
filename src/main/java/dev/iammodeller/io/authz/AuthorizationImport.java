package dev.iammodeller.io.authz;

import dev.iammodeller.catalog.Catalog;
import dev.iammodeller.catalog.ManagedPolicies;
import dev.iammodeller.policy.SourcePosition;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Imports the output of {@code aws iam get-account-authorization-details} into a model: one file per
 * account (or every page of one account's export), several accounts into one model. Every file is read
 * and checked first; the model is built only when all of them read cleanly, so a refused file imports
 * nothing. See {@link ModelAssembly} for what becomes what.
 */
public final class AuthorizationImport {
    private AuthorizationImport() {
    }

    /** One export's text and the name that messages give it (the file name as the user gave it). */
    public record ExportText(String name, String text) {
    }

    /** Imports files; a file that is not an export, or not complete, is refused. */
    public static ImportResult importFiles(List<Path> files, ImportProgress progress)
            throws IOException, AuthorizationImportException {
        List<ExportFile> read = new ArrayList<>();
        for (Path file : files) {
            read.add(ExportReader.read(file.toString(), text(file), progress));
        }
        return ModelAssembly.build(read, AuthorizationImport::managedPolicies);
    }

    /**
     * The text of a file: UTF-8, or UTF-16 with its byte-order mark (what Windows PowerShell 5 writes when
     * the AWS CLI's output is redirected to a file); a UTF-8 byte-order mark is dropped.
     */
    public static String text(Path file) throws IOException, AuthorizationImportException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": no such file", e);
        } catch (IOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            skip = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        }
        try {
            return charset.newDecoder().decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw new AuthorizationImportException(file.toString(), new SourcePosition(1, 1), "",
                    "the file is not UTF-8 text: expected the JSON output of aws iam get-account-authorization-details");
        }
    }

    /** Imports texts already in memory. */
    public static ImportResult importTexts(List<ExportText> texts) throws AuthorizationImportException {
        return importTexts(texts, AuthorizationImport::managedPolicies);
    }

    static ImportResult importTexts(List<ExportText> texts, Supplier<ManagedPolicies> catalogue)
            throws AuthorizationImportException {
        List<ExportFile> read = new ArrayList<>();
        for (ExportText text : texts) {
            read.add(ExportReader.read(text.name(), text.text(), ImportProgress.NONE));
        }
        return ModelAssembly.build(read, catalogue);
    }

    /** The catalogue's AWS managed policies, loaded only when an export lacks one it attaches. */
    private static ManagedPolicies managedPolicies() {
        return Catalog.load().managedPolicies();
    }
}
