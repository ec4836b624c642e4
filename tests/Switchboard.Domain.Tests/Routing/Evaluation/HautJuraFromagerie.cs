using Switchboard.Domain.Routing;
using static Switchboard.Domain.Routing.RoutingDecision;

namespace Switchboard.Domain.Tests.Routing.Evaluation;

/// <summary>
/// A French dairy cooperative (cheese making, ripening cellars, cold chain): French-speaking, small IT,
/// service teams for IT, HR, accounting, plant maintenance and general services. Written by hand for the evaluation.
/// </summary>
internal static class HautJuraFromagerie
{
    /// <summary>Tuesday 9 March 2027, mid-morning in France.</summary>
    public const string DefaultAt = "2027-03-09T10:00:00+01:00";

    public static TestTenant Tenant() => new TestTenant()
        .Person("fj01", "Mathilde Rocher", "Directrice générale", "Direction", skills: ["Stratégie:expert"])
        .Person("fj02", "Julien Vasseur", "Responsable production", "Production", manager: "fj01",
            skills: ["Lean manufacturing:advanced", "Planification de la production:advanced"], responsibilities: ["Atelier fabrication et conditionnement"])
        .Person("fj03", "Karima Benali", "Responsable qualité", "Qualité", manager: "fj01",
            skills: ["HACCP:expert:ask", "IFS Food:expert", "Audit interne:advanced"], responsibilities: ["Certification IFS"])
        .Person("fj04", "Thomas Gay", "Technicien qualité laboratoire", "Qualité", manager: "fj03",
            skills: ["Microbiologie:advanced", "Analyses de laboratoire:advanced"],
            aboutMe: "Je gère le labo d'analyses : listeria, salmonelles, flore totale, taux de matière grasse.")
        .Person("fj05", "Sophie Marchal", "Responsable maintenance", "Maintenance", manager: "fj02",
            skills: ["Maintenance préventive:expert", "GMAO:advanced", "Froid industriel:advanced"])
        .Person("fj06", "Lucas Perrin", "Technicien automaticien", "Maintenance", manager: "fj05",
            skills: ["Automates Schneider:expert:ask", "Supervision:advanced"], outOfOffice: "2027-03-08T00:00..2027-03-19T00:00")
        .Person("fj07", "Antoine Faure", "Électromécanicien", "Maintenance", manager: "fj05",
            skills: ["Automatisme:general", "Électricité industrielle:advanced", "Pneumatique:advanced"])
        .Person("fj08", "Nathalie Brun", "Responsable RH", "Ressources humaines", manager: "fj01",
            skills: ["Droit du travail:expert", "Recrutement:advanced"], responsibilities: ["Relations sociales"])
        .Person("fj09", "Camille Roux", "Gestionnaire paie", "Ressources humaines", manager: "fj08",
            skills: ["Paie:expert"], responsibilities: ["Paie et déclarations sociales"])
        .Person("fj10", "Éric Mollard", "Responsable administratif et financier", "Finance", manager: "fj01",
            skills: ["Comptabilité générale:expert", "Fiscalité:advanced", "Trésorerie:advanced"])
        .Person("fj11", "Laure Dubois", "Comptable", "Finance", manager: "fj10",
            skills: ["Comptabilité fournisseurs:advanced"], responsibilities: ["Notes de frais"])
        .Person("fj12", "Pierre Girod", "Contrôleur de gestion", "Finance", manager: "fj10",
            skills: ["Contrôle de gestion:expert", "Excel:expert:ask", "Power BI:advanced"])
        .Person("fj13", "Hugo Lambert", "Responsable informatique", "Informatique", manager: "fj10",
            skills: ["Réseaux:advanced", "Windows Server:advanced", "Sage X3:advanced"])
        .Person("fj14", "Inès Carvalho", "Technicienne support", "Informatique", manager: "fj13",
            skills: ["Support utilisateurs:advanced", "Office 365:advanced"])
        .Person("fj15", "Manon Chevalier", "Responsable commerciale France", "Commercial", manager: "fj01",
            skills: ["Grande distribution:expert", "Négociation commerciale:expert"])
        .Person("fj16", "David Morel", "Chargé export", "Commercial", language: "en-GB", manager: "fj15",
            skills: ["Export:advanced", "Incoterms:advanced", "Douane:general"])
        .Person("fj17", "Aurélie Petit", "Assistante ADV", "Commercial", manager: "fj15",
            responsibilities: ["Administration des ventes", "Saisie des commandes clients"])
        .Person("fj18", "Romain Baud", "Responsable logistique", "Logistique", manager: "fj02",
            skills: ["Gestion des stocks:advanced", "Transport frigorifique:expert", "WMS:general"])
        .Person("fj19", "Claire Jacquet", "Acheteuse", "Achats", manager: "fj10",
            skills: ["Achats emballages:expert", "Négociation fournisseurs:advanced"])
        .Person("fj20", "Benoît Vuillet", "Maître affineur", "Production", manager: "fj02",
            skills: ["Affinage:expert:ask", "Fabrication fromagère:expert"], aboutMe: "Affineur depuis 20 ans, caves de Comté et de Morbier.")
        .Person("fj21", "Sarah Cuenot", "Responsable marketing", "Marketing", manager: "fj01",
            skills: ["Marketing digital:advanced", "Réseaux sociaux:expert", "Packaging:general"])
        .Person("fj22", "Olivier Tissot", "Responsable HSE", "HSE", manager: "fj02",
            skills: ["Évaluation des risques:expert", "Environnement ICPE:advanced", "Traitement des eaux:advanced"])
        .Person("fj23", "Élise Bourgeois", "Juriste", "Juridique", manager: "fj01",
            skills: ["Droit des contrats:expert", "Propriété intellectuelle:advanced", "AOP:expert"])
        .Person("fj24", "Gaëlle Martin", "Cheffe de projet R&D", "R&D", manager: "fj01",
            skills: ["Formulation:advanced", "Développement de nouveaux produits:expert"])
        .Person("fj25", "Yann Berthet", "Ingénieur R&D", "R&D", manager: "fj24", enabled: false,
            skills: ["Microbiologie:expert", "Ferments lactiques:expert", "Formulation:expert"])
        .Person("fj26", "Marc Humbert", "Technicien maintenance de nuit", "Maintenance", manager: "fj05", hours: "21:00-05:00",
            skills: ["Froid industriel:expert", "Chaudières vapeur:advanced"])
        .Person("fj27", "Alice Gauthier", "Data analyst", "Finance", manager: "fj12",
            skills: ["Power BI:expert:ask", "SQL:advanced"])
        .Person("fj28", "Léo Simon", "Stagiaire RH", "Ressources humaines", manager: "fj08", skills: ["Paie:elem:learn"])
        .Person("fj29", "Fanny Lopez", "Assistante de direction", "Direction", manager: "fj01",
            responsibilities: ["Services généraux", "Badges et accueil", "Réservation des salles"])
        .Team("g-si", "Support informatique", "Demandes informatiques : mots de passe, comptes, postes, imprimantes, réseau, logiciels.", ["Général", "Demandes"], ["fj13", "fj14"])
        .Team("g-rh", "Service RH", "Ressources humaines : congés, paie, mutuelle, formations, contrats de travail.", ["Général", "Demandes RH"], ["fj08", "fj09"])
        .Team("g-compta", "Comptabilité", "Comptabilité : factures fournisseurs, notes de frais, paiements.", ["Général", "Demandes"], ["fj10", "fj11"])
        .Team("g-maint", "Maintenance usine", "Demandes d'intervention maintenance : pannes machines, froid, chaudières, bâtiments de production.", ["Général", "Interventions"], ["fj05", "fj06", "fj07", "fj26"])
        .Team("g-sg", "Services généraux", "Badges, accueil, salles de réunion, chauffage et entretien des bureaux, véhicules de service.", ["Général", "Demandes"], ["fj29"])
        .Team("g-qual", "Qualité", "Équipe qualité : HACCP, IFS, réclamations clients.", ["Général"], ["fj03", "fj04"])
        .Team("g-ski", "Afterwork & ski club", "Sorties ski, afterworks et soirées du personnel.", ["Général"])
        .Team("g-cave", "Projet nouvelle cave d'affinage", "Projet de construction de la nouvelle cave, suivi du chantier et des fournisseurs.", ["Général"])
        .PlainGroup("g-all", "Tous les salariés", "Annonces générales à tout le personnel.")
        .Load("fj27", 5, 5)
        .Load("fj12", 1, 5)
        .Load("fj06", 2, 5);

