package app.counterpart.ui.welcome;

import app.counterpart.core.shop.NewShop;
import java.util.function.DoubleConsumer;

/** What the welcome screen can ask of the app on a first run; both run off the FX thread. */
public interface FirstRun {

    /** Fills the empty store with the demo shop, reporting progress from 0 to 1. */
    void openDemo(DoubleConsumer progress) throws Exception;

    /** Creates the person's own shop in the empty store. */
    void createShop(NewShop shop) throws Exception;
}
