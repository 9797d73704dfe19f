package io.recapstudio.ui.media;

import io.recapstudio.core.image.CropMath;
import io.recapstudio.core.image.PixelRect;
import javafx.scene.Cursor;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * The image with the crop rectangle over it: drag inside to move, drag a corner handle to resize (the opposite
 * corner stays), drag outside to draw a new rectangle. Shown at {@code scale} (zoom) of the source's pixels.
 */
final class CropView extends Pane {

    private static final double HANDLE = 10;

    private final CropModel model;
    private final ImageView view;
    private final Rectangle frame = new Rectangle();
    private final Rectangle[] handles = new Rectangle[4];
    private double scale;
    private double pressX;
    private double pressY;
    private PixelRect pressRect;

    CropView(CropModel model, Image preview, double scale) {
        this.model = model;
        this.view = new ImageView(preview);
        view.setPreserveRatio(false);
        frame.setFill(Color.color(1, 1, 1, 0.12));
        frame.setStroke(Color.WHITE);
        frame.getStrokeDashArray().setAll(6.0, 4.0);
        frame.setStrokeWidth(1.5);
        frame.setCursor(Cursor.MOVE);
        getChildren().addAll(view, frame);
        CropMath.Fixed[] opposite = {CropMath.Fixed.BOTTOM_RIGHT, CropMath.Fixed.BOTTOM_LEFT,
                CropMath.Fixed.TOP_RIGHT, CropMath.Fixed.TOP_LEFT};
        for (int i = 0; i < 4; i++) {
            Rectangle h = new Rectangle(HANDLE, HANDLE, Color.WHITE);
            h.setStroke(Color.BLACK);
            h.setCursor(i == 0 || i == 3 ? Cursor.NW_RESIZE : Cursor.NE_RESIZE);
            int corner = i;
            h.setOnMousePressed(e -> press(e.getX(), e.getY()));
            h.setOnMouseDragged(e -> dragCorner(corner, opposite[corner], e.getX(), e.getY()));
            handles[i] = h;
            getChildren().add(h);
        }
        frame.setOnMousePressed(e -> press(e.getX(), e.getY()));
        frame.setOnMouseDragged(e -> model.moveBy(px(e.getX() - pressX) - (model.rectProperty().get().x()
                - pressRect.x()), px(e.getY() - pressY) - (model.rectProperty().get().y() - pressRect.y())));
        view.setOnMousePressed(e -> press(e.getX(), e.getY()));
        view.setOnMouseDragged(e -> model.setRect(new PixelRect(px(Math.min(pressX, e.getX())),
                px(Math.min(pressY, e.getY())), Math.max(1, px(Math.abs(e.getX() - pressX))),
                Math.max(1, px(Math.abs(e.getY() - pressY))))));
        model.rectProperty().addListener((o, old, r) -> layoutFrame());
        setScale(scale);
    }

    void setScale(double newScale) {
        scale = newScale;
        view.setFitWidth(model.image().width() * scale);
        view.setFitHeight(model.image().height() * scale);
        setPrefSize(view.getFitWidth(), view.getFitHeight());
        layoutFrame();
    }

    private int px(double screen) {
        return (int) Math.round(screen / scale);
    }

    private void press(double x, double y) {
        pressX = x;
        pressY = y;
        pressRect = model.rectProperty().get();
    }

    private void dragCorner(int corner, CropMath.Fixed fixed, double dx, double dy) {
        PixelRect r = pressRect;
        double ax = corner == 0 || corner == 2 ? r.x() + r.width() : r.x();
        double ay = corner == 0 || corner == 1 ? r.y() + r.height() : r.y();
        // A handle is positioned by x/y, so its mouse coordinates are the pane's.
        double cx = dx / scale;
        double cy = dy / scale;
        int x = (int) Math.round(Math.min(ax, cx));
        int y = (int) Math.round(Math.min(ay, cy));
        int w = (int) Math.max(1, Math.round(Math.abs(ax - cx)));
        int h = (int) Math.max(1, Math.round(Math.abs(ay - cy)));
        model.dragCorner(new PixelRect(x, y, w, h), fixed);
    }

    private void layoutFrame() {
        PixelRect r = model.rectProperty().get();
        frame.setX(r.x() * scale);
        frame.setY(r.y() * scale);
        frame.setWidth(r.width() * scale);
        frame.setHeight(r.height() * scale);
        double[][] corners = {{r.x(), r.y()}, {r.right(), r.y()}, {r.x(), r.bottom()}, {r.right(), r.bottom()}};
        for (int i = 0; i < 4; i++) {
            handles[i].setX(corners[i][0] * scale - HANDLE / 2);
            handles[i].setY(corners[i][1] * scale - HANDLE / 2);
        }
    }
}
