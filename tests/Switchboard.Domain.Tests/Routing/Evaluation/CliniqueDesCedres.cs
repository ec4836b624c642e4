using Switchboard.Domain.Routing;
using static Switchboard.Domain.Routing.RoutingDecision;

namespace Switchboard.Domain.Tests.Routing.Evaluation;

/// <summary>
/// A private hospital (care units, pharmacy, biomedical engineering, medical records): French, hospital jargon, night shifts.
/// Written by hand as a sixth hold-out after the retail fixes; first-run figures in docs/ROUTING.md.
/// </summary>
internal static class CliniqueDesCedres
{
    /// <summary>Wednesday 24 March 2027, 14:00 in Toulouse.</summary>
    public const string DefaultAt = "2027-03-24T14:00:00+01:00";

    public static TestTenant Tenant() => new TestTenant()
        .Person("cc01", "Dr Anne Vidal", "Directrice médicale", "Direction", skills: ["Gouvernance clinique:expert"])
        .Person("cc02", "Marc Olivier", "Directeur administratif", "Direction", manager: "cc01", skills: ["Gestion hospitalière:expert", "Finances hospitalières:advanced"])
        .Person("cc03", "Sylvie Rey", "Cadre de santé chirurgie", "Soins", manager: "cc01", skills: ["Organisation des soins:expert", "Planning infirmier:expert"])
        .Person("cc04", "Julien Ferrer", "Infirmier de nuit", "Soins", manager: "cc03", hours: "20:00-08:00", skills: ["Soins intensifs:advanced", "Perfusions:advanced"])
        .Person("cc05", "Dr Karim Slimani", "Médecin hygiéniste", "Qualité", manager: "cc01", skills: ["Hygiène hospitalière:expert:ask", "Infections nosocomiales:expert"])
        .Person("cc06", "Élodie Garcia", "Pharmacienne", "Pharmacie", manager: "cc01", skills: ["Pharmacie hospitalière:expert", "Circuit du médicament:expert", "Stupéfiants:advanced"])
        .Person("cc07", "Nicolas Bertin", "Préparateur en pharmacie", "Pharmacie", manager: "cc06", skills: ["Gestion des stocks pharmacie:advanced"])
        .Person("cc08", "Hélène Marchand", "Ingénieure biomédicale", "Biomédical", manager: "cc02", outOfOffice: "2027-03-22T00:00..2027-03-29T00:00", skills: ["Équipements biomédicaux:expert", "Maintenance des dispositifs médicaux:expert"])
        .Person("cc09", "Théo Lopez", "Technicien biomédical", "Biomédical", manager: "cc08", skills: ["Maintenance des dispositifs médicaux:advanced", "Pousse-seringues:advanced"])
        .Person("cc10", "Camille Roux", "Responsable qualité", "Qualité", manager: "cc01", skills: ["Certification HAS:expert", "Gestion des risques:expert", "Événements indésirables:advanced"])
        .Person("cc11", "Laurent Picard", "DSI", "Informatique", manager: "cc02", skills: ["Dossier patient informatisé:expert", "Interopérabilité HL7:advanced"])
        .Person("cc12", "Inès Bouvier", "Technicienne informatique", "Informatique", manager: "cc11", skills: ["Support utilisateurs:advanced"])
        .Person("cc13", "Paul Mercier", "Responsable RH", "RH", manager: "cc02", skills: ["Droit du travail:expert", "Gestion des plannings:advanced"])
        .Person("cc14", "Sarah Benoit", "Gestionnaire paie", "RH", manager: "cc13", skills: ["Paie:expert"])
        .Person("cc15", "Dr Luc Fabre", "Anesthésiste", "Bloc opératoire", manager: "cc01", presence: "DoNotDisturb", skills: ["Anesthésie:expert", "Douleur post-opératoire:expert"])
        .Person("cc16", "Dr Emma Leroy", "Anesthésiste", "Bloc opératoire", manager: "cc01", skills: ["Anesthésie:advanced", "Anesthésie pédiatrique:expert"])
        .Person("cc17", "Chantal Morel", "Responsable DIM", "DIM", manager: "cc02", skills: ["Codage PMSI:expert:ask", "T2A:expert"])
        .Person("cc18", "Antoine Girard", "Juriste", "Juridique", manager: "cc02", skills: ["Droit de la santé:expert", "Responsabilité médicale:advanced", "RGPD:advanced"])
        .Person("cc19", "Lucie Fontaine", "Diététicienne", "Soins", manager: "cc03", skills: ["Nutrition clinique:expert"])
        .Person("cc20", "Rémi Carpentier", "Responsable logistique", "Logistique", manager: "cc02", skills: ["Achats hospitaliers:advanced", "Stérilisation:general"])
        .Person("cc21", "Maud Perrin", "Responsable stérilisation", "Stérilisation", manager: "cc10", enabled: false, skills: ["Stérilisation:expert", "Bonnes pratiques de pharmacie:advanced"])
        .Person("cc22", "Yasmine Amrani", "Psychologue", "Soins", manager: "cc03", skills: ["Soutien psychologique:expert", "Prévention des risques psychosociaux:advanced"])
        .Person("cc23", "Bruno Lefort", "Responsable sécurité", "Services techniques", manager: "cc02", skills: ["Sécurité incendie:expert", "Gestion des accès:advanced"])
        .Person("cc24", "Agnès Dupuis", "Assistante de direction", "Direction", manager: "cc02", responsibilities: ["Accueil", "Réservation des salles", "Courrier"])
        .Person("cc25", "Dr Paul Nguyen", "Cardiologue", "Cardiologie", manager: "cc01", skills: ["Cardiologie:expert", "Échocardiographie:expert"])
        .Team("si", "Support informatique", "Postes, comptes, mots de passe, imprimantes, accès au dossier patient, téléphonie.", ["Général", "Demandes"], ["cc11", "cc12"])
        .Team("rh", "Ressources humaines", "Paie, congés, plannings, formations, médecine du travail.", ["Général", "Demandes RH"], ["cc13", "cc14"])
        .Team("biomed", "Biomédical", "Pannes et maintenance des équipements biomédicaux : pousse-seringues, moniteurs, respirateurs.", ["Général", "Interventions"], ["cc08", "cc09"])
        .Team("services-techniques", "Services techniques", "Bâtiment, chauffage, climatisation, plomberie, ascenseurs, sécurité incendie.", ["Général", "Demandes"], ["cc23"])
        .Team("pharmacie", "Pharmacie", "Commandes de médicaments et dispositifs médicaux, ruptures, retours.", ["Général", "Commandes"], ["cc06", "cc07"])
        .Team("amicale", "Amicale du personnel", "Sorties, chorale et fête de fin d'année.", ["Général"])
        .Load("cc06", 1, 4)
        .Load("cc16", 3, 3);

