package org.politiqueville.core.exchange;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.politiqueville.core.text.NameKey;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

/**
 * The columns of every {@linkplain RecordKind#isTabular() tabular} kind of record, and the
 * matching of a file's headers to them.
 *
 * <p>Legacy files name the same column in many ways: a French label typed by city staff
 * ({@code Nom du quartier}, {@code Commune(s)}, {@code Année pop.}), a national file's field
 * ({@code CODE_QP}, {@code lib_qp}, {@code insee_com}), or our own canonical name
 * ({@code qpvCode}). A header matches a column when its {@linkplain NameKey#compact(CharSequence)
 * compact key} equals the key of the column's name or of one of its aliases, so case, accents,
 * spaces and punctuation do not matter ({@code CODE_QP}, {@code code qp} and {@code Code-QP} are
 * one header). Aliases are looked up in maps built once when the class loads.
 *
 * <p>{@link #resolve(RecordKind, List)} maps a header row to columns and reports unknown,
 * repeated and missing columns all at once; {@link #inferKind(List)} guesses the kind of a file
 * from its headers alone. The columns of each kind:
 *
 * <table class="striped">
 * <caption>{@link RecordKind#QUARTERS}</caption>
 * <thead><tr><th scope="col">column</th><th scope="col">required</th><th scope="col">list</th>
 * <th scope="col">meaning</th><th scope="col">other headers recognised</th></tr></thead>
 * <tbody>
 * <tr><th scope="row">{@code id}</th><td></td><td></td><td>local identifier (slug) of the quarter</td>
 *     <td>Identifiant, Id, Référence</td></tr>
 * <tr><th scope="row">{@code label}</th><td>yes</td><td></td><td>official or usual name</td>
 *     <td>Nom du quartier, Quartier, Nom, Libellé, Nom QPV, Libellé QPV, NOM_QP, nom_qp, lib_qp, name, quarter</td></tr>
 * <tr><th scope="row">{@code qpvCode}</th><td></td><td>yes</td><td>QPV code(s), 2015 or 2024 list</td>
 *     <td>Code QPV, Codes QPV, Code quartier, Code, CODE_QP, code_qp, code_qpv, code_qpv24, qpvCodes</td></tr>
 * <tr><th scope="row">{@code communes}</th><td></td><td>yes</td><td>names of the communes it lies in</td>
 *     <td>Commune(s), Communes, Commune, COMMUNE_QP, commune_qp, lib_com, nom_com, Communes concernées</td></tr>
 * <tr><th scope="row">{@code communeCodes}</th><td></td><td>yes</td><td>INSEE codes of those communes</td>
 *     <td>insee_com, Code INSEE, Codes INSEE, Code commune, Codes communes, code_insee, depcom</td></tr>
 * <tr><th scope="row">{@code departement}</th><td></td><td></td><td>département code</td>
 *     <td>insee_dep, Département, dep, code_dep, Code département</td></tr>
 * <tr><th scope="row">{@code agglomerationSiren}</th><td></td><td></td><td>SIREN of the agglomeration (EPCI)</td>
 *     <td>siren_epci, SIREN EPCI, Code EPCI</td></tr>
 * <tr><th scope="row">{@code agglomeration}</th><td></td><td></td><td>name of the agglomeration</td>
 *     <td>lib_epci, nom_epci, EPCI, Intercommunalité, Agglomération, Métropole</td></tr>
 * <tr><th scope="row">{@code status}</th><td></td><td></td><td>priority or watch (FrenchValues.isPriorityWord, isWatchWord)</td>
 *     <td>Statut, Type, Type de quartier, Statut du quartier</td></tr>
 * <tr><th scope="row">{@code population}</th><td></td><td></td><td>number of inhabitants</td>
 *     <td>Population, Pop., Habitants, Nombre d'habitants, Nb habitants</td></tr>
 * <tr><th scope="row">{@code populationYear}</th><td></td><td></td><td>year of that population</td>
 *     <td>Année pop., Année population, Année de la population, Millésime population, annee_pop</td></tr>
 * <tr><th scope="row">{@code district}</th><td></td><td></td><td>city district the quarter belongs to</td>
 *     <td>District, Secteur, Grand quartier</td></tr>
 * <tr><th scope="row">{@code aliases}</th><td></td><td>yes</td><td>other names used for it</td>
 *     <td>Autres noms, Alias, Appellations, Noms usuels, Nom usuel</td></tr>
 * </tbody>
 * </table>
 *
 * <table class="striped">
 * <caption>{@link RecordKind#COMMUNES}</caption>
 * <thead><tr><th scope="col">column</th><th scope="col">required</th><th scope="col">list</th>
 * <th scope="col">meaning</th><th scope="col">other headers recognised</th></tr></thead>
 * <tbody>
 * <tr><th scope="row">{@code id}</th><td></td><td></td><td>local identifier</td>
 *     <td>Identifiant, Id</td></tr>
 * <tr><th scope="row">{@code code}</th><td>yes</td><td></td><td>INSEE commune code</td>
 *     <td>Code INSEE, Code commune, insee_com, code_insee, depcom, codgeo, com, INSEE, Code</td></tr>
 * <tr><th scope="row">{@code name}</th><td>yes</td><td></td><td>name</td>
 *     <td>Commune, Nom, Nom de la commune, Libellé, lib_com, nom_com, libgeo</td></tr>
 * <tr><th scope="row">{@code departement}</th><td></td><td></td><td>département code</td>
 *     <td>insee_dep, Département, dep, code_dep, Code département</td></tr>
 * <tr><th scope="row">{@code agglomerationSiren}</th><td></td><td></td><td>SIREN of its agglomeration (EPCI)</td>
 *     <td>siren_epci, SIREN EPCI, Code EPCI</td></tr>
 * <tr><th scope="row">{@code agglomeration}</th><td></td><td></td><td>name of its agglomeration</td>
 *     <td>lib_epci, nom_epci, EPCI, Intercommunalité, Agglomération, Métropole</td></tr>
 * <tr><th scope="row">{@code population}</th><td></td><td></td><td>number of inhabitants</td>
 *     <td>Population, Population municipale, pmun, pop, Habitants</td></tr>
 * <tr><th scope="row">{@code populationYear}</th><td></td><td></td><td>year of that population</td>
 *     <td>Année pop., Année population, Année de la population, Millésime population, annee_pop</td></tr>
 * </tbody>
 * </table>
 *
 * <table class="striped">
 * <caption>{@link RecordKind#BODIES}</caption>
 * <thead><tr><th scope="col">column</th><th scope="col">required</th><th scope="col">list</th>
 * <th scope="col">meaning</th><th scope="col">other headers recognised</th></tr></thead>
 * <tbody>
 * <tr><th scope="row">{@code id}</th><td></td><td></td><td>local identifier</td>
 *     <td>Identifiant, Id, Référence</td></tr>
 * <tr><th scope="row">{@code name}</th><td>yes</td><td></td><td>name</td>
 *     <td>Nom, Instance, Nom de l'instance, Intitulé, Libellé, Organisme, Structure</td></tr>
 * <tr><th scope="row">{@code type}</th><td></td><td></td><td>council, steering committee, collective…</td>
 *     <td>Type, Type d'instance, Nature, Catégorie</td></tr>
 * <tr><th scope="row">{@code territories}</th><td></td><td>yes</td><td>quarters or territories covered</td>
 *     <td>Quartier(s), Quartiers, Quartier, Quartiers couverts, Territoire(s), Territoires, Territoire, QPV</td></tr>
 * <tr><th scope="row">{@code startDate}</th><td></td><td></td><td>installation or creation date</td>
 *     <td>Date d'installation, Installation, Installé le, Date de création, Création, Date de début, Début</td></tr>
 * <tr><th scope="row">{@code endDate}</th><td></td><td></td><td>end date</td>
 *     <td>Date de fin, Fin, Dissolution</td></tr>
 * <tr><th scope="row">{@code members}</th><td></td><td></td><td>number of members</td>
 *     <td>Membres, Nombre de membres, Nb membres, Effectif</td></tr>
 * <tr><th scope="row">{@code residents}</th><td></td><td></td><td>members of the residents' college</td>
 *     <td>Habitants, Collège habitants, Collège des habitants, Nombre d'habitants</td></tr>
 * <tr><th scope="row">{@code residentWomen}</th><td></td><td></td><td>women among the residents</td>
 *     <td>Femmes, Habitantes, Habitants femmes</td></tr>
 * <tr><th scope="row">{@code residentMen}</th><td></td><td></td><td>men among the residents</td>
 *     <td>Hommes, Habitants hommes</td></tr>
 * <tr><th scope="row">{@code drawnByLot}</th><td></td><td></td><td>whether residents were drawn by lot (oui/non)</td>
 *     <td>Tirage au sort, Tiré au sort, Tirés au sort</td></tr>
 * <tr><th scope="row">{@code localActors}</th><td></td><td></td><td>members of the associations and local actors' college</td>
 *     <td>Acteurs locaux, Associations et acteurs locaux, Collège acteurs locaux, Collège des acteurs locaux,
         Collège associations</td></tr>
 * <tr><th scope="row">{@code siren}</th><td></td><td></td><td>SIREN of the body's legal entity</td>
 *     <td>SIREN, N° SIREN, Numéro SIREN</td></tr>
 * <tr><th scope="row">{@code rna}</th><td></td><td></td><td>RNA number of an association</td>
 *     <td>RNA, N° RNA, Numéro RNA, Numéro d'association</td></tr>
 * <tr><th scope="row">{@code link}</th><td></td><td></td><td>web page</td>
 *     <td>Lien, URL, Site, Site web</td></tr>
 * </tbody>
 * </table>
 *
 * <table class="striped">
 * <caption>{@link RecordKind#ENGAGEMENTS}</caption>
 * <thead><tr><th scope="col">column</th><th scope="col">required</th><th scope="col">list</th>
 * <th scope="col">meaning</th><th scope="col">other headers recognised</th></tr></thead>
 * <tbody>
 * <tr><th scope="row">{@code id}</th><td></td><td></td><td>local identifier</td>
 *     <td>Identifiant, Id, Numéro, N°, Référence, Réf.</td></tr>
 * <tr><th scope="row">{@code title}</th><td>yes</td><td></td><td>title</td>
 *     <td>Engagement, Intitulé, Titre, Libellé, Action, Nom, Intitulé de l'engagement</td></tr>
 * <tr><th scope="row">{@code description}</th><td></td><td></td><td>longer text</td>
 *     <td>Description, Détail, Contenu</td></tr>
 * <tr><th scope="row">{@code parent}</th><td></td><td></td><td>id or title of the parent engagement</td>
 *     <td>Parent, Engagement parent, Rattachement</td></tr>
 * <tr><th scope="row">{@code pillar}</th><td></td><td></td><td>pillar or priority of the contract</td>
 *     <td>Pilier, Axe, Thématique</td></tr>
 * <tr><th scope="row">{@code status}</th><td></td><td></td><td>status</td>
 *     <td>Statut, État, Etat d'avancement</td></tr>
 * <tr><th scope="row">{@code progress}</th><td></td><td></td><td>progress in percent</td>
 *     <td>Avancement, Progression, % réalisé, Taux de réalisation, Taux d'avancement</td></tr>
 * <tr><th scope="row">{@code weight}</th><td></td><td></td><td>weight in the parent's progress</td>
 *     <td>Poids, Pondération</td></tr>
 * <tr><th scope="row">{@code signatories}</th><td></td><td>yes</td><td>signatories or leaders</td>
 *     <td>Signataires, Signataire, Porteur(s), Porteurs, Porteur, Pilote(s), Pilotes, Pilote</td></tr>
 * <tr><th scope="row">{@code territories}</th><td></td><td>yes</td><td>territories concerned</td>
 *     <td>Territoire(s), Territoires, Territoire, Quartier(s), Quartiers, Quartier, Quartiers concernés</td></tr>
 * <tr><th scope="row">{@code startDate}</th><td></td><td></td><td>start date</td>
 *     <td>Date de début, Début, Démarrage</td></tr>
 * <tr><th scope="row">{@code endDate}</th><td></td><td></td><td>end date or deadline</td>
 *     <td>Date de fin, Fin, Échéance, Date d'échéance</td></tr>
 * </tbody>
 * </table>
 *
 * <table class="striped">
 * <caption>{@link RecordKind#INDICATORS}</caption>
 * <thead><tr><th scope="col">column</th><th scope="col">required</th><th scope="col">list</th>
 * <th scope="col">meaning</th><th scope="col">other headers recognised</th></tr></thead>
 * <tbody>
 * <tr><th scope="row">{@code code}</th><td></td><td></td><td>identifier of the indicator</td>
 *     <td>Code, Code indicateur, Identifiant, Id</td></tr>
 * <tr><th scope="row">{@code name}</th><td>yes</td><td></td><td>name</td>
 *     <td>Indicateur, Nom, Libellé, Intitulé, Nom de l'indicateur, Libellé indicateur</td></tr>
 * <tr><th scope="row">{@code unit}</th><td></td><td></td><td>unit (€, %…)</td>
 *     <td>Unité, Unit</td></tr>
 * <tr><th scope="row">{@code source}</th><td></td><td></td><td>producer of the data</td>
 *     <td>Source, Producteur, Origine</td></tr>
 * <tr><th scope="row">{@code description}</th><td></td><td></td><td>definition</td>
 *     <td>Définition, Description</td></tr>
 * <tr><th scope="row">{@code theme}</th><td></td><td></td><td>theme</td>
 *     <td>Thème, Thématique, Pilier, Domaine</td></tr>
 * <tr><th scope="row">{@code aliases}</th><td></td><td>yes</td><td>other names used for it</td>
 *     <td>Autres noms, Alias, Synonymes</td></tr>
 * </tbody>
 * </table>
 *
 * <table class="striped">
 * <caption>{@link RecordKind#OBSERVATIONS}</caption>
 * <thead><tr><th scope="col">column</th><th scope="col">required</th><th scope="col">list</th>
 * <th scope="col">meaning</th><th scope="col">other headers recognised</th></tr></thead>
 * <tbody>
 * <tr><th scope="row">{@code territory}</th><td>yes</td><td></td><td>name of the territory</td>
 *     <td>Territoire, Quartier, Commune, Zone, Lieu, Nom du territoire, Territoire concerné, libgeo, lib_qp, nom_qp</td></tr>
 * <tr><th scope="row">{@code territoryCode}</th><td></td><td></td><td>code of the territory</td>
 *     <td>Code territoire, Code géographique, codgeo, code_geo, code_qp, Code QPV, code_qpv, Code INSEE, insee_com</td></tr>
 * <tr><th scope="row">{@code indicator}</th><td>yes</td><td></td><td>name or code of the indicator</td>
 *     <td>Indicateur, Donnée, Variable, Mesure, Libellé indicateur, Nom de l'indicateur</td></tr>
 * <tr><th scope="row">{@code period}</th><td>yes</td><td></td><td>year or period (FrenchValues.parsePeriod)</td>
 *     <td>Année, Années, Période, Millésime, Date, year</td></tr>
 * <tr><th scope="row">{@code value}</th><td>yes</td><td></td><td>number or statistical marker (s, nd…)</td>
 *     <td>Valeur, Valeur observée, Val</td></tr>
 * <tr><th scope="row">{@code unit}</th><td></td><td></td><td>unit (€, %…)</td>
 *     <td>Unité, Unit</td></tr>
 * <tr><th scope="row">{@code status}</th><td></td><td></td><td>status of the value</td>
 *     <td>Statut, Statut de la valeur, Marqueur</td></tr>
 * <tr><th scope="row">{@code source}</th><td></td><td></td><td>producer of the data</td>
 *     <td>Source, Producteur</td></tr>
 * <tr><th scope="row">{@code note}</th><td></td><td></td><td>free comment</td>
 *     <td>Note, Commentaire, Remarque, Observations</td></tr>
 * </tbody>
 * </table>
 *
 * <table class="striped">
 * <caption>{@link RecordKind#DOCUMENTS}</caption>
 * <thead><tr><th scope="col">column</th><th scope="col">required</th><th scope="col">list</th>
 * <th scope="col">meaning</th><th scope="col">other headers recognised</th></tr></thead>
 * <tbody>
 * <tr><th scope="row">{@code id}</th><td></td><td></td><td>local identifier</td>
 *     <td>Identifiant, Id, Référence</td></tr>
 * <tr><th scope="row">{@code title}</th><td>yes</td><td></td><td>title</td>
 *     <td>Documents, Document, Titre, Intitulé, Nom du document, Nom, Libellé</td></tr>
 * <tr><th scope="row">{@code categories}</th><td></td><td>yes</td><td>categories "Facet : value"</td>
 *     <td>Catégories, Catégorie, Thèmes, Thème, Rubriques, Rubrique</td></tr>
 * <tr><th scope="row">{@code period}</th><td></td><td></td><td>year or period covered</td>
 *     <td>Année, Années, Période, Date, Millésime, year</td></tr>
 * <tr><th scope="row">{@code type}</th><td></td><td></td><td>kind of document or of its link</td>
 *     <td>Type, Format, Type de document, Nature</td></tr>
 * <tr><th scope="row">{@code link}</th><td></td><td></td><td>address of the file</td>
 *     <td>Lien, URL, Adresse, Fichier</td></tr>
 * <tr><th scope="row">{@code description}</th><td></td><td></td><td>summary</td>
 *     <td>Description, Résumé</td></tr>
 * <tr><th scope="row">{@code mediaType}</th><td></td><td></td><td>media type of the file</td>
 *     <td>Type MIME, MIME, Media type</td></tr>
 * </tbody>
 * </table>
 *
 * <p>{@link RecordKind#CONTRACT} has no columns: a whole contract is JSON only.
 */
