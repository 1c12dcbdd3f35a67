package app.counterpart.ui.welcome;

import app.counterpart.core.shop.NewShop;
import java.net.URI;
import java.util.Locale;
import java.util.function.DoubleConsumer;

/** What the first-run wizard can ask of the app; every method runs off the FX thread. */
public interface FirstRun {

    /** Fills the empty store with the demo shop, reporting progress from 0 to 1. */
    void openDemo(DoubleConsumer progress) throws Exception;

    /** Creates the person's own shop, its device and the owner in the empty store. */
    void createShop(NewShop shop) throws Exception;

    /** Stores the language the window opens in from now on. */
    void saveLanguage(Locale language) throws Exception;

    /** Adds the sample categories and products (no sales) to the new shop; returns how many products. */
    int addSampleCatalog() throws Exception;

    /** Links this device to head office; returns the shop's name there. */
    String enrol(URI headOffice, String code) throws Exception;
}
