namespace Switchboard.Domain.Routing.Text;

/// <summary>
/// A deliberately light suffix stripper for French and English at once. Requests mix both languages
/// word by word, so one set of rules is applied to every token; it only has to map the inflections of
/// a word (plural, gender, -ing, -ation, -ment...) to one key, and to do so identically for the request
/// and the directory. Over-stemming is tolerable because the vocabulary lists surface forms too.
/// </summary>
public static class LightStemmer
{
    // Longest first, so "ement" wins over "ment" and "e". Each entry is removed only if a stem of at least MinStem remains.
    // English "-ic" goes as French "-ique" does, and "-icity" / "-icité" with it: "vehicle dynamics" meets "dynamique du véhicule",
    // "electricity" meets "électrique" (the cognate step needs six shared letters, which "dynam" and "robot" do not have).
    // An adjective in "-emental" or "-mental" is its noun's ("avis comportemental" meets "Comportement des primates").
    private static readonly string[] Suffixes =
    [
        "ementales", "ementale", "ementaux", "emental", "issement", "ements", "ement", "ations", "ation", "ating", "ators", "ator", "ated",
        "ates", "ate", "itions", "ition", "mentales", "mentale", "mentaux", "mental", "ments", "ment",
        "ances", "ance", "ences", "ence", "iques", "ique", "icites", "icite", "icity", "ic", "ismes", "isme", "istes", "iste",
        "ables", "able", "ibles", "ible", "euses", "euse", "rices", "rice", "eurs", "eur",
        "ings", "ing", "ions", "ion", "ites", "ite", "ity", "ives", "ive", "ers", "er",
        "ees", "ee", "ed", "al", "el", "if", "e", "y",
    ];

    private const int MinStem = 4;

