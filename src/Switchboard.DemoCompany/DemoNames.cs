namespace Switchboard.DemoCompany;

/// <summary>Given names and surnames per culture: invented combinations, common enough to look real, none a real employee.</summary>
internal static class DemoNames
{
    public static (IReadOnlyList<string> Given, IReadOnlyList<string> Surnames) For(NameCulture culture) => culture switch
    {
        NameCulture.French => (FrenchGiven, FrenchSurnames),
        NameCulture.German => (GermanGiven, GermanSurnames),
        NameCulture.British => (BritishGiven, BritishSurnames),
        NameCulture.American => (AmericanGiven, AmericanSurnames),
        NameCulture.Quebec => (QuebecGiven, QuebecSurnames),
        NameCulture.Singaporean => (SingaporeanGiven, SingaporeanSurnames),
        NameCulture.Indian => (IndianGiven, IndianSurnames),
        _ => throw new ArgumentOutOfRangeException(nameof(culture), culture, "Unknown name culture."),
    };

    private static readonly string[] FrenchGiven =
    [
        "Camille", "Julien", "Élodie", "Thomas", "Manon", "Nicolas", "Chloé", "Antoine", "Léa", "Mathieu",
        "Sophie", "Guillaume", "Aurélie", "Maxime", "Céline", "Romain", "Pauline", "Sébastien", "Émilie", "Hugo",
        "Claire", "Florian", "Hélène", "Baptiste", "Margaux", "Quentin", "Anaïs", "Jérôme", "Inès", "Benoît",
        "Marion", "Olivier", "Nathalie", "Damien", "Laure", "François", "Justine", "Cédric", "Agathe", "Théo",
        "Anne-Sophie", "Jean-Marc", "Océane", "Loïc", "Mélanie", "Arnaud", "Zoé", "Yannick", "Sandrine", "Gaël",
    ];

    private static readonly string[] FrenchSurnames =
    [
        "Martin", "Bernard", "Dubois", "Durand", "Lefebvre", "Moreau", "Laurent", "Simon", "Michel", "Garnier",
        "Rousseau", "Faure", "Blanc", "Guérin", "Muller", "Henry", "Roussel", "Perrin", "Morel", "Mathieu",
        "Clément", "Gauthier", "Chevalier", "Fontaine", "Mercier", "Bonnet", "Lambert", "Girard", "Fournier", "Giraud",
        "Barbier", "Arnaud", "Brun", "Renaud", "Vidal", "Roche", "Picard", "Lemoine", "Collet", "Berthier",
        "Marchand", "Vasseur", "Cordier", "Charpentier", "Boyer", "Masson", "Deschamps", "Rey", "Maillard", "Leclerc",
        "Benali", "Nguyen", "Da Silva", "Haddad", "Ferreira", "Petitjean", "Lacroix", "Delorme", "Besson", "Jacquet",
    ];

    private static readonly string[] GermanGiven =
    [
        "Lukas", "Anna", "Jonas", "Lea", "Felix", "Laura", "Maximilian", "Julia", "Tobias", "Sarah",
        "Florian", "Katharina", "Stefan", "Sabine", "Matthias", "Miriam", "Jan", "Carina", "Andreas", "Nina",
        "Moritz", "Franziska", "Daniel", "Lena", "Sebastian", "Johanna", "Philipp", "Theresa", "Markus", "Jana",
        "Jürgen", "Birgit", "Kai", "Annika", "Timo", "Svenja",
    ];

    private static readonly string[] GermanSurnames =
    [
        "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
        "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger",
        "Hofmann", "Hartmann", "Lange", "Werner", "Krause", "Lehmann", "Köhler", "Maier", "Huber", "Kaiser",
        "Fuchs", "Vogel", "Keller", "Günther", "Frank", "Berger", "Winkler", "Roth", "Beck", "Lorenz",
        "Yilmaz", "Kowalski", "Baumann", "Graf", "Seidel", "Ziegler",
    ];

