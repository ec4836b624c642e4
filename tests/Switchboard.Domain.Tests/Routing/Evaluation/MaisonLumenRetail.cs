using Switchboard.Domain.Routing;
using static Switchboard.Domain.Routing.RoutingDecision;

namespace Switchboard.Domain.Tests.Routing.Evaluation;

/// <summary>
/// A home-furnishing retail chain (stores in France and Belgium, e-shop, a distribution centre): French and some English,
/// store slang. Written by hand as a fifth hold-out after the SaaS fixes; first-run figures in docs/ROUTING.md.
/// </summary>
internal static class MaisonLumenRetail
{
    /// <summary>Friday 19 March 2027, 11:00 in Paris.</summary>
    public const string DefaultAt = "2027-03-19T11:00:00+01:00";

    public static TestTenant Tenant() => new TestTenant()
        .Person("ml01", "Caroline Besson", "Directrice générale", "Direction", skills: ["Retail strategy:expert"])
        .Person("ml02", "Yannick Lebrun", "Directeur des magasins", "Réseau", manager: "ml01", skills: ["Gestion de magasin:expert", "Management d'équipe:expert"])
        .Person("ml03", "Fatou Ndiaye", "Responsable de magasin Lille", "Réseau", manager: "ml02", hours: "09:30-19:30", skills: ["Gestion de magasin:advanced", "Merchandising:advanced"])
        .Person("ml04", "Pierre Lemoine", "Responsable de magasin Bruxelles", "Réseau", language: "fr-BE", manager: "ml02", hours: "09:30-19:30", skills: ["Gestion de magasin:advanced", "Inventaire magasin:advanced"])
        .Person("ml05", "Inès Barbier", "Visual merchandiser", "Marketing", manager: "ml10", skills: ["Visual merchandising:expert:ask", "Vitrines:expert"])
        .Person("ml06", "Hugo Vasseur", "Acheteur mobilier", "Achats", manager: "ml07", skills: ["Sourcing Asie:expert", "Négociation fournisseurs:expert"])
        .Person("ml07", "Sandrine Poulain", "Directrice achats", "Achats", manager: "ml01", skills: ["Category management:expert", "Négociation fournisseurs:advanced"])
        .Person("ml08", "Kevin Da Silva", "Responsable entrepôt", "Logistique", manager: "ml09", hours: "06:00-14:00", skills: ["WMS:expert", "Préparation de commandes:expert"])
        .Person("ml09", "Aurélie Chevalier", "Directrice supply chain", "Logistique", manager: "ml01", skills: ["Approvisionnement magasins:expert", "Prévision de la demande:advanced"])
        .Person("ml10", "Julien Morel", "Directeur marketing", "Marketing", manager: "ml01", skills: ["Marketing omnicanal:expert", "Programme de fidélité:advanced"])
        .Person("ml11", "Clara Fontaine", "Chargée e-commerce", "E-commerce", manager: "ml10", skills: ["Shopify:expert:ask", "SEO:advanced", "Google Ads:advanced"])
        .Person("ml12", "Mehdi Saidi", "Développeur e-commerce", "E-commerce", manager: "ml11", skills: ["Shopify Liquid:expert", "JavaScript:advanced"])
        .Person("ml13", "Élodie Renard", "Responsable service client", "Service client", manager: "ml01", skills: ["Relation client:expert", "Zendesk:advanced"])
        .Person("ml14", "Thomas Meyer", "Conseiller service client", "Service client", language: "de-DE", manager: "ml13", skills: ["Relation client:advanced", "Allemand:expert"])
        .Person("ml15", "Nadia Haddad", "Responsable RH", "RH", manager: "ml01", skills: ["Droit du travail:expert", "Relations sociales:advanced"])
        .Person("ml16", "Sophie Carré", "Chargée de paie", "RH", manager: "ml15", skills: ["Paie:expert", "Planning des vendeurs:advanced"])
        .Person("ml17", "Lucas Girard", "Contrôleur de gestion", "Finance", manager: "ml18", skills: ["Contrôle de gestion:expert", "Power BI:advanced", "Analyse des marges:expert"])
        .Person("ml18", "Bénédicte Roussel", "DAF", "Finance", manager: "ml01", skills: ["Comptabilité:expert", "Trésorerie:advanced"])
        .Person("ml19", "Antoine Perrin", "Technicien informatique", "Informatique", manager: "ml18", skills: ["Caisses enregistreuses:expert", "Support magasins:advanced"])
        .Person("ml20", "Laura Petit", "Juriste", "Juridique", manager: "ml01", skills: ["Droit de la consommation:expert", "Baux commerciaux:expert"])
        .Person("ml21", "Romain Faure", "Responsable prévention des pertes", "Sûreté", manager: "ml02", skills: ["Prévention des pertes:expert", "Vidéosurveillance:advanced"])
        .Person("ml22", "Chloé Martin", "Cheffe de produit textile", "Produit", manager: "ml07", outOfOffice: "2027-03-15T00:00..2027-03-26T00:00", skills: ["Textile:expert", "Contrôle qualité produit:advanced"])
        .Person("ml23", "Baptiste Leroy", "Ingénieur qualité produit", "Produit", manager: "ml07", skills: ["Contrôle qualité produit:expert", "Normes meubles:expert", "Textile:general"])
        .Person("ml24", "Amandine Gros", "Architecte d'intérieur", "Concept", manager: "ml10", enabled: false, skills: ["Aménagement magasin:expert", "AutoCAD:advanced"])
        .Person("ml25", "Victor Collin", "Chargé de travaux magasins", "Concept", manager: "ml02", skills: ["Travaux magasins:expert", "Aménagement magasin:advanced"])
        .Person("ml26", "Jade Lambert", "Data analyst", "Finance", manager: "ml17", presence: "DoNotDisturb", skills: ["SQL:expert", "Python:advanced", "Analyse des ventes:expert"])
        .Team("it-magasins", "Support informatique magasins", "Caisses, TPE, terminaux de paiement, PC, imprimantes, comptes et mots de passe des magasins et du siège.", ["Général", "Tickets"], ["ml19"])
        .Team("rh", "RH & Paie", "Paie, congés, plannings, mutuelle, contrats saisonniers, formations.", ["Général", "Demandes RH"], ["ml15", "ml16"])
        .Team("finance", "Comptabilité", "Factures fournisseurs, notes de frais, paiements, fonds de caisse.", ["Général", "Demandes"], ["ml18"])
        .Team("travaux", "Travaux & maintenance magasins", "Pannes et entretien des magasins : éclairage, climatisation, portes automatiques, sols.", ["Général", "Interventions"], ["ml25"])
        .Team("service-client", "Service client", "Réclamations clients, retours, SAV et livraisons à domicile.", ["Général", "Escalades"], ["ml13", "ml14"])
        .Team("la-fete", "Comité des fêtes", "Soirées, galette des rois et afterworks.", ["Général"])
        .Team("projet-caisse", "Projet nouvelles caisses", "Projet de déploiement du nouveau logiciel de caisse.", ["Général"], ["ml19"])
        .Load("ml11", 5, 5)
        .Load("ml06", 2, 5);