    /// <summary>Words whose suffix is part of the word and whose stripped form is another word ("customer" is not "customs").</summary>
    private static readonly Dictionary<string, string> Exceptions = new(StringComparer.Ordinal)
    {
        ["customer"] = "customer",
        ["customers"] = "customer",
        // A building is not a build: "the nightly build is red" is no facilities request.
        ["building"] = "building",
        ["buildings"] = "building",
        // "REER collectif", "assurances collectives", "collective agreement" are not a "collecte" (a pickup).
        ["collectif"] = "collectif",
        ["collectifs"] = "collectif",
        ["collective"] = "collectif",
        ["collectives"] = "collectif",
        // Encryption is not "comment on chiffre le préjudice" (costing).
        ["chiffrement"] = "chiffrement",
        ["chiffrements"] = "chiffrement",
        // An email is not the post: "courriel" and "courrier" must not share "courri".
        ["courriel"] = "courriel",
        ["courriels"] = "courriel",
        // Works on a site or a building are not travel.
        ["travaux"] = "travaux",
        // Everyday words whose stripped form is a vocabulary word of another meaning: "looks" is not Looker, "missing" not a near miss,
        // "advanced" not a pay advance, "incoming" not income, "carrés" not a car, "casher" not cash, "débiteur" not a network's débit,
        // "dommage corporel" not corporate, an audition not an audit, foundations not lost-and-found, "même" events not "even".
        ["looker"] = "looker",
        ["missing"] = "missing",
        ["mission"] = "mission",
        ["missions"] = "mission",
        ["advanced"] = "advanced",
        ["incoming"] = "incoming",
        ["carre"] = "carre",
        ["carres"] = "carre",
        ["carree"] = "carre",
        ["carrees"] = "carre",
        ["carry"] = "carry",
        ["casher"] = "casher",
        ["cacher"] = "cacher",
        ["debiteur"] = "debiteur",
        ["debiteurs"] = "debiteur",
        ["corporel"] = "corporel",
        ["corporelle"] = "corporel",
        ["corporels"] = "corporel",
        ["corporelles"] = "corporel",
        ["audition"] = "audition",
        ["auditions"] = "audition",
        ["foundation"] = "foundation",
        ["foundations"] = "foundation",
        ["customs"] = "customs",
        ["barre"] = "barre",
        ["barres"] = "barre",
        ["canne"] = "canne",
        ["cannes"] = "canne",
        ["cherry"] = "cherry",
        ["finite"] = "finite",
        ["journee"] = "journee",
        ["journees"] = "journee",
        ["evenement"] = "evenement",
        ["evenements"] = "evenement",
        ["biens"] = "biens",
        // Accounting is not any account ("mots de passe et comptes"), management control not an inspection ("contrôle vétérinaire").
        ["compta"] = "compta",
        ["comptable"] = "comptable",
        ["comptables"] = "comptable",
        ["controlling"] = "controlling",
        // User accounts are not accounting, "report an incident" is not reporting (BI), "données" (data) is not "donner" (give).
        ["accounting"] = "accounting",
        ["reporting"] = "reporting",
        ["donnee"] = "donnee",
        ["donnees"] = "donnee",
        // A payment diversion or a utilities diversion is not diversity.
        ["diversion"] = "diversion",
        ["diversions"] = "diversion",
        // Membership is not an adhesive, a power of attorney not procurement, foreign not strange, a substance not a substation.
        ["adhesion"] = "adhesion",
        ["adhesions"] = "adhesion",
        ["procuration"] = "procuration",
        ["procurations"] = "procuration",
        ["etranger"] = "etranger",
        ["etrangers"] = "etranger",
        ["etrangere"] = "etranger",
        ["etrangeres"] = "etranger",
        ["substance"] = "substance",
        ["substances"] = "substance",
        // Profit-sharing is not "si ça intéresse quelqu'un".
        ["interessement"] = "interessement",
        // "hémangiosarcome probable" is no probation period, captions are no sensors, a classic no filing, a shipment no lockout
        // ("consignation"), the government no governance, a maturation no maturity model, an ombudsman no media, authenticity no
        // authenticator app, a validity date no validation, consulting no (medical or works-council) consultation.
        ["probable"] = "probable",
        ["probables"] = "probable",
        ["caption"] = "caption",
        ["captions"] = "caption",
        ["classique"] = "classique",
        ["classiques"] = "classique",
        ["consignment"] = "consignment",
        ["consignments"] = "consignment",
        ["gouvernement"] = "gouvernement",
        ["gouvernements"] = "gouvernement",
        ["maturation"] = "maturation",
        ["mediateur"] = "mediateur",
        ["mediatrice"] = "mediateur",
        ["authenticite"] = "authenticite",
        ["validite"] = "validite",
        ["consulting"] = "consulting",
        // A copy of a document ("copie contrôlée", "une copie du contrat") is no copier.
        ["copieur"] = "copieur",
        ["copieurs"] = "copieur",
        // A letter of claim is no lettings (renting out homes).
        ["letter"] = "letter",
        ["letters"] = "letter",
        ["lettings"] = "letting",
        ["letting"] = "letting",
        // A bus taken out of service ("retiré du service") is no retirement.
        ["retirement"] = "retirement",
        ["retirements"] = "retirement",
        // Attendance ("les présences ne passent plus") is no pressure.
        ["presence"] = "presence",
        ["presences"] = "presence",
        // A valve ("vanne") is not a van nor Dutch "van" (of), a public prosecutor not procurement, a town's residents ("administrés")
        // not system administration, boxing not a Box drive.
        ["vanne"] = "vanne",
        ["vannes"] = "vanne",
        ["procureur"] = "procureur",
        ["procureurs"] = "procureur",
        ["administre"] = "administre",
        ["administres"] = "administre",
        ["administree"] = "administre",
        ["administrees"] = "administre",
        ["boxing"] = "boxing",
        // Archives, their archivist and their archiving are one subject ("-ive" is no adjective ending here).
        ["archive"] = "archiv",
        ["archives"] = "archiv",
        ["archivage"] = "archiv",
        // A directive (NIS2, the Machinery Directive) is no management ("direction", "directeur").
        ["directive"] = "directive",
        ["directives"] = "directive",
        // A park is no parcel, and a plot of land ("parcelle") neither.
        ["parcel"] = "parcel",
        ["parcels"] = "parcel",
        ["parcelle"] = "parcelle",
        ["parcelles"] = "parcelle",
        // Everyday words whose stripped form is a vocabulary word of another field: a biceps is no Azure Bicep, "commence" no
        // communication, a crankcase ("carter") no card, "concrètement" no concrete, a packing machine ("conditionneuse") no air
        // conditioning, "femme" no finite elements, "fille" no wire, a mousse no mouse, players no Google Play, blast projections no
        // project, a reaction or a reactor no React, a contract renewed ("renouveler") no renewable energy, sensory analysis no sensor,
        // supporters no support, "tell" no lost "tél", "il reste" no REST, "une sorte de" no PLC outputs, statistics no station,
        // and "en train de" no training.
        ["biceps"] = "biceps",
        ["commence"] = "commence",
        ["carter"] = "carter",
        ["carters"] = "carter",
        ["concret"] = "concret",
        ["concrets"] = "concret",
        ["concretement"] = "concret",
        ["concrete"] = "concrete",
        ["concreting"] = "concrete",
        ["conditionneuse"] = "conditionneuse",
        ["conditionneuses"] = "conditionneuse",
        ["femme"] = "femme",
        ["femmes"] = "femme",
        ["fille"] = "fille",
        ["filles"] = "fille",
        ["mousse"] = "mousse",
        ["mousses"] = "mousse",
        ["player"] = "player",
        ["players"] = "player",
        ["projection"] = "projection",
        ["projections"] = "projection",
        ["reaction"] = "reaction",
        ["reactions"] = "reaction",
        ["reacteur"] = "reacteur",
        ["reacteurs"] = "reacteur",
        ["renouvelable"] = "renouvelable",
        ["renouvelables"] = "renouvelable",
        // Screening seedlings is no screen, and lifting a load no lift.
        ["screening"] = "screening",
        ["screenings"] = "screening",
        ["lifting"] = "lifting",
        ["sensory"] = "sensori",
        ["sensoriel"] = "sensori",
        ["sensoriels"] = "sensori",
        ["sensorielle"] = "sensori",
        ["sensorielles"] = "sensori",
        // A controller (the job, or a device) is not access control ("accès VPN pour le nouveau contrôleur").
        ["controleur"] = "controleur",
        ["controleurs"] = "controleur",
        ["controleuse"] = "controleur",
        // A stock count is not an inventor (a patent question).
        ["inventory"] = "inventori",
        ["inventories"] = "inventori",
        // A road ("est-ce qu'on ferme la route ?") is not a network router or routing.
        ["route"] = "route",
        ["routes"] = "route",
        // Wearing or carrying something ("le dosimètre, je dois le porter où ?") is not a door ("porte") nor a port.
        ["porter"] = "porter",
        ["supporter"] = "supporter",
        ["supporters"] = "supporter",
        ["tell"] = "tell",
        ["reste"] = "reste",
        ["restes"] = "reste",
        ["sorte"] = "sorte",
        ["sortes"] = "sorte",
        ["station"] = "station",
        ["stations"] = "station",
        ["training"] = "training",
        ["trainings"] = "training",
        ["trainer"] = "training",
        ["trainers"] = "training",
        ["trainee"] = "training",
        ["trainees"] = "training",
        // Words of the directories' own texts whose stripped form is another field's word: a shotfirer ("artificier") is no artificial
        // intelligence, an animal no animation, a wine cellar ("chais") no chair, Docker no loading dock, a trainer ("formateur") no
        // Excel formatting, a species no spec, a factory ("usine") no machining ("usiner"), a payment ("versement") no version, a town's
        // buildings ("communaux") no community, a department no leaving ("départ"), a directory no director, a headcount ("effectif")
        // no effect, a shop fit-out ("agencement") no agency, a fashion or book collection no pickup ("collecte"), a permit ("permis")
        // no access permission, liabilities ("passif") no password.
        ["artificier"] = "artificier",
        ["artificiers"] = "artificier",
        ["animal"] = "animal",
        ["animaux"] = "animal",
        ["chaise"] = "chaise",
        ["chaises"] = "chaise",
        ["docker"] = "docker",
        ["funnel"] = "funnel",
        ["funnels"] = "funnel",
        ["formateur"] = "formateur",
        ["formateurs"] = "formateur",
        // "La bonne chaux" is no purchase order ("bon de commande"): the feminine adjective keeps its own stem.
        ["bonne"] = "bonne",
        ["bonnes"] = "bonne",
        // Borrowing the minibus ("on peut emprunter le minibus ?") is no bank loan ("emprunt").
        ["emprunter"] = "emprunter",
        ["empruntez"] = "emprunter",
        ["empruntons"] = "emprunter",
        ["empruntes"] = "emprunter",
        // Someone trained ("qqn de formé SST") or a shape ("en forme de") is not a training course ("formation").
        ["forme"] = "forme",
        ["formes"] = "forme",
        ["formee"] = "forme",
        ["formees"] = "forme",
        // A form to fill in is a "formulaire", not a training course ("formation").
        ["form"] = "formulair",
        ["forms"] = "formulair",
        ["formatrice"] = "formateur",
        ["formatrices"] = "formateur",
        ["species"] = "species",
        // An exam is an examination, an "examen" too: "PEC exams" for "PEC examinations".
        ["exam"] = "examin",
        ["exams"] = "examin",
        ["examen"] = "examin",
        ["examens"] = "examin",
        // A caterer is not a treatment: "traiteur" and "traité", "traitement" must not share "trait".
        ["traiteur"] = "traiteur",
        ["traiteurs"] = "traiteur",
        ["usine"] = "usine",
        ["usines"] = "usine",
        ["versement"] = "versement",
        ["versements"] = "versement",
        ["communal"] = "communal",
        ["communaux"] = "communal",
        ["communale"] = "communal",
        ["communales"] = "communal",
        ["department"] = "department",
        ["departments"] = "department",
        ["departement"] = "departement",
        ["departements"] = "departement",
        ["directory"] = "directory",
        ["directories"] = "directory",
        ["effectif"] = "effectif",
        ["effectifs"] = "effectif",
        ["agencement"] = "agencement",
        ["agencements"] = "agencement",
        ["collection"] = "collection",
        ["collections"] = "collection",
        ["permission"] = "permission",
        ["permissions"] = "permission",
        ["passif"] = "passif",
        ["passifs"] = "passif",
        // Everyday words that met a vocabulary term of another field (found by an audit of the vocabulary's one-word terms): a book
        // ("livre") or a deliverable no delivery ("livrer"), a referee no arbitration,
        // "automatique" no PLC ("automate"), a general meeting ("assemblée") no manufacturing assembly, a compress no compressor,
        // instructions ("consignes") no lockout ("consignation"), trade no energy trading, an annuity ("rente") no rent, equipment
        // ("matériel") no materials, a machine no machining.
        ["livre"] = "livre",
        ["livres"] = "livre",
        ["livrable"] = "livrable",
        ["livrables"] = "livrable",
        ["arbitre"] = "arbitre",
        ["arbitres"] = "arbitre",
        ["automatique"] = "automatique",
        ["automatiques"] = "automatique",
        ["assemblee"] = "assemblee",
        ["assemblees"] = "assemblee",
        ["compresse"] = "compresse",
        ["compresses"] = "compresse",
        ["consigne"] = "consigne",
        ["consignes"] = "consigne",
        ["trading"] = "trading",
        ["rente"] = "rente",
        ["rentes"] = "rente",
        ["materiel"] = "materiel",
        ["materiels"] = "materiel",
        ["machine"] = "machine",
        ["machines"] = "machine",
        // French "transfert" meets "transfer", "transferred", "transférer".
        ["transfert"] = "transfer",
        ["transferts"] = "transfer",
        // A wheel loader ("chargeuse") or a charger is no "chargé de…", a loading ("chargement") no charge.
        ["chargeuse"] = "chargeuse",
        ["chargeuses"] = "chargeuse",
        ["chargeur"] = "chargeur",
        ["chargeurs"] = "chargeur",
        ["chargement"] = "chargement",
        ["chargements"] = "chargement",
        // Words of a ferry line, a sawmill, a winery, an opera house and an airport whose stripped form is another field's word: a stage
        // batten ("porteuse") or a forwarder ("porteur") is no portal or laptop, a travel cross-link ("traverse", a ferry "traversée") no travel,
        // an engine's exhaust no exhaustion, a shower no trade show, a heating stage ("chauffe") no driver, a heat exchanger no
        // exchange, a stage grill no salary grid, a tape ("bande") no pay band, a wine appellation no call, a coat of arms no cupboard,
        // a tailor no size, a tractor no traction, a hand gesture no management, tourists no machine tools, a watch bezel ("lunette")
        // no safety glasses, a mess room no MES, a master no mast, a pellet no excavator, boards ("planches") no floor, a movement
        // failed at certification ("recalé") no product recall, a rejected file no emissions, a plotter no traces, boarding no
        // embarked software nor a board, "garder" no guarding, "grosse" no gross pay, "filling" no wire, manual handling no "who
        // handles", part-time ("partiel") no "une partie", an attachment no "attaché", a piano tuner no agreement.
        ["porteur"] = "porteur",
        ["porteurs"] = "porteur",
        ["porteuse"] = "porteur",
        ["porteuses"] = "porteur",
        ["travers"] = "travers",
        ["traverse"] = "travers",
        ["traverses"] = "travers",
        ["traverser"] = "travers",
        ["traversee"] = "travers",
        ["traversees"] = "travers",
        ["exhaustion"] = "exhaustion",
        ["shower"] = "shower",
        ["showers"] = "shower",
        ["chauffeur"] = "chauffeur",
        ["chauffeurs"] = "chauffeur",
        ["echangeur"] = "echangeur",
        ["echangeurs"] = "echangeur",
        ["grille"] = "grille",
        ["grilles"] = "grille",
        ["bande"] = "bande",
        ["bandes"] = "bande",
        ["appellation"] = "appellation",
        ["appellations"] = "appellation",
        ["armoiries"] = "armoiries",
        ["tailleur"] = "tailleur",
        ["tailleurs"] = "tailleur",
        ["tracteur"] = "tracteur",
        ["tracteurs"] = "tracteur",
        ["geste"] = "geste",
        ["gestes"] = "geste",
        ["touriste"] = "touriste",
        ["touristes"] = "touriste",
        ["lunette"] = "lunette",
        ["mess"] = "mess",
        ["master"] = "master",
        ["masters"] = "master",
        ["pelleteuse"] = "pelleteuse",
        ["pelleteuses"] = "pelleteuse",
        ["plancher"] = "plancher",
        ["planchers"] = "plancher",
        ["recale"] = "recale",
        ["recales"] = "recale",
        ["recalee"] = "recale",
        ["recalees"] = "recale",
        ["rejete"] = "rejete",
        ["rejetes"] = "rejete",
        ["rejetee"] = "rejete",
        ["rejetees"] = "rejete",
        ["traceur"] = "traceur",
        ["traceurs"] = "traceur",
        ["embarquement"] = "embarquement",
        ["embarquements"] = "embarquement",
        ["boarding"] = "boarding",
        ["garder"] = "garder",
        ["grosse"] = "grosse",
        ["grosses"] = "grosse",
        ["filling"] = "filling",
        ["handling"] = "handling",
        ["partiel"] = "partiel",
        ["partiels"] = "partiel",
        ["partielle"] = "partiel",
        ["partielles"] = "partiel",
        ["attachment"] = "attachment",
        ["attachments"] = "attachment",
        ["accordeur"] = "accordeur",
        ["accordeurs"] = "accordeur",
        // "Are we allowed to…" asks about a rule, not about a pay allowance.
        ["allowance"] = "allowance",
        ["allowances"] = "allowance",
        // French "-age" nouns of a trade meet their verb and noun: "sous-titrage" and "sous-titres", "mixage" and "mix", "emballage" and
        // "emballer". Only these: stripping every "-age" also joins a message to a mess room and a package to a pack.
        ["titrage"] = "titr",
        ["titrages"] = "titr",
        ["mixage"] = "mix",
        ["mixages"] = "mix",
        ["doublage"] = "doubl",
        ["doublages"] = "doubl",
        ["emballage"] = "embal",
        ["emballages"] = "embal",
        ["nettoyage"] = "nettoy",
        ["nettoyages"] = "nettoy",
        ["stockage"] = "stock",
        ["stockages"] = "stock",
        ["etiquetage"] = "etiquet",
        ["etiquetages"] = "etiquet",
        ["cablage"] = "cabl",
        ["cablages"] = "cabl",
        ["recyclage"] = "recycl",
        ["recyclages"] = "recycl",
        ["depannage"] = "depan",
        ["depannages"] = "depan",
        ["affichage"] = "affich",
        ["affichages"] = "affich",
        ["moulage"] = "moul",
        ["moulages"] = "moul",
        ["soudage"] = "soud",
        ["soudages"] = "soud",
        ["pilotage"] = "pilot",
        ["pilotages"] = "pilot",
        // Words whose stripped form met another field's term: "haven't received" is no receivables, ETCS (train control) no "etc.",
        // "broke into" no broker, a dental implant no setting-out ("implantation"), "refer a patient" no employee referral, a harbour
        // ("bloqués au port") no door ("porte bloquée"); and a timetable keeps its "tabl" so that it meets timetabling.
        ["receivable"] = "receivable",
        ["receivables"] = "receivable",
        ["etcs"] = "etcs",
        ["broke"] = "broke",
        ["implantation"] = "implantation",
        ["implantations"] = "implantation",
        ["referral"] = "referral",
        ["referrals"] = "referral",
        ["porte"] = "porte",
        ["portes"] = "porte",
        ["timetable"] = "timetabl",
        ["timetables"] = "timetabl",
        // A running club and its runners are no payment run ("payment runs" made a finance desk look like a social group).
        ["running"] = "running",
        ["runner"] = "runner",
        ["runners"] = "runner",
        // Parking is not a park: "Trafford retail park", "Park Avenue" are places, not a parking space to ask the facilities desk for.
        ["parking"] = "parking",
        ["parkings"] = "parking",
        // Renewable energy is no renewal ("mortgage renewal" is no solar panel), as "renouvelable" above is no "renouvellement".
        ["renewable"] = "renewable",
        ["renewables"] = "renewable",
        // An English "-ic" word whose stripped form is another word: organic farming is no organ.
        ["organic"] = "organic",
        ["organics"] = "organic",
        // A leaver is someone leaving the company, and leave is time off: a tour "leaving 11 Dec" or "leaving it before the frost" is
        // neither offboarding nor a leave request.
        ["leaver"] = "leaver",
        ["leavers"] = "leaver",
        ["leaving"] = "leaving",
        // "A proper look at pricing" props no door open: "proper" keeps its own stem apart from "propped".
        ["proper"] = "proper",
        ["properly"] = "proper",
        // Restoring a piano, a building or a painting is no restore from a backup ("restore", "restaurer").
        ["restoration"] = "restoration",
        ["restorations"] = "restoration",
    };

