package dev.iammodeller.app.canvas;

import java.util.function.Predicate;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;

/** For tests of pictures the canvas takes: how many pixels of a picture are of a kind of colour. */
public final class PicturePixels {
    private PicturePixels() {
    }

    public static int count(Image picture, Predicate<Color> kind) {
        int found = 0;
        for (int y = 0; y < (int) picture.getHeight(); y++) {
            for (int x = 0; x < (int) picture.getWidth(); x++) {
                found += kind.test(picture.getPixelReader().getColor(x, y)) ? 1 : 0;
            }
        }
        return found;
    }
}
