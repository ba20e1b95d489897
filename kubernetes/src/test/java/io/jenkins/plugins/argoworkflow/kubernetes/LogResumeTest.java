package io.jenkins.plugins.argoworkflow.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading a log on after its stream broke: each line shown once, the line cut by the break read again whole. */
class LogResumeTest {

    private final LogResume resume = new LogResume();
    private final List<String> shown = new ArrayList<>();

    @Test
    void beforeAnyLineTheLogIsReadFromItsStart() {
        assertThat(resume.sinceTime()).isNull();
    }

    @Test
    void theTimesAreStrippedAndTheNextRequestStartsAtTheLastLinesSecond() {
        read("2026-11-23T10:00:01.250Z one", LogLines.End.NEWLINE);
        read("2026-11-23T10:00:02.5Z two", LogLines.End.NEWLINE);

        assertThat(shown).containsExactly("one", "two");
        assertThat(resume.sinceTime()).isEqualTo("2026-11-23T10:00:02Z");
    }

    @Test
    void linesSentAgainAreSkippedAlsoWhenSeveralShareTheLastTime() {
        read("2026-11-23T10:00:01.1Z one", LogLines.End.NEWLINE);
        read("2026-11-23T10:00:01.2Z two", LogLines.End.NEWLINE);
        read("2026-11-23T10:00:01.2Z three", LogLines.End.NEWLINE);
        resume.reconnecting();
        // sinceTime=10:00:01Z sends the second's lines again, then what is new, also at the same time.
        read("2026-11-23T10:00:01.1Z one", LogLines.End.NEWLINE);
        read("2026-11-23T10:00:01.2Z two", LogLines.End.NEWLINE);
        read("2026-11-23T10:00:01.2Z three", LogLines.End.NEWLINE);
        read("2026-11-23T10:00:01.2Z four", LogLines.End.NEWLINE);
        read("2026-11-23T10:00:03Z five", LogLines.End.NEWLINE);

        assertThat(shown).containsExactly("one", "two", "three", "four", "five");
    }

    @Test
    void aLastPieceWithoutNewlineWaitsForTheNextRequestUnlessTheContainerEnded() {
        read("2026-11-23T10:00:01Z one", LogLines.End.NEWLINE);
        read("2026-11-23T10:00:02Z progr", LogLines.End.STREAM);
        resume.reconnecting();
        read("2026-11-23T10:00:01Z one", LogLines.End.NEWLINE);
        read("2026-11-23T10:00:02Z progress 100%", LogLines.End.NEWLINE);
        String last = resume.accept("2026-11-23T10:00:03Z done", LogLines.End.STREAM, true);

        assertThat(shown).containsExactly("one", "progress 100%");
        assertThat(last).isEqualTo("done");
    }

    @Test
    void theCutPiecesOfALongLineFollowTheirHeadsChoice() {
        read("2026-11-23T10:00:01Z aaaa", LogLines.End.CUT);
        read("bbbb", LogLines.End.NEWLINE);
        resume.reconnecting();
        read("2026-11-23T10:00:01Z aaaa", LogLines.End.CUT);
        read("bbbb", LogLines.End.NEWLINE);
        read("2026-11-23T10:00:01Z next", LogLines.End.NEWLINE);

        assertThat(shown).containsExactly("aaaa", "bbbb", "next");
    }

    @Test
    void aLineWithoutATimeIsShownAsItIs() {
        read("no time here", LogLines.End.NEWLINE);

        assertThat(shown).containsExactly("no time here");
        assertThat(resume.sinceTime()).isNull();
    }

    private void read(String piece, LogLines.End end) {
        String text = resume.accept(piece, end, false);
        if (text != null) {
            shown.add(text);
        }
    }
}
