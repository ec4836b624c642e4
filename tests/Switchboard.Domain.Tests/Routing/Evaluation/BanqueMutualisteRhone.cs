using Switchboard.Domain.Routing;
using static Switchboard.Domain.Routing.RoutingDecision;

namespace Switchboard.Domain.Tests.Routing.Evaluation;

/// <summary>
/// A French regional cooperative bank (branches, compliance, risk, actuarial, wealth management): French only, with
/// abbreviations and missing accents. Written by hand as a second hold-out after the Nordlys fixes; first-run figures in docs/ROUTING.md.
/// </summary>
internal static class BanqueMutualisteRhone
{
    /// <summary>Thursday 11 March 2027, 10:00 in Lyon.</summary>
    public const string DefaultAt = "2027-03-11T10:00:00+01:00";

    public static TestTenant Tenant() => new TestTenant()
        .Person("bk01", "Hélène Dumas", "Directrice générale", "Direction", skills: ["Stratégie bancaire:expert"])
        .Person("bk02", "François Royer", "Directeur des risques", "Risques", manager: "bk01", skills: ["Risque de crédit:expert", "Bâle III:expert"])
        .Person("bk03", "Aïcha Diallo", "Analyste risques", "Risques", manager: "bk02", skills: ["Modélisation du risque de crédit:advanced", "SAS:advanced", "Python:general"])
        .Person("bk04", "Grégoire Lefèvre", "Responsable conformité", "Conformité", manager: "bk01", skills: ["LCB-FT:expert:ask", "KYC:expert", "Sanctions internationales:advanced"])
        .Person("bk05", "Nadia Cherif", "Chargée de conformité", "Conformité", manager: "bk04", outOfOffice: "2027-03-10T00:00..2027-03-20T00:00", skills: ["KYC:advanced", "LCB-FT:advanced"])
        .Person("bk06", "Stéphane Morin", "Contrôleur de gestion", "Finance", manager: "bk01", skills: ["Contrôle de gestion:expert", "Excel:advanced"])
        .Person("bk07", "Isabelle Henry", "Comptable", "Finance", manager: "bk06", skills: ["Comptabilité bancaire:expert", "Rapprochement bancaire:advanced"])
        .Person("bk08", "Thomas Girard", "Responsable SI", "Informatique", manager: "bk01", skills: ["Architecture SI:expert", "Mainframe:advanced", "COBOL:advanced"])
        .Person("bk09", "Kevin Leroux", "Développeur", "Informatique", manager: "bk08", skills: ["Java:advanced", "Angular:advanced"])
        .Person("bk10", "Marion Faure", "Data scientist", "Data", manager: "bk08", skills: ["Machine learning:advanced", "Python:expert:ask", "Scoring:expert"])
        .Person("bk11", "Paul Mercier", "Technicien support", "Informatique", manager: "bk08", skills: ["Support utilisateurs:advanced"])
        .Person("bk12", "Sophie Blanc", "RSSI", "Informatique", manager: "bk08", skills: ["Sécurité informatique:expert", "ISO 27001:advanced", "Gestion de crise cyber:advanced"])
        .Person("bk13", "Julie Robin", "Juriste", "Juridique", manager: "bk01", skills: ["Droit bancaire:expert", "Droit des contrats:advanced", "RGPD:advanced"])
        .Person("bk14", "Olivier Caron", "Responsable RH", "Ressources humaines", manager: "bk01", skills: ["Droit du travail:expert", "Relations sociales:advanced"])
        .Person("bk15", "Céline Masson", "Gestionnaire paie", "Ressources humaines", manager: "bk14", skills: ["Paie:expert"])
        .Person("bk16", "Antoine Noel", "Chargé de recrutement", "Ressources humaines", manager: "bk14", skills: ["Recrutement:expert"])
        .Person("bk17", "Laure Picard", "Responsable marketing", "Marketing", manager: "bk01", skills: ["Marketing digital:advanced", "Réseaux sociaux:advanced"])
        .Person("bk18", "Damien Roche", "Conseiller patrimonial", "Banque privée", manager: "bk01", skills: ["Gestion de patrimoine:expert", "Assurance-vie:expert", "Fiscalité des particuliers:advanced"])
        .Person("bk19", "Claire Vidal", "Actuaire", "Assurance", manager: "bk02", enabled: false, skills: ["Actuariat:expert", "Solvabilité II:expert"])
        .Person("bk20", "Yannick Perrot", "Actuaire junior", "Assurance", manager: "bk02", skills: ["Actuariat:general", "Solvabilité II:advanced", "R:advanced"])
        .Person("bk21", "Emma Gautier", "Chargée d'affaires entreprises", "Entreprises", manager: "bk01", skills: ["Crédit aux entreprises:expert", "Analyse financière:expert"])
        .Person("bk22", "Louis Barbier", "Chargé d'affaires entreprises", "Entreprises", manager: "bk21", skills: ["Crédit aux entreprises:advanced", "Analyse financière:advanced"])
        .Person("bk23", "Sarah Lemoine", "Responsable services généraux", "Services généraux", manager: "bk01", responsibilities: ["Services généraux", "Agences : travaux et entretien"])
        .Person("bk24", "Hugo Marchand", "Responsable achats", "Achats", manager: "bk06", skills: ["Achats IT:advanced", "Négociation fournisseurs:advanced"])
        .Person("bk25", "Inès Bertrand", "Trésorière", "Finance", manager: "bk06", hours: "07:00-15:00", skills: ["Trésorerie:expert", "ALM:expert"])
        .Person("bk26", "Mathis Colin", "Stagiaire data", "Data", manager: "bk10", skills: ["Python:elem:learn"])
        .Team("dsi-support", "Support informatique", "Assistance utilisateurs : postes de travail, comptes, mots de passe, imprimantes, téléphonie, accès aux applications.", ["Général", "Demandes"], ["bk11"])
        .Team("rh", "Ressources Humaines", "Congés, paie, mutuelle, formation, attestations employeur.", ["Général", "Demandes"], ["bk14", "bk15", "bk16"])
        .Team("sg", "Services Généraux", "Badges, salles de réunion, travaux et entretien des agences et du siège, courrier, véhicules.", ["Général", "Demandes SG"], ["bk23"])
        .Team("compta", "Comptabilité fournisseurs", "Factures fournisseurs, notes de frais, paiements.", ["Général", "Demandes"], ["bk07"])
        .Team("conformite", "Conformité", "Alertes LCB-FT, déclarations de soupçon, questions KYC des agences.", ["Général", "Alertes"], ["bk04", "bk05"])
        .Team("cyber", "Cellule cyber", "Signalement des mails suspects, phishing, incidents de sécurité.", ["Général", "Signalements"], ["bk12"])
        .Team("cse", "CSE - loisirs", "Billetterie, sorties, voyages du CSE.", ["Général"])
        .Team("projet-appli", "Projet refonte appli mobile", "Projet de refonte de l'application mobile bancaire.", ["Général"], ["bk09"])
        .Team("data-communaute", "Communauté Data", "Communauté des utilisateurs data : partage et veille.", ["Général"], ["bk10"])
        .Load("bk21", 6, 6);

