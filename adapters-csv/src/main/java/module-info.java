/**
 * CSV for politiqueville: legacy French spreadsheet exports in, clean open-data or Excel CSV out.
 */
module org.politiqueville.csv {
    requires transitive org.politiqueville.core;
    requires de.siegmar.fastcsv;
}
