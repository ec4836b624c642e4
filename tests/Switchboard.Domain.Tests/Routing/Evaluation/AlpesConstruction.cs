using Switchboard.Domain.Routing;
using static Switchboard.Domain.Routing.RoutingDecision;

namespace Switchboard.Domain.Tests.Routing.Evaluation;

/// <summary>
/// A French building contractor (sites, design office, plant hire, temporary staff): French with site jargon and typos.
/// Written by hand as a third hold-out after the bank fixes; first-run figures in docs/ROUTING.md.
/// </summary>
internal static class AlpesConstruction
{
    /// <summary>Monday 15 March 2027, 09:30 in Grenoble.</summary>
    public const string DefaultAt = "2027-03-15T09:30:00+01:00";

    public static TestTenant Tenant() => new TestTenant()
        .Person("ac01", "Bernard Gilles", "Président", "Direction", skills: ["Développement commercial:expert"])
        .Person("ac02", "Valérie Chabert", "Directrice travaux", "Travaux", manager: "ac01", skills: ["Gestion de chantier:expert", "Planification travaux:expert"])
        .Person("ac03", "Rémi Fontaine", "Conducteur de travaux", "Travaux", manager: "ac02", skills: ["Gros œuvre:expert", "Coffrage:advanced", "Béton armé:advanced"])
        .Person("ac04", "Samia Khelifi", "Conductrice de travaux", "Travaux", manager: "ac02", skills: ["Second œuvre:advanced", "Réhabilitation:advanced"])
        .Person("ac05", "Jérôme Baud", "Chef de chantier", "Travaux", manager: "ac03", hours: "07:00-16:00", skills: ["Gros œuvre:advanced", "Lecture de plans:advanced"])
        .Person("ac06", "Aurélien Petitjean", "Ingénieur structure", "Bureau d'études", manager: "ac01", skills: ["Calcul de structures:expert:ask", "Eurocodes:expert", "Robot Structural Analysis:advanced"])
        .Person("ac07", "Lina Moreau", "Projeteuse BIM", "Bureau d'études", manager: "ac06", skills: ["Revit:expert", "BIM:expert", "AutoCAD:advanced"])
        .Person("ac08", "Denis Guérin", "Ingénieur fluides", "Bureau d'études", manager: "ac06", outOfOffice: "2027-03-12T00:00..2027-03-22T00:00", skills: ["CVC:expert", "Thermique du bâtiment:expert", "RE2020:expert"])
        .Person("ac09", "Fabien Roux", "Technicien fluides", "Bureau d'études", manager: "ac08", skills: ["CVC:general", "Plomberie:advanced"])
        .Person("ac10", "Corinne Vial", "Économiste de la construction", "Bureau d'études", manager: "ac06", skills: ["Métrés:expert", "Chiffrage:expert", "Appels d'offres:advanced"])
        .Person("ac11", "Nicolas Brun", "Responsable QSE", "QSE", manager: "ac01", skills: ["Sécurité chantier:expert:ask", "ISO 45001:advanced", "Plan de prévention:expert"])
        .Person("ac12", "Élise Garnier", "Animatrice sécurité", "QSE", manager: "ac11", skills: ["Formation sécurité:advanced", "Travail en hauteur:advanced"])
        .Person("ac13", "Marc Teyssier", "Responsable matériel", "Matériel", manager: "ac02", skills: ["Location d'engins:expert", "Maintenance engins:advanced", "Grues:advanced"])
        .Person("ac14", "Julie Perrin", "Acheteuse", "Achats", manager: "ac17", skills: ["Achats matériaux:expert", "Négociation fournisseurs:advanced"])
        .Person("ac15", "Yves Bonnet", "Responsable RH", "RH", manager: "ac01", skills: ["Droit du travail:expert", "Intérim:advanced"])
        .Person("ac16", "Nathalie Joly", "Gestionnaire paie", "RH", manager: "ac15", skills: ["Paie BTP:expert", "Congés intempéries:advanced"])
        .Person("ac17", "Philippe Arnaud", "Directeur administratif et financier", "Finance", manager: "ac01", skills: ["Comptabilité:expert", "Trésorerie:advanced", "Assurances construction:advanced"])
        .Person("ac18", "Sandra Michel", "Comptable", "Finance", manager: "ac17", skills: ["Comptabilité fournisseurs:advanced", "Situations de travaux:advanced"])
        .Person("ac19", "Kevin Martin", "Technicien informatique", "Informatique", manager: "ac17", skills: ["Support utilisateurs:advanced", "Réseaux:general"])
        .Person("ac20", "Audrey Lacroix", "Juriste", "Juridique", manager: "ac01", skills: ["Marchés publics:expert", "Droit de la construction:expert", "Sous-traitance:advanced"])
        .Person("ac21", "Thierry Mallet", "Géomètre", "Travaux", manager: "ac02", skills: ["Topographie:expert", "Implantation:expert"])
        .Person("ac22", "Hugo Delmas", "Ingénieur méthodes", "Méthodes", manager: "ac02", enabled: false, skills: ["Méthodes:expert", "Planification travaux:advanced", "Coffrage:expert"])
        .Person("ac23", "Laura Faure", "Chargée de communication", "Communication", manager: "ac01", skills: ["Communication:advanced", "Photo de chantier:advanced"])
        .Person("ac24", "Olivier Sanchez", "Responsable environnement", "QSE", manager: "ac11", skills: ["Gestion des déchets de chantier:expert", "Amiante:expert"])
        .Person("ac25", "Christophe Lamy", "Chef d'équipe électricité", "Travaux", manager: "ac04", presence: "DoNotDisturb", skills: ["Électricité bâtiment:expert", "Habilitation électrique:advanced"])
        .Person("ac26", "Manon Giraud", "Assistante de direction", "Direction", manager: "ac01", responsibilities: ["Accueil et standard", "Véhicules de service", "Réservation des salles"])
        .Team("it", "Support informatique", "Problèmes de PC, tablettes de chantier, comptes, mots de passe, imprimantes et téléphones.", ["Général", "Demandes"], ["ac19"])
        .Team("rh", "RH & Paie", "Paie, congés, intempéries, intérim, mutuelle BTP, formations obligatoires.", ["Général", "Demandes RH"], ["ac15", "ac16"])
        .Team("compta", "Comptabilité", "Factures fournisseurs, notes de frais, situations de travaux et paiements.", ["Général", "Demandes"], ["ac17", "ac18"])
        .Team("materiel", "Parc matériel", "Réservation et location d'engins, pannes de matériel de chantier, transport d'engins.", ["Général", "Réservations"], ["ac13"])
        .Team("accueil", "Accueil & moyens généraux", "Badges, salles de réunion, véhicules de service, courrier, fournitures de bureau.", ["Général", "Demandes"], ["ac26"])
        .Team("foot", "Foot du jeudi", "Match de foot entre collègues le jeudi soir.", ["Général"])
        .Team("projet-hopital", "Projet Hôpital Nord", "Équipe projet pour la construction de l'hôpital Nord.", ["Général"], ["ac03", "ac06"])
        .Load("ac06", 1, 4)
        .Load("ac07", 4, 4);