    public static IReadOnlyList<EvaluationCase> Cases { get; } =
    [
        new("fj20", "J'ai oublié mon mdp windows, je suis bloqué", Group, "g-si"),
        new("fj04", "l'imprimante du bureau qualité ne marche plus, bourrage en permanence", Group, "g-si"),
        new("fj07", "Bonjour, je n'ai pas reçu ma fiche de paie de février", Group, "g-rh"),
        new("fj18", "Quand est-ce que je peux poser mes congés d'été ? il faut faire une demande où ?", Group, "g-rh"),
        new("fj15", "note de frais du salon de Paris pas encore remboursée", Group, "g-compta"),
        new("fj21", "Qui peut m'aider sur un tableau croisé dynamique Excel qui plante mes calculs de marge ?", Person, "fj12"),
        new("fj02", "Besoin d'un avis sur le plan HACCP pour la nouvelle ligne de conditionnement", Person, "fj03"),
        new("fj20", "On a une suspicion de listeria sur un lot de Morbier, qui peut lancer les analyses en urgence ?", Person, "fj04", Urgency.Critical),
        new("fj02", "L'automate de la ligne de moulage est en défaut, personne ne comprend l'alarme", Person, "fj07", Urgency.High),
        new("fj20", "La chambre froide 3 ne refroidit plus, il fait 12°C dedans !", Group, "g-maint", Urgency.High),
        new("fj02", "Comment déclarer un accident du travail ? Un opérateur s'est coupé à la main", Person, "fj22"),
        new("fj18", "Mon badge ne fonctionne plus pour ouvrir la porte du quai", Group, "g-sg"),
        new("fj15", "Pouvez-vous réserver la grande salle de réunion jeudi pour un client ?", Group, "g-sg"),
        new("fj02", "Question sur la convention collective pour le travail le dimanche des affineurs", Person, "fj08"),
        new("fj15", "Besoin de relire un contrat de distribution avec une enseigne belge", Person, "fj23"),
        new("fj21", "Peut-on utiliser la mention AOP Comté sur le nouveau packaging ?", Person, "fj23"),
        new("fj15", "export vers le Japon: quels incoterms et quels documents douane ?", Person, "fj16"),
        new("fj16", "The VPN won't connect from the hotel wifi", Group, "g-si"),
        new("fj17", "Qui gère les transports frigorifiques vers les plateformes Carrefour ? on a un retard de livraison", Person, "fj18"),
        new("fj02", "Besoin d'un dashboard Power BI pour suivre les rendements fromagers", Person, "fj12"),
        new("fj18", "Quelle est la procédure pour commander des palettes de cartons d'emballage ?", Person, "fj19"),
        new("fj20", "Le fournisseur de ferments augmente ses prix de 12%, qui peut négocier ?", Person, "fj19"),
        new("fj16", "Le taux de TVA sur les ventes export hors UE, c'est 0% ?", Person, "fj10"),
        new("fj12", "Problème de tréso prévu en avril, besoin d'anticiper avec la banque", Person, "fj10"),
        new("fj15", "qui s'occupe de la campagne Instagram pour le salon de l'agriculture ?", Person, "fj21"),
        new("fj02", "Recrutement d'un fromager pour l'été : comment publier l'annonce ?", Group, "g-rh"),
        new("fj18", "Je voudrais m'inscrire à une formation CACES chariot élévateur", Group, "g-rh"),
        new("fj07", "Fuite d'eau dans les vestiaires hommes", Group, "g-sg"),
        new("fj20", "Le compresseur d'air de l'atelier fait un bruit anormal", Group, "g-maint"),
        new("fj05", "Qui connait bien la programmation des automates Schneider ? Lucas est absent", Person, "fj07"),
        new("fj11", "Mise à jour de Sage X3, quelqu'un peut m'expliquer la nouvelle saisie des écritures ?", Person, "fj13"),
        new("fj02", "Comment faire une analyse de risques pour le nouveau poste de découpe ?", Person, "fj22"),
        new("fj01", "Rejets d'eaux blanches de la fromagerie : on dépasse les seuils, besoin d'un expert", Person, "fj22"),
        new("fj26", "Je souhaite faire un point sur ma mutuelle, j'ai changé de situation familiale", Group, "g-rh"),
        new("fj02", "Audit IFS dans 3 semaines, qui peut m'aider à préparer ?", Person, "fj03"),
        new("fj02", "La chaudière vapeur a déclenché cette nuit, quelqu'un peut passer ?", Group, "g-maint", Urgency.High),
        new("fj15", "Qui peut m'expliquer le calcul du coût de revient d'une meule de Comté ?", Person, "fj12"),
        new("fj17", "Bonjour, mon écran reste noir au démarrage du PC", Group, "g-si"),
        new("fj20", "Le stock de ferments en chambre froide ne correspond pas à l'inventaire informatique", Person, "fj18"),
        new("fj01", "Comment améliorer le TRS de la ligne de conditionnement ? on perd beaucoup aux changements de format", Person, "fj02"),
        new("fj11", "J'ai reçu un mail bizarre qui me demande mes identifiants bancaires, c'est du phishing ?", Group, "g-si"),
        new("fj28", "Besoin d'aide pour la DSN du mois, erreur sur la paie d'un salarié", Group, "g-rh"),
        new("fj02", "Question sur l'affinage : croûte qui colle sur les Morbier en cave 2", Person, "fj20"),
        new("fj21", "Comment déposer la marque de notre nouvelle tomme ?", Person, "fj23"),
        new("fj15", "Nouvelle recette de yaourt aux myrtilles, qui peut travailler la formulation ?", Person, "fj24"),
        new("fj17", "Qui peut m'expliquer le planning de production de la semaine prochaine ?", Person, "fj02"),
        new("fj07", "ma demande de congé n'apparait pas dans le logiciel", Group, "g-rh"),
        new("fj01", "Je cherche quelqu'un pour tourner une vidéo de présentation de la fromagerie", Person, "fj21"),
        new("fj21", "Est-ce que quelqu'un sait piloter un drone pour des photos aériennes ?", None, null),
        new("fj04", "Le chauffe-eau de la salle de pause ne chauffe plus", Group, "g-sg"),
        new("fj20", "Besoin d'un expert froid industriel tout de suite, le groupe froid s'est arrêté", Person, "fj26", Urgency.Critical, "2027-03-09T22:30:00+01:00"),
        new("fj09", "Besoin d'aide sur la paie d'un saisonnier, calcul des congés payés", Group, "g-rh"),
    ];
}
