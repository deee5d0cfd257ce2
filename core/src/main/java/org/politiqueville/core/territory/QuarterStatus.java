package org.politiqueville.core.territory;

/** Whether a quarter is an official priority quarter or one followed locally. */
public enum QuarterStatus {
    /**
     * A priority quarter of the Politique de la Ville (quartier prioritaire, QPV), on a national list
     * and identified by a QPV code.
     */
    PRIORITY,
    /**
     * A quarter followed locally without being a QPV (quartier de veille, quartier en décrochage);
     * it has no national code.
     */
    WATCH
}