    public static IReadOnlyList<EvaluationCase> Cases { get; } =
    [
        new("ac05", "ma tablette de chantier ne s'allume plus", Group, "it"),
        new("ac03", "mot de passe oublié pour l'applli de pointage", Group, "it"),
        new("ac12", "l'imprimante du bureau de Voiron fait des traces", Group, "it"),
        new("ac05", "Je n'ai pas eu ma fiche de paie de février", Group, "rh"),
        new("ac21", "comment déclarer des jours d'intempéries la semaine dernière ?", Group, "rh"),
        new("ac03", "besoin de 4 intérimaires coffreurs pour lundi", Group, "rh"),
        new("ac04", "note de frais pour l'hôtel à Chambéry", Group, "compta"),
        new("ac14", "le fournisseur de béton n'a pas été payé, il menace de suspendre les livraisons", Group, "compta"),
        new("ac03", "réserver une mini-pelle pour le chantier de Meylan la semaine prochaine", Group, "materiel"),
        new("ac05", "la grue du chantier Europole est en panne", Group, "materiel", Urgency.High),
        new("ac23", "réserver la salle de réunion du 2e pour jeudi", Group, "accueil"),
        new("ac09", "j'ai perdu mon badge d'accès au siège", Group, "accueil"),
        new("ac02", "besoin d'un calcul de poutre pour une trémie imprévue", Person, "ac06"),
        new("ac03", "vérification d'un ferraillage selon l'Eurocode 2", Person, "ac06"),
        new("ac02", "la maquette revit du lot gros oeuvre est à jour ?", Person, "ac03"),
        new("ac04", "dimensionnement de la clim pour les bureaux, qui peut regarder ?", Person, "ac09"),
        new("ac01", "étude thermique RE2020 pour le permis de construire", Person, "ac09"),
        new("ac02", "chiffrage des métrés pour l'appel d'offres de la mairie", Person, "ac10"),
        new("ac03", "plan de prévention pour une intervention en co-activité", Person, "ac11"),
        new("ac05", "qui forme les gars au travail en hauteur ?", Person, "ac12"),
        new("ac04", "découverte d'amiante dans les faux plafonds, quelle procédure ?", Person, "ac24"),
        new("ac03", "où jeter les gravats et déchets de plâtre du chantier ?", Person, "ac24"),
        new("ac02", "implantation du bâtiment B à refaire, besoin d'un géomètre", Person, "ac21"),
        new("ac14", "négocier le prix de l'acier avec les fournisseurs, qui a de l'expérience ?", Person, "ac10"),
        new("ac03", "commande de 200 sacs de ciment pour le chantier", Person, "ac14"),
        new("ac02", "un sous-traitant ne respecte pas les délais, quels recours ?", Person, "ac20"),
        new("ac01", "réponse à un marché public, analyse du DCE et du CCAP", Person, "ac20"),
        new("ac16", "un compagnon conteste son licenciement pour faute grave", Person, "ac15"),
        new("ac02", "assurance décennale pour le nouveau chantier, qui gère ?", Person, "ac17"),
        new("ac17", "facture de situation n°4 du lot plomberie à valider", Group, "compta"),
        new("ac04", "coffrage d'un voile courbe, quelqu'un a une méthode ?", Person, "ac03"),
        new("ac26", "qui peut prendre des photos du chantier pour le site web ?", Person, "ac23"),
        new("ac02", "tableau électrique provisoire du chantier non conforme, urgent", Person, "ac25", Urgency.Normal),
        new("ac02", "planning de la phase gros oeuvre du lot B à revoir", Person, "ac02"),
        new("ac09", "le vpn ne marche pas depuis le bungalow de chantier", Group, "it"),
        new("ac12", "ma mutuelle ne rembourse pas mes lunettes", Group, "rh"),
        new("ac19", "besoin d'un expert en drones pour la topo", Person, "ac21"),
        new("ac05", "qui parle portugais pour traduire les consignes aux compagnons ?", None, null),
        new("ac04", "réhabilitation d'un immeuble ancien, renforcement des planchers bois", Person, "ac06"),
        new("ac03", "besoin de l'avis d'un spécialiste CVC, Denis est absent", Person, "ac09"),
        new("ac01", "le site web de l'entreprise affiche une erreur", None, null),
    ];
}
