package app.counterpart.ui.sell.receipt;

/**
 * The receipt rolls shops use. Thermal printers leave a margin on each side, so 58 mm paper prints
 * about 48 mm and 80 mm paper about 72 mm; the receipt is laid out for that printable width.
 */
public enum Paper {
    MM58(58, 48, 10.5),
    MM80(80, 72, 12);

    private static final double PX_PER_MM = 96 / 25.4;
    private static final double PT_PER_MM = 72 / 25.4;

    private final double widthMm;
    private final double printableMm;
    private final double fontPx;

    Paper(double widthMm, double printableMm, double fontPx) {
        this.widthMm = widthMm;
        this.printableMm = printableMm;
        this.fontPx = fontPx;
    }

    /** The paper that fits a printer's printable width best: narrow rolls get the 58 mm layout. */
    public static Paper forPrintableWidthPoints(double points) {
        return points / PT_PER_MM < 60 ? MM58 : MM80;
    }

    public double widthMm() {
        return widthMm;
    }

    public double printableMm() {
        return printableMm;
    }

    /** Paper width in screen pixels (96 per inch), the unit the receipt node is laid out in. */
    public double widthPx() {
        return widthMm * PX_PER_MM;
    }

    public double printablePx() {
        return printableMm * PX_PER_MM;
    }

    public float widthPt() {
        return (float) (widthMm * PT_PER_MM);
    }

    public float printablePt() {
        return (float) (printableMm * PT_PER_MM);
    }

    /** Body text size on screen; at true size on paper this is 9 pt on 80 mm and about 8 pt on 58 mm. */
    public double fontPx() {
        return fontPx;
    }
}