    public static IReadOnlyList<EvaluationCase> Cases { get; } =
    [
        new("cc04", "je n'arrive plus à me connecter au dossier patient", Group, "si"),
        new("cc03", "l'imprimante du service de chirurgie affiche bourrage papier", Group, "si"),
        new("cc19", "mon mot de passe a expiré", Group, "si"),
        new("cc04", "erreur sur ma fiche de paie, les heures de nuit ne sont pas comptées", Group, "rh"),
        new("cc22", "je voudrais poser une semaine de congés en mai", Group, "rh"),
        new("cc03", "le pousse-seringue de la chambre 12 affiche une alarme occlusion", Group, "biomed", Urgency.High),
        new("cc04", "le moniteur de la salle de réveil ne s'allume plus", Group, "biomed", Urgency.High),
        new("cc03", "fuite d'eau au plafond du couloir de chirurgie", Group, "services-techniques"),
        new("cc19", "l'ascenseur côté consultations est bloqué", Group, "services-techniques"),
        new("cc03", "rupture de stock d'un antibiotique, besoin d'une commande urgente", Group, "pharmacie", Urgency.High),
        new("cc04", "question sur la dilution d'un médicament en perfusion", Person, "cc06"),
        new("cc03", "un patient a une infection du site opératoire, besoin d'un avis hygiène", Person, "cc05"),
        new("cc03", "déclaration d'un événement indésirable grave, qui accompagne ?", Person, "cc10"),
        new("cc01", "préparation de la visite de certification HAS", Person, "cc10"),
        new("cc02", "codage PMSI d'un séjour complexe, qui peut vérifier ?", Person, "cc17"),
        new("cc03", "besoin d'un avis anesthésie pour un enfant de 4 ans", Person, "cc15"),
        new("cc03", "plan de nutrition pour un patient dénutri", Person, "cc19"),
        new("cc01", "un patient demande l'accès à son dossier médical, quelle procédure ?", Person, "cc18"),
        new("cc03", "une famille menace de porter plainte après une complication", Person, "cc18"),
        new("cc03", "une infirmière en épuisement professionnel, qui peut la voir ?", Person, "cc22"),
        new("cc02", "exercice d'évacuation incendie à organiser", Person, "cc23"),
        new("cc04", "le planning infirmier de juillet n'est pas bouclé", Person, "cc03"),
        new("cc02", "interface HL7 entre le labo et le DPI en erreur", Person, "cc11"),
        new("cc01", "problème de stérilisation sur une boîte d'instruments", Person, "cc20"),
        new("cc02", "échographie cardiaque à interpréter pour un patient de chirurgie", Person, "cc25"),
        new("cc03", "besoin d'un avis sur la douleur post-opératoire d'un patient", Person, "cc15"),
        new("cc07", "négocier les prix des gants avec le fournisseur", Person, "cc20"),
        new("cc12", "réserver la salle de réunion du 3e pour le CME", Person, "cc24"),
        new("cc04", "j'ai perdu mon badge du parking", Person, "cc23"),
        new("cc03", "budget de l'année prochaine pour le bloc opératoire", Person, "cc02"),
        new("cc03", "visite médicale du travail pour une nouvelle recrue", Group, "rh"),
        new("cc19", "le chauffage ne marche pas dans le bureau des diététiciennes", Group, "services-techniques"),
        new("cc04", "respirateur en panne en réanimation, urgent", Group, "biomed", Urgency.Critical),
        new("cc03", "stupéfiants : écart dans le registre du service", Person, "cc06"),
        new("cc02", "RGPD : peut-on envoyer des résultats par mail aux patients ?", Person, "cc18"),
        new("cc01", "qui parle arabe pour traduire avec une famille ?", None, null),
        new("cc03", "maintenance préventive des pousse-seringues, quand est-elle prévue ?", Group, "biomed"),
        new("cc22", "demande de formation sur la gestion de l'agressivité", Group, "rh"),
        new("cc04", "mail suspect reçu avec une pièce jointe bizarre", Group, "si"),
        new("cc02", "tarification T2A d'un nouveau GHM", Person, "cc17"),
        new("cc03", "commande de dispositifs médicaux pour le bloc", Group, "pharmacie"),
    ];
}