    // The science of a thing and its practitioner meet the thing ("implantology", "implantologie", "implantologist" and "implant"),
    // plurals already stripped, on long roots ending in a consonant only: "pathology" is no file path, "technology" keeps its own
    // stem and "microbiology" is not cut to "microbi", which "micro" would no longer abbreviate.
    private static readonly string[] SciencesOf = ["ologiste", "ologist", "ologue", "ologie", "ology"];

    private const int MinSciencePrefix = 6;

    // Four, not three: "salle" (room) must not become "sal" like "sales".
    private const int MinShortStem = 4;

    /// <summary>Whether the word has a stem of its own that no ending rule may change ("parking" is not "park").</summary>
    public static bool HasFixedStem(string token) => Exceptions.ContainsKey(token);

    public static string Stem(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (token.Length <= 3 || !token.All(char.IsLetter))
        {
            // Short words and codes (k8s, s4hana, iso9001) are already as specific as they get, but for the English plural of a
            // code ("P60s", "A380s", "MP3s"): letters, digits, then an s.
            return token.Length >= 4 && token[^1] == 's' && char.IsDigit(token[^2]) && char.IsLetter(token[0]) ? token[..^1] : token;
        }

        if (Exceptions.TryGetValue(token, out var fixedStem))
        {
            return fixedStem;
        }

        var word = StripPlural(token);
        foreach (var science in SciencesOf)
        {
            if (word.Length - science.Length >= MinSciencePrefix && word.EndsWith(science, StringComparison.Ordinal) && !IsVowel(word[^(science.Length + 1)]))
            {
                return word[..^science.Length];
            }
        }

        foreach (var suffix in Suffixes)
        {
            // "-ment" after four letters is usually part of the word ("paiement" is not "paie", "document" not "docu").
            var min = suffix.Length <= 1 ? MinShortStem
                : suffix.StartsWith("ment", StringComparison.Ordinal) ? MinStem + 1
                // English "-ate" forms ("negotiate", "integrate") only on long words: "automate" must stay with "automatisme".
                : suffix.StartsWith("at", StringComparison.Ordinal) && !suffix.StartsWith("ation", StringComparison.Ordinal) ? MinStem + 2
                : MinStem;
            if (word.Length - suffix.Length >= min && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                word = word[..^suffix.Length];
                break;
            }
        }

        // A short word keeps its "-y" or "-ie", one ending in both languages: "copy" and "copie", "bogies" and "bogie" meet.
        return CollapseFinalDouble(word[^1] == 'y' ? word[..^1] + "i" : word);
    }

