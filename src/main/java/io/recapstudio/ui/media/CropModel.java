package io.recapstudio.ui.media;

import io.recapstudio.core.image.AspectPreset;
import io.recapstudio.core.image.CropMath;
import io.recapstudio.core.image.CropRequest;
import io.recapstudio.core.image.PixelRect;
import io.recapstudio.core.image.Size;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The crop dialog's state without a toolkit: the rectangle in source pixels (always inside the image and, with a
 * preset, exactly of its ratio), the quarter turns, an optional target width, and the output size they give.
 */
public final class CropModel {

    private final Size image;
    private final ObjectProperty<PixelRect> rect = new SimpleObjectProperty<>();
    private final ObjectProperty<AspectPreset> preset = new SimpleObjectProperty<>(AspectPreset.FREE);
    private final IntegerProperty quarterTurns = new SimpleIntegerProperty(0);
    private final IntegerProperty targetWidth = new SimpleIntegerProperty(0);
    private final ObjectBinding<Size> output;

    public CropModel(Size image) {
        this.image = image;
        rect.set(PixelRect.of(image));
        preset.addListener((o, old, p) -> rect.set(CropMath.largest(p, image)));
        output = Bindings.createObjectBinding(() -> request().outputSize(), rect, quarterTurns, targetWidth);
    }

    public Size image() {
        return image;
    }

    /** Sets the rectangle, clamped into the image and fitted to the preset around its centre. */
    public void setRect(PixelRect wanted) {
        rect.set(CropMath.constrain(wanted, preset.get(), image, CropMath.Fixed.CENTER));
    }

    /** Resizes by dragging a corner: the opposite corner stays. */
    public void dragCorner(PixelRect wanted, CropMath.Fixed opposite) {
        rect.set(CropMath.constrain(wanted, preset.get(), image, opposite));
    }

    /** Moves the rectangle by whole pixels, keeping its size and staying inside the image. */
    public void moveBy(int dx, int dy) {
        PixelRect r = rect.get();
        int x = Math.max(0, Math.min(image.width() - r.width(), r.x() + dx));
        int y = Math.max(0, Math.min(image.height() - r.height(), r.y() + dy));
        rect.set(new PixelRect(x, y, r.width(), r.height()));
    }

    public void turnRight() {
        quarterTurns.set((quarterTurns.get() + 1) % 4);
    }

    public void turnLeft() {
        quarterTurns.set((quarterTurns.get() + 3) % 4);
    }

    /** The request for the core cropper. */
    public CropRequest request() {
        CropRequest request = CropRequest.of(rect.get()).turned(quarterTurns.get());
        int w = targetWidth.get();
        if (w > 0) {
            Size turned = CropMath.outputSize(rect.get(), quarterTurns.get(), null);
            int h = Math.max(1, (int) Math.round((double) turned.height() * w / turned.width()));
            request = request.scaledTo(new Size(w, h));
        }
        return request;
    }

    public ObjectProperty<PixelRect> rectProperty() {
        return rect;
    }

    public ObjectProperty<AspectPreset> presetProperty() {
        return preset;
    }

    public IntegerProperty quarterTurnsProperty() {
        return quarterTurns;
    }

    public IntegerProperty targetWidthProperty() {
        return targetWidth;
    }

    public ObjectBinding<Size> outputProperty() {
        return output;
    }
}