    public static IReadOnlyList<EvaluationCase> Cases { get; } =
    [
        new("ml03", "la caisse 2 est bloquée, impossible d'encaisser", Group, "it-magasins", Urgency.High),
        new("ml04", "le TPE n'accepte plus les cartes sans contact", Group, "it-magasins"),
        new("ml16", "j'ai oublié mon mot de passe", Group, "it-magasins"),
        new("ml03", "un vendeur n'a pas reçu sa fiche de paie", Group, "rh"),
        new("ml04", "contrats saisonniers pour les soldes d'été", Group, "rh"),
        new("ml21", "note de frais pour mon déplacement à Bruxelles", Group, "finance"),
        new("ml03", "écart de fonds de caisse de 50 euros hier soir", Group, "finance"),
        new("ml03", "la porte automatique du magasin de Lille ne s'ouvre plus", Group, "travaux"),
        new("ml04", "plusieurs néons grillés dans le rayon luminaires", Group, "travaux"),
        new("ml10", "un client furieux menace de publier un avis négatif, livraison en retard", Group, "service-client"),
        new("ml03", "qui peut refaire la vitrine de printemps à Lille ?", Person, "ml05"),
        new("ml01", "négociation avec un nouveau fournisseur de canapés au Vietnam", Person, "ml06"),
        new("ml10", "rupture de stock sur les chaises Oslo, quand est prévu le réassort ?", Person, "ml09"),
        new("ml03", "le picking prend trop de temps à l'entrepôt, qui peut analyser ?", Person, "ml08"),
        new("ml01", "bug sur la fiche produit Shopify, le prix ne s'affiche pas", Person, "ml12"),
        new("ml10", "campagne Google Ads pour les soldes, qui la pilote ?", Person, "ml10"),
        new("ml13", "un client allemand appelle, quelqu'un parle allemand ?", Person, "ml14"),
        new("ml02", "licenciement d'un vendeur pour vol, quelle procédure ?", Person, "ml15"),
        new("ml02", "quelles marges par catégorie sur le dernier trimestre ?", Person, "ml17"),
        new("ml18", "renouvellement du bail commercial du magasin de Lille", Person, "ml20"),
        new("ml10", "est-ce qu'on peut afficher -50% barré sur un prix jamais pratiqué ?", Person, "ml20"),
        new("ml02", "vols à l'étalage en hausse à Bruxelles, que faire ?", Person, "ml21"),
        new("ml07", "problème de qualité sur un lot de plaids, boulochage", Person, "ml23"),
        new("ml02", "réaménagement de l'entrée du magasin de Lille", Person, "ml25"),
        new("ml17", "extraction SQL des ventes par magasin et par semaine", Person, "ml26"),
        new("ml03", "bilan du programme de fidélité, combien de membres actifs ?", Person, "ml10"),
        new("ml13", "quel est le process de retour pour un meuble abîmé à la livraison ?", Group, "service-client"),
        new("ml04", "les plannings des vendeurs pour Pâques ne sont pas validés", Group, "rh"),
        new("ml12", "SEO des pages catégories, qui peut m'aider ?", Person, "ml10"),
        new("ml22", "norme de sécurité pour les lits superposés enfants", Person, "ml23"),
        new("ml09", "prévision des ventes pour le Black Friday", Person, "ml26"),
        new("ml01", "le wifi du magasin de Bruxelles ne marche plus", Group, "it-magasins"),
        new("ml05", "besoin d'un plan AutoCAD de la surface de vente", Person, "ml25"),
        new("ml03", "qui peut m'expliquer le calcul de la prime des vendeurs ?", Group, "rh"),
        new("ml14", "la clim du magasin de Lille est en panne, il fait 30 degrés", Group, "travaux"),
        new("ml02", "besoin d'un traducteur néerlandais pour les étiquettes en Flandre", None, null),
        new("ml11", "un client a reçu un colis vide, que faire ?", Group, "service-client"),
        new("ml01", "tableau de bord Power BI du chiffre d'affaires des magasins", Person, "ml17"),
        new("ml06", "contrôle qualité des textiles importés du Portugal", Person, "ml23"),
        new("ml03", "quelqu'un a des idées pour la galette des rois ?", None, null),
        new("ml21", "des caméras de surveillance ne fonctionnent plus dans la réserve", Person, "ml25"),
    ];
}