public final class HeaderMapping {

    private static final Map<RecordKind, List<Column>> COLUMNS = new EnumMap<>(RecordKind.class);
    private static final Map<RecordKind, Map<String, Column>> BY_KEY = new EnumMap<>(RecordKind.class);
    private static final Map<RecordKind, Map<String, Column>> BY_NAME = new EnumMap<>(RecordKind.class);

    static {
        define(RecordKind.QUARTERS,
                column("id", false, false, "Identifiant", "Id", "Référence"),
                column("label", true, false, "Nom du quartier", "Quartier", "Nom", "Libellé", "Nom QPV",
                        "Libellé QPV", "NOM_QP", "nom_qp", "lib_qp", "name", "quarter"),
                column("qpvCode", false, true, "Code QPV", "Codes QPV", "Code quartier", "Code", "CODE_QP",
                        "code_qp", "code_qpv", "code_qpv24", "qpvCodes"),
                column("communes", false, true, "Commune(s)", "Communes", "Commune", "COMMUNE_QP", "commune_qp",
                        "lib_com", "nom_com", "Communes concernées"),
                column("communeCodes", false, true, "insee_com", "Code INSEE", "Codes INSEE", "Code commune",
                        "Codes communes", "code_insee", "depcom"),
                column("departement", false, false, "insee_dep", "Département", "dep", "code_dep",
                        "Code département"),
                column("agglomerationSiren", false, false, "siren_epci", "SIREN EPCI", "Code EPCI"),
                column("agglomeration", false, false, "lib_epci", "nom_epci", "EPCI", "Intercommunalité",
                        "Agglomération", "Métropole"),
                column("status", false, false, "Statut", "Type", "Type de quartier", "Statut du quartier"),
                column("population", false, false, "Population", "Pop.", "Habitants", "Nombre d'habitants",
                        "Nb habitants"),
                column("populationYear", false, false, "Année pop.", "Année population", "Année de la population",
                        "Millésime population", "annee_pop"),
                column("district", false, false, "District", "Secteur", "Grand quartier"),
                column("aliases", false, true, "Autres noms", "Alias", "Appellations", "Noms usuels", "Nom usuel"));
        define(RecordKind.COMMUNES,
                column("id", false, false, "Identifiant", "Id"),
                column("code", true, false, "Code INSEE", "Code commune", "insee_com", "code_insee", "depcom",
                        "codgeo", "com", "INSEE", "Code"),
                column("name", true, false, "Commune", "Nom", "Nom de la commune", "Libellé", "lib_com", "nom_com",
                        "libgeo"),
                column("departement", false, false, "insee_dep", "Département", "dep", "code_dep",
                        "Code département"),
                column("agglomerationSiren", false, false, "siren_epci", "SIREN EPCI", "Code EPCI"),
                column("agglomeration", false, false, "lib_epci", "nom_epci", "EPCI", "Intercommunalité",
                        "Agglomération", "Métropole"),
                column("population", false, false, "Population", "Population municipale", "pmun", "pop", "Habitants"),
                column("populationYear", false, false, "Année pop.", "Année population", "Année de la population",
                        "Millésime population", "annee_pop"));
        define(RecordKind.BODIES,
                column("id", false, false, "Identifiant", "Id", "Référence"),
                column("name", true, false, "Nom", "Instance", "Nom de l'instance", "Intitulé", "Libellé",
                        "Organisme", "Structure"),
                column("type", false, false, "Type", "Type d'instance", "Nature", "Catégorie"),
                column("territories", false, true, "Quartier(s)", "Quartiers", "Quartier", "Quartiers couverts",
                        "Territoire(s)", "Territoires", "Territoire", "QPV"),
                column("startDate", false, false, "Date d'installation", "Installation", "Installé le",
                        "Date de création", "Création", "Date de début", "Début"),
                column("endDate", false, false, "Date de fin", "Fin", "Dissolution"),
                column("members", false, false, "Membres", "Nombre de membres", "Nb membres", "Effectif"),
                column("residents", false, false, "Habitants", "Collège habitants", "Collège des habitants",
                        "Nombre d'habitants"),
                column("residentWomen", false, false, "Femmes", "Habitantes", "Habitants femmes"),
                column("residentMen", false, false, "Hommes", "Habitants hommes"),
                column("drawnByLot", false, false, "Tirage au sort", "Tiré au sort", "Tirés au sort"),
                column("localActors", false, false, "Acteurs locaux", "Associations et acteurs locaux",
                        "Collège acteurs locaux", "Collège des acteurs locaux", "Collège associations"),
                column("siren", false, false, "SIREN", "N° SIREN", "Numéro SIREN"),
                column("rna", false, false, "RNA", "N° RNA", "Numéro RNA", "Numéro d'association"),
                column("link", false, false, "Lien", "URL", "Site", "Site web"));
        define(RecordKind.ENGAGEMENTS,
                column("id", false, false, "Identifiant", "Id", "Numéro", "N°", "Référence", "Réf."),
                column("title", true, false, "Engagement", "Intitulé", "Titre", "Libellé", "Action", "Nom",
                        "Intitulé de l'engagement"),
                column("description", false, false, "Description", "Détail", "Contenu"),
                column("parent", false, false, "Parent", "Engagement parent", "Rattachement"),
                column("pillar", false, false, "Pilier", "Axe", "Thématique"),
                column("status", false, false, "Statut", "État", "Etat d'avancement"),
                column("progress", false, false, "Avancement", "Progression", "% réalisé", "Taux de réalisation",
                        "Taux d'avancement"),
                column("weight", false, false, "Poids", "Pondération"),
                column("signatories", false, true, "Signataires", "Signataire", "Porteur(s)", "Porteurs", "Porteur",
                        "Pilote(s)", "Pilotes", "Pilote"),
                column("territories", false, true, "Territoire(s)", "Territoires", "Territoire", "Quartier(s)",
                        "Quartiers", "Quartier", "Quartiers concernés"),
                column("startDate", false, false, "Date de début", "Début", "Démarrage"),
                column("endDate", false, false, "Date de fin", "Fin", "Échéance", "Date d'échéance"));
        define(RecordKind.INDICATORS,
                column("code", false, false, "Code", "Code indicateur", "Identifiant", "Id"),
                column("name", true, false, "Indicateur", "Nom", "Libellé", "Intitulé", "Nom de l'indicateur",
                        "Libellé indicateur"),
                column("unit", false, false, "Unité", "Unit"),
                column("source", false, false, "Source", "Producteur", "Origine"),
                column("description", false, false, "Définition", "Description"),
                column("theme", false, false, "Thème", "Thématique", "Pilier", "Domaine"),
                column("aliases", false, true, "Autres noms", "Alias", "Synonymes"));
        define(RecordKind.OBSERVATIONS,
                column("territory", true, false, "Territoire", "Quartier", "Commune", "Zone", "Lieu",
                        "Nom du territoire", "Territoire concerné", "libgeo", "lib_qp", "nom_qp"),
                column("territoryCode", false, false, "Code territoire", "Code géographique", "codgeo", "code_geo",
                        "code_qp", "Code QPV", "code_qpv", "Code INSEE", "insee_com"),
                column("indicator", true, false, "Indicateur", "Donnée", "Variable", "Mesure", "Libellé indicateur",
                        "Nom de l'indicateur"),
                column("period", true, false, "Année", "Années", "Période", "Millésime", "Date", "year"),
                column("value", true, false, "Valeur", "Valeur observée", "Val"),
                column("unit", false, false, "Unité", "Unit"),
                column("status", false, false, "Statut", "Statut de la valeur", "Marqueur"),
                column("source", false, false, "Source", "Producteur"),
                column("note", false, false, "Note", "Commentaire", "Remarque", "Observations"));
        define(RecordKind.DOCUMENTS,
                column("id", false, false, "Identifiant", "Id", "Référence"),
                column("title", true, false, "Documents", "Document", "Titre", "Intitulé", "Nom du document", "Nom",
                        "Libellé"),
                column("categories", false, true, "Catégories", "Catégorie", "Thèmes", "Thème", "Rubriques",
                        "Rubrique"),
                column("period", false, false, "Année", "Années", "Période", "Date", "Millésime", "year"),
                column("type", false, false, "Type", "Format", "Type de document", "Nature"),
                column("link", false, false, "Lien", "URL", "Adresse", "Fichier"),
                column("description", false, false, "Description", "Résumé"),
                column("mediaType", false, false, "Type MIME", "MIME", "Media type"));
        define(RecordKind.CONTRACT);
    }