    /// <summary>Words in "-us" that are singular (Latin and Greek loans): their "s" is part of the word.</summary>
    private static readonly HashSet<string> LatinSingulars = new(StringComparer.Ordinal)
    {
        "bonus", "status", "campus", "corpus", "consensus", "focus", "processus", "cursus", "terminus", "stimulus", "surplus", "minus",
        "sinus", "hiatus", "lotus", "prospectus", "cactus", "census", "nexus", "radius", "genius", "bogus", "octopus", "abacus", "syllabus",
        "apparatus", "caucus", "impetus", "foetus", "rebus", "blocus", "papyrus", "humus", "mucus", "thymus", "uterus", "tonus", "humerus",
        "rhesus", "tetanus", "modus", "opus", "versus", "thesaurus", "eucalyptus", "fungus", "calculus", "nimbus", "globus",
    };

    private static string StripPlural(string word)
    {
        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4)
        {
            return word[..^3] + "y";
        }

        if (word.EndsWith("eaux", StringComparison.Ordinal) || word.EndsWith("eux", StringComparison.Ordinal))
        {
            return word[..^1];
        }

        // French "-aux" plurals of "-al" words: "environnementaux" meets "environnemental", "journaux" meets "journal".
        if (word.Length > 5 && word.EndsWith("aux", StringComparison.Ordinal))
        {
            return word[..^3] + "al";
        }

        if (word.Length > 3 && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i'))
        {
            return word[..^1];
        }

        // French "-u" words take an "s" ("pneus", "reçus", "revenus", "écrous", "tissus"); Latin singulars in "-us" do not lose it.
        if (word.Length > 4 && word[^1] == 's' && word[^2] == 'u' && !LatinSingulars.Contains(word) && !word.EndsWith("virus", StringComparison.Ordinal))
        {
            return word[..^1];
        }

        return word;
    }

    private static string CollapseFinalDouble(string word)
    {
        // "programm" (programme, programming) and "program" must meet; "install"/"instal" too.
        if (word.Length > 3 && word[^1] == word[^2] && !IsVowel(word[^1]))
        {
            return word[..^1];
        }

        return word;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