    private static readonly string[] BritishGiven =
    [
        "Oliver", "Amelia", "Harry", "Olivia", "George", "Isla", "Jack", "Emily", "James", "Sophie",
        "William", "Charlotte", "Thomas", "Grace", "Daniel", "Lucy", "Samuel", "Hannah", "Joseph", "Ella",
        "Rhys", "Megan", "Callum", "Niamh", "Owen", "Bethan", "Liam", "Aisha", "Ravi", "Priya",
    ];

    private static readonly string[] BritishSurnames =
    [
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
        "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke",
        "Patel", "Khan", "Lewis", "Hughes", "Turner", "Harrison", "Cooper", "Ward", "Morgan", "Kelly",
        "O'Brien", "McDonald", "Shaw", "Holmes",
    ];

    private static readonly string[] AmericanGiven =
    [
        "Emma", "Liam", "Ava", "Noah", "Mia", "Ethan", "Harper", "Mason", "Abigail", "Logan",
        "Madison", "Lucas", "Chloe", "Carter", "Riley", "Jacob", "Aubrey", "Tyler", "Brooke", "Dylan",
        "Sofia", "Diego", "Kayla", "Marcus", "Jasmine", "Kevin", "Megan", "Brandon", "Hailey", "Justin",
    ];

    private static readonly string[] AmericanSurnames =
    [
        "Johnson", "Miller", "Davis", "Garcia", "Rodriguez", "Martinez", "Anderson", "Taylor", "Thomas", "Moore",
        "Jackson", "Lee", "Harris", "Clark", "Lewis", "Young", "Allen", "King", "Scott", "Nguyen",
        "Hill", "Flores", "Adams", "Baker", "Nelson", "Carter", "Mitchell", "Perez", "Roberts", "Campbell",
        "Kim", "Chen", "Patel", "Olsen",
    ];

    private static readonly string[] QuebecGiven =
    [
        "Mathieu", "Geneviève", "Alexandre", "Catherine", "Simon", "Isabelle", "Frédéric", "Marie-Ève", "Étienne", "Valérie",
        "Jean-François", "Annie", "Maxime", "Julie", "Olivier", "Mélissa", "Gabriel", "Audrey", "Samuel", "Stéphanie",
        "Kevin", "Jessica", "Ryan", "Emily",
    ];

    private static readonly string[] QuebecSurnames =
    [
        "Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin", "Gagné",
        "Ouellet", "Pelletier", "Bélanger", "Lévesque", "Bergeron", "Leblanc", "Paquette", "Girard", "Simard", "Boucher",
        "Caron", "Beaulieu", "Cloutier", "Dubé", "Poirier", "Thibault", "Campbell", "MacLeod",
    ];

    private static readonly string[] SingaporeanGiven =
    [
        "Wei Ling", "Jun Jie", "Hui Min", "Wei Jie", "Xin Yi", "Zhi Hao", "Mei Ling", "Kai Wen", "Siti", "Farhan",
        "Nurul", "Hafiz", "Priya", "Arjun", "Rachel", "Marcus", "Sharon", "Darren", "Cheryl", "Benjamin",
    ];

    private static readonly string[] SingaporeanSurnames =
    [
        "Tan", "Lim", "Lee", "Ng", "Ong", "Wong", "Goh", "Chua", "Chan", "Koh",
        "Teo", "Ang", "Yeo", "Tay", "Ho", "Low", "Rahman", "Ismail", "Abdullah", "Pillai",
        "Nair", "Krishnan",
    ];

    private static readonly string[] IndianGiven =
    [
        "Aarav", "Priya", "Rohan", "Ananya", "Vikram", "Sneha", "Arjun", "Kavya", "Rahul", "Neha",
        "Siddharth", "Pooja", "Aditya", "Isha", "Karan", "Meera", "Nikhil", "Riya", "Sanjay", "Divya",
        "Amit", "Shruti", "Varun", "Aditi", "Harsh", "Tanvi",
    ];

    private static readonly string[] IndianSurnames =
    [
        "Sharma", "Patil", "Kulkarni", "Deshpande", "Joshi", "Iyer", "Nair", "Reddy", "Gupta", "Mehta",
        "Shah", "Kapoor", "Bhat", "Rao", "Menon", "Chatterjee", "Desai", "Pawar", "Jadhav", "Gokhale",
        "Agarwal", "Verma", "Sinha", "Banerjee",
    ];
}