    private HeaderMapping() {
    }

    private static Column column(String name, boolean required, boolean multiValued, String... aliases) {
        return new Column(name, required, multiValued, List.of(aliases));
    }

    private static void define(RecordKind kind, Column... columns) {
        Map<String, Column> byKey = new HashMap<>();
        Map<String, Column> byName = new HashMap<>();
        for (Column column : columns) {
            byName.put(column.name(), column);
            List<String> labels = new ArrayList<>(column.aliases());
            labels.add(column.name());
            for (String label : labels) {
                Column previous = byKey.put(NameKey.compact(label).value(), column);
                if (previous != null && previous != column) {
                    throw new IllegalStateException(kind.id() + ": header " + label + " names both "
                            + previous.name() + " and " + column.name());
                }
            }
        }
        COLUMNS.put(kind, List.of(columns));
        BY_KEY.put(kind, Map.copyOf(byKey));
        BY_NAME.put(kind, Map.copyOf(byName));
    }

    /**
     * The columns of a kind of record, in their usual order.
     *
     * @param kind the kind, not null
     * @return the columns, unmodifiable, empty for {@link RecordKind#CONTRACT}
     */
    public static List<Column> columns(RecordKind kind) {
        return COLUMNS.get(Objects.requireNonNull(kind, "kind"));
    }

