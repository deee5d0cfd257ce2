package org.politiqueville.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path directory;

    private long filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    @Test
    void writesANewFile() throws IOException {
        Path target = directory.resolve("report.csv");

        AtomicFiles.writeText(target, StandardCharsets.UTF_8, writer -> writer.write("Rezé;44143\n"));

        assertThat(target).hasContent("Rezé;44143");
        assertThat(filesIn(directory)).isEqualTo(1);
    }

    @Test
    void replacesTheContentOfAnExistingFile() throws IOException {
        Path target = directory.resolve("quartiers.csv");
        Files.writeString(target, "old content that is longer than the new one");

        AtomicFiles.write(target, stream -> {
            stream.write("new".getBytes(StandardCharsets.US_ASCII));
            stream.close();
        });

        assertThat(target).hasContent("new");
        assertThat(filesIn(directory)).isEqualTo(1);
    }

    @Test
    void leavesNoTargetWhenTheWriterFails() throws IOException {
        Path target = directory.resolve("report.json");

        assertThatThrownBy(() -> AtomicFiles.write(target, stream -> {
            stream.write(new byte[1000]);
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");

        assertThat(target).doesNotExist();
        assertThat(filesIn(directory)).isZero();
    }

    @Test
    void keepsTheOldContentWhenTheWriterFails() throws IOException {
        Path target = directory.resolve("report.json");
        Files.writeString(target, "previous");

        assertThatThrownBy(() -> AtomicFiles.writeText(target, StandardCharsets.UTF_8, writer -> {
            writer.write("half");
            throw new IllegalStateException("bug");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(target).hasContent("previous");
        assertThat(filesIn(directory)).isEqualTo(1);
    }

    @Test
    void failsRatherThanWriteAQuestionMarkForAnUnencodableCharacter() throws IOException {
        Path target = directory.resolve("export-excel.csv");

        assertThatThrownBy(() -> AtomicFiles.writeText(target, Charset.forName("windows-1252"),
                writer -> writer.write("Quartier en décrochage ⚠"))).isInstanceOf(CharacterCodingException.class);

        assertThat(target).doesNotExist();
        assertThat(filesIn(directory)).isZero();
    }

    @Test
    void writesWindows1252ForFrenchExcel() throws IOException {
        Path target = directory.resolve("export-excel.csv");

        AtomicFiles.writeText(target, Charset.forName("windows-1252"), writer -> writer.write("Couëts – 1 800 €"));

        assertThat(Files.readAllBytes(target)).containsExactly(
                "Couëts – 1 800 €".getBytes(Charset.forName("windows-1252")));
    }

    @Test
    void refusesToReplaceADirectory() throws IOException {
        Path target = Files.createDirectory(directory.resolve("out"));

        assertThatThrownBy(() -> AtomicFiles.write(target, stream -> stream.write(1))).isInstanceOf(IOException.class);

        assertThat(target).isDirectory();
    }

    @Test
    void theNextWriteDeletesTheTemporaryFilesOfAKilledOne() throws IOException {
        Path target = directory.resolve("quartiers.json");
        Path leftover = directory.resolve(".quartiers.json.3k9x0q1b2c.tmp");
        Path otherTarget = directory.resolve(".autre.json.3k9x0q1b2c.tmp");
        Path notOurs = directory.resolve(".quartiers.json.backup.TMP");
        Files.writeString(leftover, "[{\"id\": \"mala");
        Files.writeString(otherTarget, "x");
        Files.writeString(notOurs, "x");

        AtomicFiles.writeText(target, StandardCharsets.UTF_8, writer -> writer.write("[]"));

        assertThat(target).hasContent("[]");
        assertThat(leftover).doesNotExist();
        assertThat(otherTarget).as("another target's").exists();
        assertThat(notOurs).as("not a name this class gives").exists();
    }

    @Test
    void aPendingFileAppearsOnlyOnCommit() throws IOException {
        Path target = directory.resolve("observations.jsonl");
        Files.writeString(target, "previous");

        try (AtomicFiles.PendingFile pending = AtomicFiles.open(target)) {
            pending.stream().write("{\"a\":1}\n".getBytes(StandardCharsets.UTF_8));
            assertThat(target).hasContent("previous");
            assertThat(filesIn(directory)).isEqualTo(2);
            pending.commit();
            assertThatThrownBy(pending::commit).isInstanceOf(IllegalStateException.class);
        }

        assertThat(target).hasContent("{\"a\":1}");
        assertThat(filesIn(directory)).isEqualTo(1);
    }

    @Test
    void aPendingFileClosedWithoutCommitLeavesTheTargetAsItWas() throws IOException {
        Path target = directory.resolve("quartiers.csv");
        Files.writeString(target, "previous");

        try (AtomicFiles.PendingFile pending = AtomicFiles.open(target)) {
            pending.stream().write(new byte[10_000]);
        }

        assertThat(target).hasContent("previous");
        assertThat(filesIn(directory)).isEqualTo(1);
    }

    @Test
    void aPendingFileRefusesADirectory() {
        assertThatThrownBy(() -> AtomicFiles.open(directory)).isInstanceOf(java.nio.file.FileSystemException.class)
                .hasMessageContaining("is a directory");
    }
}
