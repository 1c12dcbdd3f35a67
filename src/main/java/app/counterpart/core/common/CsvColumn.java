package app.counterpart.core.common;

import java.util.List;

/** A column an import knows by its heading: the name the export writes, and the others it answers to. */
public interface CsvColumn {

    String header();

    boolean required();

    /** The other names this column answers to; the first is shown when the column is missing. */
    List<String> aliases();
}