    /**
     * A column of a kind by its canonical name ({@code qpvCode}), exactly as written.
     *
     * @param kind the kind, not null
     * @param name the canonical name, not null
     * @return the column, or empty if the kind has no column of that name
     */
    public static Optional<Column> column(RecordKind kind, String name) {
        Objects.requireNonNull(name, "name");
        return Optional.ofNullable(BY_NAME.get(Objects.requireNonNull(kind, "kind")).get(name));
    }

    /**
     * The column a header names, ignoring case, accents, spaces and punctuation.
     *
     * @param kind   the kind of record, not null
     * @param header the header as the file gives it, not null
     * @return the column, or empty if the header names no column of this kind
     */
    public static Optional<Column> match(RecordKind kind, CharSequence header) {
        Objects.requireNonNull(kind, "kind");
        return Optional.ofNullable(BY_KEY.get(kind).get(NameKey.compact(header).value()));
    }

    /**
     * Maps a header row to the columns of a kind, with the header on line 1 of an unnamed source.
     *
     * @param kind    the kind of record, tabular, not null
     * @param headers the headers in file order, not null, no null element
     * @return the mapping with its problems, not null
     * @throws InvalidValueException with {@link ProblemCode#KIND_NOT_TABULAR} for {@link RecordKind#CONTRACT}
     * @see #resolve(RecordKind, List, String, long)
     */
    public static ColumnMapping resolve(RecordKind kind, List<String> headers) {
        return resolve(kind, headers, "", 1);
    }

