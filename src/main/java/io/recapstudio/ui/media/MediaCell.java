package io.recapstudio.ui.media;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** A row of the media list: the thumbnail, the name (★ for the featured image), and the details line. */
final class MediaCell extends ListCell<MediaItem> {

    /** An image nothing in the post uses: its details line in the theme's warning colour (app.css). */
    static final PseudoClass UNUSED = PseudoClass.getPseudoClass("unused");

    private final ThumbnailCache thumbnails;
    private final ImageView thumb = new ImageView();
    private final Label name = new Label();
    private final Label details = new Label();
    private final HBox row = new HBox(8, thumb, new VBox(2, name, details));

    MediaCell(ThumbnailCache thumbnails) {
        this.thumbnails = thumbnails;
        thumb.setFitWidth(ThumbnailCache.SIDE * 0.75);
        thumb.setFitHeight(ThumbnailCache.SIDE * 0.75);
        thumb.setPreserveRatio(true);
        name.setStyle("-fx-font-weight: bold;");
        details.setWrapText(true);
        details.getStyleClass().add("media-details");
        details.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        // Fit the list's width (wrap the details) instead of growing a horizontal scroll bar.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(MediaItem item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        name.setText((item.featured() ? "★ " : "") + item.name());
        details.setText(item.details());
        details.pseudoClassStateChanged(UNUSED, item.unused());
        thumb.setImage(null);
        thumbnails.load(item.file(), image -> {
            if (item.equals(getItem())) {
                thumb.setImage(image);
            }
        });
        setGraphic(row);
    }
}
