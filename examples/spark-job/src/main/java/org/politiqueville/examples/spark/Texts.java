package org.politiqueville.examples.spark;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;

/** The job's own messages, in French or English (the library's messages come from its bundles). */
final class Texts {

    private static final Map<String, String> EN = Map.ofEntries(
            Map.entry("error.referential", "The referential {0} cannot be read: {1}"),
            Map.entry("error.notAContract", "it holds no city contract"),
            Map.entry("error.noInput", "No CSV file matches {0}."),
            Map.entry("error.outputHoldsInput", "The output folder {0} would replace the input {1}: choose another."),
            Map.entry("unreadable", "{0}: unreadable, nothing converted: {1}"),
            Map.entry("total", "Total: {0,number,integer} {0,choice,0#files|1#file|1<files}, {1,number,integer} "
                    + "{1,choice,0#records|1#record|1<records} read, {2,number,integer} accepted, {3,number,integer} "
                    + "rejected, {4,number,integer} {4,choice,0#errors|1#error|1<errors}, {5,number,integer} "
                    + "{5,choice,0#warnings|1#warning|1<warnings}, {6,number,integer} unreadable."),
            Map.entry("wrote", "Wrote {0} ({1,number,integer} accepted, JSON Lines per kind in {2}; rejects in {3})."));

    private static final Map<String, String> FR = Map.ofEntries(
            Map.entry("error.referential", "Le référentiel {0} ne peut pas être lu : {1}"),
            Map.entry("error.notAContract", "il ne contient aucun contrat de ville"),
            Map.entry("error.noInput", "Aucun fichier CSV ne correspond à {0}."),
            Map.entry("error.outputHoldsInput", "Le dossier de sortie {0} remplacerait l’entrée {1} : choisissez-en un autre."),
            Map.entry("unreadable", "{0} : illisible, rien n’a été converti : {1}"),
            Map.entry("total", "Total : {0,number,integer} {0,choice,0#fichier|2#fichiers}, {1,number,integer} "
                    + "{1,choice,0#enregistrement lu|2#enregistrements lus}, {2,number,integer} "
                    + "{2,choice,0#accepté|2#acceptés}, {3,number,integer} {3,choice,0#rejeté|2#rejetés}, "
                    + "{4,number,integer} {4,choice,0#erreur|2#erreurs}, {5,number,integer} "
                    + "{5,choice,0#avertissement|2#avertissements}, {6,number,integer} {6,choice,0#illisible|2#illisibles}."),
            Map.entry("wrote", "Écrit {0} ({1,number,integer} acceptés, en JSON Lines par sorte dans {2} ; rejets dans {3})."));

    private final Locale locale;
    private final Map<String, String> texts;

    private Texts(Locale locale, Map<String, String> texts) {
        this.locale = locale;
        this.texts = texts;
    }

    /** The texts in French for any French locale, in English otherwise. */
    static Texts of(Locale locale) {
        return isFrench(locale) ? new Texts(Locale.FRENCH, FR) : new Texts(Locale.ENGLISH, EN);
    }

    static boolean isFrench(Locale locale) {
        return "fr".equals(locale.getLanguage());
    }

    String get(String key, Object... arguments) {
        return new MessageFormat(texts.get(key), locale).format(arguments);
    }
}