    /**
     * Maps a header row to the columns of a kind.
     *
     * <p>Never throws for a bad header row: the mapping's {@linkplain ColumnMapping#problems()
     * problems} hold a {@link ProblemCode#UNKNOWN_COLUMN} warning for each header that names no
     * column (once per distinct header), a {@link ProblemCode#DUPLICATE_COLUMN} warning for each
     * header naming a column an earlier header already named (the earlier one wins), and a
     * {@link ProblemCode#MISSING_COLUMN} error for each required column no header names, so that
     * a user learns every missing column at once. {@link ColumnMapping#requireComplete()} turns
     * missing columns into an exception.
     *
     * @param kind       the kind of record, tabular, not null
     * @param headers    the headers in file order, not null, no null element
     * @param source     the file name for the problems' locations, not null ({@code ""} if unknown)
     * @param headerLine the 1-based line of the header row, for the problems' locations
     * @return the mapping with its problems, not null
     * @throws InvalidValueException with {@link ProblemCode#KIND_NOT_TABULAR} for {@link RecordKind#CONTRACT}
     */
    public static ColumnMapping resolve(RecordKind kind, List<String> headers, String source, long headerLine) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        if (!kind.isTabular()) {
            throw new InvalidValueException(ProblemCode.KIND_NOT_TABULAR, kind.id());
        }
        List<String> copy = List.copyOf(headers);
        Map<String, Column> byKey = BY_KEY.get(kind);
        Column[] columns = new Column[copy.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = byKey.get(NameKey.compact(copy.get(i)).value());
        }
        return new ColumnMapping(kind, copy, columns, COLUMNS.get(kind), source, headerLine);
    }

    /**
     * Guesses the kind of a file from its headers.
     *
     * <p>A kind is a candidate when the headers name all its required columns; the candidate whose
     * columns the headers name most wins, and between equals, the one whose canonical names the
     * headers use most ({@code code}, {@code name} are communes' columns and quarters' aliases).
     * When no kind is a candidate, or two candidates still tie, the kind is not guessed: the
     * caller must say it.
     *
     * @param headers the headers in file order, not null, no null element
     * @return the kind, or empty if none or several fit equally well
     */
    public static Optional<RecordKind> inferKind(List<String> headers) {
        List<String> keys = headers.stream().map(header -> NameKey.compact(header).value()).toList();
        RecordKind best = null;
        long bestScore = 0;
        boolean tie = false;
        for (RecordKind kind : RecordKind.values()) {
            if (!kind.isTabular()) {
                continue;
            }
            Map<String, Column> byKey = BY_KEY.get(kind);
            List<Column> found = keys.stream().map(byKey::get).filter(Objects::nonNull).distinct().toList();
            boolean complete = COLUMNS.get(kind).stream().filter(Column::required).allMatch(found::contains);
            long canonical = found.stream().filter(column -> keys.contains(NameKey.compact(column.name()).value()))
                    .count();
            long score = found.size() * 1000L + canonical;
            if (!complete || score < bestScore) {
                continue;
            }
            tie = score == bestScore;
            if (!tie) {
                best = kind;
                bestScore = score;
            }
        }
        return tie || best == null ? Optional.empty() : Optional.of(best);
    }
}