    public static IReadOnlyList<EvaluationCase> Cases { get; } =
    [
        new("bk22", "mon mdp a expiré et je n'arrive plus à me connecter", Group, "dsi-support"),
        new("bk18", "imprimante de l'agence de Villeurbanne en panne", Group, "dsi-support"),
        new("bk03", "je n'ai pas reçu mon bulletin de paie de fevrier", Group, "rh"),
        new("bk09", "combien de jours de RTT il me reste ?", Group, "rh"),
        new("bk21", "demande d'attestation employeur pour mon dossier de prêt immo", Group, "rh"),
        new("bk17", "note de frais salon Patrimonia pas remboursée", Group, "compta"),
        new("bk24", "facture fournisseur bloquée depuis 2 mois, le prestataire relance", Group, "compta"),
        new("bk18", "la clim ne marche plus dans l'agence de Bron", Group, "sg"),
        new("bk01", "réserver la salle du conseil pour le comité de mardi", Group, "sg"),
        new("bk13", "badge perdu hier soir", Group, "sg"),
        new("bk07", "j'ai cliqué sur un lien dans un mail bizarre qui demandait mes identifiants", Group, "cyber"),
        new("bk18", "Alerte : un client fait des dépôts d'espèces fractionnés, déclaration de soupçon ?", Group, "conformite"),
        new("bk22", "Question sur le KYC d'une SCI avec des associés étrangers", Group, "conformite"),
        new("bk02", "Besoin d'un avis sur le modele de scoring des PME", Person, "bk10"),
        new("bk01", "impact de Bale III sur nos fonds propres ?", Person, "bk02"),
        new("bk21", "analyse financière d'une PME pour un crédit de trésorerie", Person, "bk22"),
        new("bk02", "calcul du SCR pour le nouveau produit assurance-vie", Person, "bk20"),
        new("bk03", "script python qui plante sur un merge pandas", Person, "bk10"),
        new("bk07", "tableau croisé dynamique excel qui ne se met pas à jour", Person, "bk06"),
        new("bk09", "migration COBOL vers Java, qui connait le mainframe ?", Person, "bk08"),
        new("bk01", "campagne LinkedIn pour le lancement du livret vert", Person, "bk17"),
        new("bk22", "fiscalité d'une donation aux petits-enfants, abattements ?", Person, "bk18"),
        new("bk04", "clause de non-concurrence dans un contrat de partenariat, c'est valable ?", Person, "bk13"),
        new("bk16", "un salarié demande une rupture conventionnelle, quelle procédure ?", Group, "rh"),
        new("bk14", "recrutement de 3 conseillers clientèle pour l'agence de Lyon", Group, "rh"),
        new("bk08", "audit ISO 27001 le mois prochain, qui prépare les preuves ?", Person, "bk12"),
        new("bk11", "un ransomware a chiffré un partage réseau !!", Group, "cyber", Urgency.Critical),
        new("bk08", "appel d'offres pour renouveler les licences Microsoft, besoin d'aide pour négocier", Person, "bk24"),
        new("bk06", "prévision de trésorerie à 3 mois et gestion ALM", Person, "bk25"),
        new("bk06", "besoin urgent d'un avis ALM sur la couverture de taux", Person, "bk02", Urgency.Critical, "2027-03-11T16:30:00+01:00"),
        new("bk10", "qui peut m'expliquer les regles RGPD sur la durée de conservation des données clients ?", Person, "bk13"),
        new("bk22", "question droit bancaire sur le taux d'usure", Person, "bk13"),
        new("bk02", "besoin d'un expert R pour un modèle de mortalité", Person, "bk20"),
        new("bk05", "Nadia est absente, qui d'autre connait bien le KYC ?", Person, "bk04"),
        new("bk22", "les voyages du CSE sont ouverts à qui ?", Group, "rh"),
        new("bk09", "écran externe qui clignote", Group, "dsi-support"),
        new("bk12", "suspicion de fraude au président par téléphone ce matin", Group, "cyber"),
        new("bk22", "on peut souscrire une assurance-vie pour un mineur ?", Person, "bk18"),
        new("bk01", "qui s'occupe de la peinture de la façade de l'agence de Vienne ?", Group, "sg"),
        new("bk03", "je cherche quelqu'un qui parle japonais pour un client", None, null),
        new("bk01", "besoin d'une photo pro pour le site internet", Person, "bk17"),
        new("bk09", "accès à l'appli de crédit en recette, droits insuffisants", Group, "dsi-support"),
    ];
}
