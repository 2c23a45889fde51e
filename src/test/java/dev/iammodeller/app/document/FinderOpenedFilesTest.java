package dev.iammodeller.app.document;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FinderOpenedFilesTest {
    @Test
    void onlyMacOsHandsFilesOverAsEvents() {
        assertTrue(FinderOpenedFiles.arriveAsEvents("Mac OS X"));
        assertFalse(FinderOpenedFiles.arriveAsEvents("Linux"));
        assertFalse(FinderOpenedFiles.arriveAsEvents("Windows 11"));
        assertFalse(FinderOpenedFiles.arriveAsEvents(null));
    }

    @Test
    void elsewhereNothingListens() {
        // the build runs on Linux (and headless): the launcher's argument brings files there
        if (!FinderOpenedFiles.arriveAsEvents(System.getProperty("os.name"))) {
            assertFalse(FinderOpenedFiles.listen(path -> { }));
        }
    }
}
