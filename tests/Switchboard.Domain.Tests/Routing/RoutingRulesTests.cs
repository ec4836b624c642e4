using System.Globalization;
using Switchboard.Domain.Routing;
using Switchboard.Domain.Routing.Vocabulary;

namespace Switchboard.Domain.Tests.Routing;

/// <summary>One test per rule of the engine, each in French and English, each arranging its own tenant.</summary>
public sealed class RoutingRulesTests
{
    /// <summary>Tuesday 9 March 2027, 10:00 in Paris.</summary>
    private static readonly DateTimeOffset Tuesday10 = DateTimeOffset.Parse("2027-03-09T10:00:00+01:00", CultureInfo.InvariantCulture);

    private static readonly RequestRouter Router = new();

    public static TheoryData<string> PlcQuestions => new()
    {
        "L'automate programmable plante au démarrage, qui peut regarder le programme ?",
        "The PLC program crashes at startup, who can have a look?",
    };

    public static TheoryData<string> PasswordRequests => new()
    {
        "J'ai oublié mon mot de passe et mon compte est bloqué",
        "I forgot my password and my account is locked",
    };

    // ---- Exclusions ---------------------------------------------------------------------------------

    [Theory]
    [MemberData(nameof(PlcQuestions))]
    public void Route_ExpertOutOfOfficeAlways_IsExcludedAndNamed(string text)
    {
        var tenant = PlcTeam().Person("a-tom", "Tom Becker", skills: ["PLC programming:expert"], outOfOffice: "always");

        var answer = Route(tenant, text);

        AssertFirst(answer, "b-ines");
        AssertAbsent(answer, "a-tom");
        Assert.Contains(answer.Targets[0].Reasons, r => r.Contains("Tom Becker (expert) is out of office", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(PlcQuestions))]
    public void Route_ExpertOutOfOfficeScheduledOverRequestTime_IsExcludedWithReturnDate(string text)
    {
        var tenant = PlcTeam().Person("a-tom", "Tom Becker", skills: ["PLC programming:expert"], outOfOffice: "2027-03-08T00:00..2027-03-12T00:00");

        var answer = Route(tenant, text);

        AssertFirst(answer, "b-ines");
        Assert.Contains("Tom Becker (expert) is out of office until 2027-03-12", answer.Targets[0].Reasons);
    }

    [Theory]
    [MemberData(nameof(PlcQuestions))]
    public void Route_ExpertOutOfOfficeScheduledLater_IsFirst(string text)
    {
        var tenant = PlcTeam().Person("a-tom", "Tom Becker", skills: ["PLC programming:expert"], outOfOffice: "2027-03-15T00:00..2027-03-19T00:00");

        var answer = Route(tenant, text);

        AssertFirst(answer, "a-tom");
    }

    [Theory]
    [MemberData(nameof(PlcQuestions))]
    public void Route_ExpertAccountDisabled_IsExcluded(string text)
    {
        var tenant = PlcTeam().Person("a-tom", "Tom Becker", skills: ["PLC programming:expert"], enabled: false);

        var answer = Route(tenant, text);

        AssertFirst(answer, "b-ines");
        AssertAbsent(answer, "a-tom");
        Assert.Contains("Tom Becker (expert) has a disabled account", answer.Targets[0].Reasons);
    }

    [Theory]
    [MemberData(nameof(PlcQuestions))]
    public void Route_ExpertOffHoursAndUrgent_IsExcluded(string text)
    {
        var tenant = PlcTeam().Person("a-tom", "Tom Becker", skills: ["PLC programming:expert"], hours: "13:00-21:00");

        var answer = Route(tenant, text, Urgency.High);

        AssertFirst(answer, "b-ines");
        AssertAbsent(answer, "a-tom");
        Assert.Contains(answer.Targets[0].Reasons, r => r.StartsWith("Tom Becker (expert) is outside working hours", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(PlcQuestions))]
    public void Route_ExpertOffHoursAndNotUrgent_IsRankedLowerButKept(string text)
    {
        var tenant = PlcTeam().Person("a-tom", "Tom Becker", skills: ["PLC programming:expert"], hours: "13:00-21:00");

        var answer = Route(tenant, text, Urgency.Normal);

        AssertFirst(answer, "b-ines");
        Assert.Contains(answer.Targets, t => t.Id == "a-tom");
    }

    [Theory]
    [MemberData(nameof(PlcQuestions))]
    public void Route_ExpertOffHoursAndNotUrgent_StaysAheadOfAMuchWeakerColleague(string text)
    {
        // Off-hours lowers the expert's rank; it does not hand a normal question to someone who knows the subject far less well.
        var tenant = PlcExpertAndGeneralColleague("PLC programming:general", hours: "13:00-21:00");

        var answer = Route(tenant, text, Urgency.Normal);

        AssertFirst(answer, "a-tom");
        Assert.Contains(answer.Targets, t => t.Id == "b-ines");
    }

    [Theory]
    [MemberData(nameof(PlcQuestions))]
    public void Route_ExpertDoNotDisturbAndNotUrgent_StaysAheadOfAMuchWeakerColleague(string text)
    {
        var tenant = PlcExpertAndGeneralColleague("PLC programming:general:ask", presence: "DoNotDisturb");

        var answer = Route(tenant, text, Urgency.Normal);

        AssertFirst(answer, "a-tom");
    }

    [Theory]
    [MemberData(nameof(PlcQuestions))]
    public void Route_ExpertInOtherTimeZoneAtNight_IsExcludedForUrgentRequest(string text)
    {
        // 10:00 in Paris is 01:00 in Seattle.
        var tenant = PlcTeam().Person("a-tom", "Tom Becker", skills: ["PLC programming:expert"], zone: "Pacific Standard Time", hours: "08:00-17:00");

        var answer = Route(tenant, text, Urgency.Critical);

        AssertFirst(answer, "b-ines");
        AssertAbsent(answer, "a-tom");
    }

    [Theory]
    [MemberData(nameof(PlcQuestions))]
    public void Route_ExpertDoNotDisturbAndUrgent_IsExcluded(string text)
    {
        var tenant = PlcTeam().Person("a-tom", "Tom Becker", skills: ["PLC programming:expert"], presence: "DoNotDisturb");

        var answer = Route(tenant, text, Urgency.Critical);

        AssertFirst(answer, "b-ines");
        AssertAbsent(answer, "a-tom");
        Assert.Contains("Tom Becker (expert) is in Do Not Disturb and the request is critical", answer.Targets[0].Reasons);
    }

    [Theory]
    [MemberData(nameof(PlcQuestions))]
    public void Route_ExpertDoNotDisturbAndLowUrgency_IsRankedLowerButKept(string text)
    {
        var tenant = PlcTeam().Person("a-tom", "Tom Becker", skills: ["PLC programming:expert"], presence: "DoNotDisturb");

        var answer = Route(tenant, text, Urgency.Low);

        AssertFirst(answer, "b-ines");
        Assert.Contains(answer.Targets, t => t.Id == "a-tom");
    }

    [Theory]
    [MemberData(nameof(PlcQuestions))]
    public void Route_ExpertAtCapacity_IsExcluded(string text)
    {
        var tenant = PlcTeam().Person("a-tom", "Tom Becker", skills: ["PLC programming:expert"]).Load("a-tom", 5, 5);

        var answer = Route(tenant, text);

        AssertFirst(answer, "b-ines");
        AssertAbsent(answer, "a-tom");
        Assert.Contains("Tom Becker (expert) is at capacity (5 of 5 open requests)", answer.Targets[0].Reasons);
    }

    [Theory]
    [MemberData(nameof(PlcQuestions))]
    public void Route_DefaultCapacityReached_IsExcluded(string text)
    {
        var tenant = PlcTeam().Person("a-tom", "Tom Becker", skills: ["PLC programming:expert"]).Load("a-tom", new RoutingOptions().DefaultCapacity);

        var answer = Route(tenant, text);

        AssertAbsent(answer, "a-tom");
    }

    [Theory]
    [MemberData(nameof(PlcQuestions))]
    public void Route_RequesterIsTheExpert_NeverRoutesToThemself(string text)
    {
        var tenant = PlcTeam().Person("a-tom", "Tom Becker", skills: ["PLC programming:expert"]);

        var answer = Route(tenant, text, requester: "a-tom");

        AssertFirst(answer, "b-ines");
        AssertAbsent(answer, "a-tom");
    }

    // ---- Tie-breakers -------------------------------------------------------------------------------

    [Theory]
    [InlineData("Qui connaît bien Kubernetes ?", "fr-FR", "z-fr")]
    [InlineData("Who knows Kubernetes well?", "en-GB", "a-en")]
    public void Route_EqualExperts_PrefersRequesterLanguage(string text, string requesterLanguage, string expected)
    {
        var tenant = new TestTenant()
            .Person("req", "Requester", language: requesterLanguage)
            .Person("a-en", "Alex English", language: "en-GB", skills: ["Kubernetes:advanced"])
            .Person("z-fr", "Zoé Française", language: "fr-FR", skills: ["Kubernetes:advanced"]);

        var answer = Route(tenant, text);

        AssertFirst(answer, expected);
    }

    [Theory]
    [InlineData("Qui connaît bien Kubernetes ?")]
    [InlineData("Who knows Kubernetes well?")]
    public void Route_EqualExperts_PrefersLeastLoaded(string text)
    {
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Person("a-busy", "Alex Busy", skills: ["Kubernetes:advanced"])
            .Person("z-free", "Zoé Free", skills: ["Kubernetes:advanced"])
            .Load("a-busy", 3, 5);

        var answer = Route(tenant, text);

        AssertFirst(answer, "z-free");
    }

    [Theory]
    [InlineData("Qui connaît bien Kubernetes ?")]
    [InlineData("Who knows Kubernetes well?")]
    public void Route_EqualExperts_PrefersClosestInOrgChart(string text)
    {
        var tenant = new TestTenant()
            .Person("ceo", "Chief")
            .Person("vp-a", "VP A", manager: "ceo")
            .Person("vp-b", "VP B", manager: "ceo")
            .Person("mgr-b", "Manager B", manager: "vp-b")
            .Person("req", "Requester", manager: "vp-a")
            .Person("a-far", "Alex Far", manager: "mgr-b", skills: ["Kubernetes:advanced"])
            .Person("z-near", "Zoé Near", manager: "vp-a", skills: ["Kubernetes:advanced"]);

        var answer = Route(tenant, text);

        AssertFirst(answer, "z-near");
    }

    [Theory]
    [InlineData("Qui connaît bien Kubernetes ?", "fr-FR", "z-fr")]
    [InlineData("Who knows Kubernetes well?", "en-GB", "a-en")]
    public void Route_EqualExpertsOneWithAJobTitleRestatingTheSkill_TheTieBreakersStillDecide(string text, string requesterLanguage, string expected)
    {
        // The title is the same knowledge said again, not a second piece of evidence: language decides between equal holders.
        var tenant = new TestTenant()
            .Person("req", "Requester", language: requesterLanguage)
            .Person("a-en", "Alex English", language: "en-GB", jobTitle: requesterLanguage == "fr-FR" ? "Kubernetes engineer" : null, skills: ["Kubernetes:advanced"])
            .Person("z-fr", "Zoé Française", language: "fr-FR", jobTitle: requesterLanguage == "en-GB" ? "Ingénieure Kubernetes" : null, skills: ["Kubernetes:advanced"]);

        var answer = Route(tenant, text);

        AssertFirst(answer, expected);
    }

    [Theory]
    [InlineData("The retailer wants the export health cert wording changed for the Northern Ireland loads. Who knows export health certificates?", "en-GB", "a-en")]
    [InlineData("Le client veut changer le libellé du certificat sanitaire d'exportation pour l'Irlande du Nord. Qui connaît les export health certificates ?", "fr-FR", "z-fr")]
    public void Route_EqualExpertsOneWithAnotherSkillOfTheSameDomain_TheTieBreakersStillDecide(string text, string requesterLanguage, string expected)
    {
        // "Incoterms" shares no word with the request, only the export topic the vocabulary guessed: not a second piece of evidence.
        var tenant = new TestTenant()
            .Person("req", "Requester", language: requesterLanguage)
            .Person("a-en", "Stuart Henderson", language: "en-GB", skills: ["Export health certificates:advanced", requesterLanguage == "fr-FR" ? "Incoterms:advanced" : "Chilled logistics:advanced"])
            .Person("z-fr", "Amélie Vasseur", language: "fr-FR", skills: ["Export health certificates:advanced", requesterLanguage == "en-GB" ? "Incoterms:advanced" : "Order administration:expert"]);

        var answer = Route(tenant, text);

        AssertFirst(answer, expected);
    }

    [Theory]
    [InlineData("Le tempérage de la ligne 2 est à revoir, qqn peut regarder la courbe ?")]
    [InlineData("Tempering on line 2 needs another look, can someone check the curve?")]
    public void Route_SameSkill_TheExpertBeforeTheAdvancedHolderWithAJobTitle(string text)
    {
        // The team leader's title holds the request's context ("ligne 2"): still the same knowledge, at a lower level.
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Person("a-adv", "Karine Dubé", jobTitle: "Chocolatière - chef d'équipe ligne 2 (line 2 team leader)", skills: ["Tempérage:advanced", "Tempering:advanced"])
            .Person("z-exp", "Jean-François Roy", skills: ["Tempérage:expert:ask", "Tempering:expert:ask"]);

        var answer = Route(tenant, text);

        AssertFirst(answer, "z-exp");
    }

    [Theory]
    [InlineData("Un client veut 40 places en loge pour le Grand Prix, qui peut monter l'offre hospitalités VIP ?")]
    [InlineData("A sponsor wants 40 box seats for the Grand Prix, who can put together the VIP hospitality offer?")]
    public void Route_EqualHoldersOfASkillWithAShortName_TheLeastLoadedFirst(string text)
    {
        // "VIP" is the short name of "Hospitalités VIP" itself, not a second skill: the two holders are equal on what is asked, and the
        // one whose job title restates it is no more qualified for it; the load decides.
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Person("a-busy", "Bérénice Aubry", jobTitle: "Responsable hospitalités & événements", skills: ["Hospitalités VIP:advanced", "Organisation d'événements:expert"])
            .Person("z-free", "Inès Carvalho", jobTitle: "Coordinatrice événements Chantilly", skills: ["Hospitalités VIP:advanced", "Organisation d'événements:advanced"])
            .Load("a-busy", 4, 6)
            .Load("z-free", 1, 6);

        var answer = Route(tenant, text);

        AssertFirst(answer, "z-free");
    }

    // ---- Match strength -----------------------------------------------------------------------------

    [Theory]
    [InlineData("Besoin d'aide sur Kubernetes")]
    [InlineData("Need help with Kubernetes")]
    public void Route_MatchStrength_ExactSkillBeforeTopicBeforeJobTitle(string text)
    {
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Person("p-title", "Pat Title", jobTitle: "Kubernetes platform engineer")
            .Person("p-topic", "Pat Topic", skills: ["Docker:expert"])
            .Person("p-exact", "Pat Exact", skills: ["Kubernetes:general"]);

        var answer = Route(tenant, text);

        Assert.Equal(["p-exact", "p-topic", "p-title"], answer.Targets.Select(t => t.Id));
    }

    [Theory]
    [InlineData("Qui maîtrise SolidWorks ?")]
    [InlineData("Who is good at SolidWorks?")]
    public void Route_SameSkill_RanksByProficiency(string text)
    {
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Person("p-elem", "Pat Elementary", skills: ["SolidWorks:elem"])
            .Person("p-expert", "Pat Expert", skills: ["SolidWorks:expert"])
            .Person("p-adv", "Pat Advanced", skills: ["SolidWorks:advanced"]);

        var answer = Route(tenant, text);

        Assert.Equal(["p-expert", "p-adv", "p-elem"], answer.Targets.Select(t => t.Id));
    }

    [Theory]
    [InlineData("Qui maîtrise SolidWorks ?")]
    [InlineData("Who is good at SolidWorks?")]
    public void Route_AskMeAbout_BoostsAmongEquals(string text)
    {
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Person("a-plain", "Alex Plain", skills: ["SolidWorks:advanced"])
            .Person("z-ask", "Zoé Ask", skills: ["SolidWorks:advanced:ask"]);

        var answer = Route(tenant, text);

        AssertFirst(answer, "z-ask");
        Assert.Contains("skill SolidWorks (advancedProfessional), ask me about", answer.Targets[0].Reasons);
    }

    [Theory]
    [InlineData("Qui maîtrise SolidWorks ?")]
    [InlineData("Who is good at SolidWorks?")]
    public void Route_WantsToLearn_IsNotExpertise(string text)
    {
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Person("a-learner", "Alex Learner", skills: ["SolidWorks:expert:learn"])
            .Person("z-pro", "Zoé Pro", skills: ["SolidWorks:general"]);

        var answer = Route(tenant, text);

        AssertFirst(answer, "z-pro");
        AssertAbsent(answer, "a-learner");
    }

    [Theory]
    [InlineData("Qui connaît le banc Zephyrion ?")]
    [InlineData("Anyone who knows the Zephyrion bench?")]
    public void Route_TenantSpecificSkill_IsLearnedFromTheDirectory(string text)
    {
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Person("p-z", "Pat Zephyrion", skills: ["Zephyrion bench:advanced"])
            .Person("p-other", "Pat Other", skills: ["Kubernetes:expert"]);

        var answer = Route(tenant, text);

        Assert.Equal(RoutingDecision.Person, answer.Decision);
        AssertFirst(answer, "p-z");
    }

    // ---- Person or group ----------------------------------------------------------------------------

    [Theory]
    [MemberData(nameof(PasswordRequests))]
    public void Route_ServiceRequest_GoesToTeamRequestChannel(string text)
    {
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Person("p-it", "Pat IT", skills: ["Active Directory:expert"], declaredSkills: ["Password reset"])
            .Team("g-it", "Support IT", "Support informatique : comptes, mots de passe, postes. IT support for accounts and passwords.", ["General", "Demandes"]);

        var answer = Route(tenant, text);

        Assert.Equal(RoutingDecision.Group, answer.Decision);
        AssertFirst(answer, "g-it");
        Assert.Equal(RoutingTargetType.Group, answer.Targets[0].Type);
        Assert.Contains("service request: account and password, handled by Support IT", answer.Targets[0].Reasons);
        Assert.Contains("post in its channel Demandes", answer.Targets[0].Reasons);
    }

    [Theory]
    [InlineData("Qui peut m'aider à écrire un helm chart pour Kubernetes ?")]
    [InlineData("Who can help me write a helm chart for Kubernetes?")]
    public void Route_ExpertiseQuestion_GoesToPersonEvenWhenATeamCoversTheDomain(string text)
    {
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Person("p-k8s", "Pat Kube", skills: ["Kubernetes:expert"])
            .Team("g-it", "Support IT", "Support informatique : comptes, mots de passe, postes, logiciels.", ["Demandes"]);

        var answer = Route(tenant, text);

        Assert.Equal(RoutingDecision.Person, answer.Decision);
        AssertFirst(answer, "p-k8s");
    }

    [Theory]
    [InlineData("Le VPN ne se connecte plus depuis chez moi")]
    [InlineData("The VPN does not connect from home anymore")]
    public void Route_SocialProjectAndNonTeamGroups_NeverReceiveRequests(string text)
    {
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Team("g-social", "Afterwork IT", "Afterwork de l'équipe informatique : pizza, jeux et astuces VPN.")
            .Team("g-mates", "Les Bidouilleurs", "Entre collègues : astuces et bons plans pour le VPN et le réseau à la maison.")
            .Team("g-project", "Projet migration VPN", "Projet de migration du VPN et du réseau.")
            .PlainGroup("g-dl", "Support VPN list", "VPN support distribution list.");

        var answer = Route(tenant, text);

        Assert.DoesNotContain(answer.Targets, t => t.Type == RoutingTargetType.Group);
        Assert.Equal(RoutingDecision.None, answer.Decision);
    }

    [Theory]
    [InlineData("Qui organise le barbecue de l'amicale le 19 juin ? je voudrais m'inscrire avec mes enfants")]
    [InlineData("When is the staff association barbecue? Who organises the Christmas party of the comité social?")]
    public void Route_StaffAssociation_IsASocialGroupThatNeverReceivesRequests(string text)
    {
        // An "amicale" or a "comité social" organises barbecues and parties for the staff; it takes no requests.
        var answer = RouteAmongTeams(
            text,
            ("g-amicale", "Amicale du personnel", "Barbecue de juin, arbre de Noël, sorties, staff association barbecue and parties."),
            ("g-social", "Comité social", "Party de Noël, barbecue, Christmas party et activités du personnel."));

        Assert.DoesNotContain(answer.Targets, t => t.Type == RoutingTargetType.Group);
    }

    [Theory]
    [InlineData("Fontes de semis sur nos plants de tomates, qqn peut m'aider avec les semis ?")]
    [InlineData("Damping-off on our tomato seedlings, can someone help with the seedlings?")]
    public void Route_SharedGardenOpenToAll_IsASocialGroupThatNeverReceivesRequests(string text)
    {
        // A staff vegetable garden ("jardin partagé", "ouvert à tous") talks about seedlings, but it is a leisure group, not a desk.
        var answer = RouteAmongTeams(
            text,
            ("g-garden", "Jardin de l'usine", "Le jardin partagé derrière le labo : semis, plants de tomates, échanges de graines. Seedlings swap."),
            ("g-veg", "Les Tomates du toit", "Semis et plants de tomates sur le toit, seedlings and tomato plants, ouvert à tous. Open to all."));

        Assert.DoesNotContain(answer.Targets, t => t.Type == RoutingTargetType.Group);
    }

    [Theory]
    [InlineData("Le VPN ne se connecte plus depuis chez moi")]
    [InlineData("The VPN does not connect from home anymore")]
    public void Route_EmployeeNetwork_IsASocialGroupThatNeverReceivesRequests(string text)
    {
        // An employee resource group ("Women in Rail Network", "Pride Network") is a community, whatever its talks are about.
        var answer = RouteAmongTeams(
            text,
            ("g-women", "Women in IT Network", "Employee resource group: mentoring circles and talks on VPN and networks for women in IT."),
            ("g-pride", "Kestrel Pride Network", "Employee network: events, allyship, and a VPN tips corner."));

        Assert.DoesNotContain(answer.Targets, t => t.Type == RoutingTargetType.Group);
    }

    [Theory]
    [InlineData("Le VPN ne se connecte plus depuis chez moi")]
    [InlineData("The VPN does not connect from home anymore")]
    public void Route_WorkingGroupOrTigerTeam_IsAProjectGroupThatNeverReceivesRequests(string text)
    {
        // "Working group", "tiger team" and "program team" lose a stop word ("working", "team") as stems; as words in a row they still
        // name a project.
        var answer = RouteAmongTeams(
            text,
            ("g-wg", "VPN Renewal WG", "Working group for the 2027 VPN renewal: network design, licences, rollout of the new client."),
            ("g-tiger", "VPN tiger team", "Tiger team chasing the VPN disconnections at the Leeds site."),
            ("g-program", "VPN 2030", "Program team: VPN client renewal, network licences. Meetings and deliverables only."));

        Assert.DoesNotContain(answer.Targets, t => t.Type == RoutingTargetType.Group);
    }

    [Theory]
    [InlineData("Un adhérent veut commander 30 reines Buckfast pour avril et demande si nos reines sont sélectionnées sur le comportement hygiénique. Qui peut lui répondre ?", "p-queen")]
    [InlineData("The formaldehyde badge in the prep room read higher than usual last week. Is our ventilation OK, and what's the exposure limit?", "p-formol")]
    public void Route_QuestionWhosePlainServiceWordMeetsAStrongSkillElsewhere_GoesToThePerson(string text, string expected)
    {
        // "Commander" and "badge" make the vocabulary guess purchasing and badges; the request's own words are someone's skills.
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Person("p-queen", "Camille Vayssié", skills: ["Comportement hygiénique:expert", "Élevage de reines:advanced"])
            .Person("p-formol", "Manon Gendron", language: "en-CA", skills: ["Laboratory ventilation:expert", "Formaldehyde exposure:expert"])
            .Team("g-buy", "Comptabilité & Achats", "Bons de commande, achats et factures fournisseurs.", ["Demandes achats"])
            .Team("g-fac", "Facilities", "Building maintenance, access badges and keys.", ["Requests"]);

        var answer = Route(tenant, text);

        Assert.Equal(RoutingDecision.Person, answer.Decision);
        AssertFirst(answer, expected);
    }

    [Theory]
    [InlineData("Les pipettes du labo QC 2 ont dépassé leur date d'étalonnage")]
    [InlineData("Pipettes in QC lab 2 are past their calibration date, metrology")]
    public void Route_NoOnesKnowledgeAskedAndTheFirstPersonIsThereByADutyTheirDeskNames_GoesToTheDesk(string text)
    {
        // The metrology officer is responsible for metrology as a member of the desk that takes it: the desk answers, not them alone.
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Person("p-metro", "Loïc Berthier", responsibilities: ["Métrologie", "Metrology"])
            .Team("g-tech", "Services techniques - Maintenance et métrologie", "Maintenance, metrology and calibration of lab equipment.", ["Demandes"], members: ["p-metro"]);

        var answer = Route(tenant, text);

        AssertFirstGroup(answer, "g-tech");
    }

    [Theory]
    [InlineData("Besoin d'un créneau IRM cette semaine pour un berger allemand, suspicion de hernie discale")]
    [InlineData("Need an MRI slot this week for a German shepherd, suspected disc herniation")]
    public void Route_NoOnesKnowledgeAskedAndTheFirstPersonHoldsASkillTheirDeskNames_GoesToTheDesk(string text)
    {
        // The radiographer holds "IRM" as a skill, and the desk she works in books MRI slots: booking one is the desk's service.
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Person("p-mri", "Véronique Lapeyre", skills: ["IRM:expert", "MRI:expert"])
            .Team("g-img", "Imagerie - Rendez-vous scanner et IRM", "Prise de rendez-vous pour les examens scanner et IRM, CT and MRI bookings.", ["Demandes"], members: ["p-mri"]);

        var answer = Route(tenant, text);

        AssertFirstGroup(answer, "g-img");
    }

    [Theory]
    [InlineData("J'ai rédigé le plan HACCP de la cuisine centrale, je voudrais un 2e regard avant l'envoi")]
    [InlineData("I drafted the HACCP plan for the central kitchen, could someone give it a second look before I send it?")]
    public void Route_ReviewOfWhatTheFirstPersonsDeskNames_StaysWithThePerson(string text)
    {
        // A second look at one's own work asks for a colleague's judgement, even when their desk names the subject.
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Person("p-haccp", "Anaïs Berthoud", skills: ["HACCP:expert"])
            .Team("g-haccp", "Qualité - Signalements HACCP", "Signalements HACCP et non-conformités d'hygiène.", ["Général"], members: ["p-haccp"]);

        var answer = Route(tenant, text);

        Assert.Equal(RoutingDecision.Person, answer.Decision);
        AssertFirst(answer, "p-haccp");
    }

    [Theory]
    [InlineData("Est-ce que quelqu'un sait piloter un drone ?")]
    [InlineData("Does anybody know how to fly a drone?")]
    public void Route_NobodyFits_AnswersNoneWithWhatIsMissingAndWhatToDo(string text)
    {
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Person("p-k8s", "Pat Kube", skills: ["Kubernetes:expert"])
            .Team("g-it", "Support IT", "Support informatique : comptes, mots de passe.", ["Demandes"]);

        var answer = Route(tenant, text);

        Assert.Equal(RoutingDecision.None, answer.Decision);
        Assert.Empty(answer.Targets);
        Assert.Equal(2, answer.Reasons.Count);
        Assert.Contains(answer.Reasons, r => r.Contains("ask your manager", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(PlcQuestions))]
    public void Route_AllExpertsAway_FallsBackToTheirTeam(string text)
    {
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Person("a-tom", "Tom Becker", skills: ["PLC programming:expert"], outOfOffice: "always")
            .Team("g-maint", "Maintenance", "Maintenance : pannes machines, automatismes, interventions.", ["Interventions"], ["a-tom"]);

        var answer = Route(tenant, text);

        Assert.Equal(RoutingDecision.Group, answer.Decision);
        AssertFirst(answer, "g-maint");
        Assert.Contains("Tom Becker (expert) is out of office (automatic replies on)", answer.Targets[0].Reasons);
    }

    [Theory]
    [MemberData(nameof(PlcQuestions))]
    public void Route_AllExpertsAwayAndNoTeam_AnswersNoneNamingWhoIsAway(string text)
    {
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Person("a-tom", "Tom Becker", skills: ["PLC programming:expert"], enabled: false)
            .Person("b-ines", "Ines Moulin", skills: ["PLC programming:advanced"], hours: "13:00-21:00");

        var answer = Route(tenant, text, Urgency.High);

        Assert.Equal(RoutingDecision.None, answer.Decision);
        Assert.Contains("Tom Becker (expert) has a disabled account", answer.Reasons);
        Assert.Contains(answer.Reasons, r => r.StartsWith("Ines Moulin (advancedProfessional) is outside working hours", StringComparison.Ordinal));
    }

    // ---- Explanations and robustness -----------------------------------------------------------------

    [Theory]
    [MemberData(nameof(PlcQuestions))]
    public void Route_ChosenPerson_ExplainsSkillAvailabilityAndPassedOverExperts(string text)
    {
        var tenant = PlcTeam().Person("a-tom", "Tom Becker", skills: ["PLC programming:expert"], outOfOffice: "2027-03-08T00:00..2027-03-12T00:00");

        var answer = Route(tenant, text);

        var reasons = answer.Targets[0].Reasons;
        Assert.Equal("skill PLC programming (advancedProfessional)", reasons[0]);
        Assert.Contains("available, in working hours", reasons);
        Assert.Equal("Tom Becker (expert) is out of office until 2027-03-12", reasons[^1]);
        Assert.InRange(answer.Targets[0].Score, 0.01, 1);
    }

    [Fact]
    public void Route_UnknownTimeZone_SaysSoAndStillRoutes()
    {
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Person("p-k8s", "Pat Kube", skills: ["Kubernetes:expert"], zone: "Olympus Mons Standard Time");

        var answer = Route(tenant, "Who knows Kubernetes?", Urgency.Critical);

        AssertFirst(answer, "p-k8s");
        Assert.Contains("working hours unknown (time zone 'Olympus Mons Standard Time' not recognised)", answer.Targets[0].Reasons);
    }

    [Fact]
    public void Route_SnapshotWithMissingFieldsEverywhere_StillAnswers()
    {
        var snapshot = new Switchboard.Domain.Directory.DirectorySnapshot
        {
            Users =
            [
                new() { Id = "bare" },
                new() { Id = "k8s", Skills = ["Kubernetes"], MailboxSettings = new() { AutomaticRepliesSetting = new() { Status = "scheduled" } } },
                new() { Id = "dev", Profile = new() { Skills = [new() { DisplayName = "Kubernetes" }, new()] }, MailboxSettings = new(), Presence = new() },
            ],
            Groups = [new() { Id = "bare-group" }, new() { Id = "team", ResourceProvisioningOptions = ["Team"], Team = new() }],
        };
        var index = RoutingIndex.Build(snapshot, TestTenant.Vocabulary, new RoutingOptions());

        var answer = Router.Route(new RoutingRequest("someone-unknown", "Who knows Kubernetes?", Urgency.High, Impact.Team, Tuesday10), index, InMemoryWorkload.Empty);

        // "k8s" has scheduled automatic replies without dates: treated as away, so never first.
        AssertFirst(answer, "dev");
        AssertAbsent(answer, "k8s");
        Assert.Contains("working hours unknown", answer.Targets[0].Reasons);
    }

    [Fact]
    public void Route_AdministratorVocabulary_AddsSynonyms()
    {
        var extension = new VocabularyDocument
        {
            Topics = [new TopicDefinition { Id = "mfg.zamak", Label = "zinc die casting", Domain = "engineering", Kind = TopicKind.Expertise, Terms = ["zamak", "zinc die casting", "fonderie zinc"] }],
        };
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Person("p-zinc", "Pat Zinc", skills: ["Zinc die casting:expert"]);
        var withExtension = RoutingIndex.Build(tenant.Snapshot(), TopicVocabulary.BuiltInWith(extension), new RoutingOptions());

        var answer = Router.Route(new RoutingRequest("req", "Qui connaît le zamak ?", Urgency.Normal, Impact.Individual, Tuesday10), withExtension, tenant.Workload());
        var without = Route(tenant, "Qui connaît le zamak ?");

        AssertFirst(answer, "p-zinc");
        Assert.Contains(answer.Topics, t => t.Id == "mfg.zamak");
        Assert.Equal(RoutingDecision.None, without.Decision);
    }

    // ---- The tenant's own words -------------------------------------------------------------------

    [Theory]
    [InlineData("Un client menace de porter plainte auprès du régulateur Ardeval, je fais quoi ?", new[] { "Conformité réglementaire Ardeval", "Traitement des plaintes" })]
    [InlineData("Quick question about Quillon for the Brackwater client", new[] { "Quillon migration planning", "Brackwater account management" })]
    [InlineData("interaction entre tacrolimus et fluconazole, besoin d'un 2e avis", new[] { "Interactions médicamenteuses" })]
    [InlineData("possible interaction between warfarin and clarithromycin?", new[] { "Drug interactions" })]
    public void Route_ProfileHoldsMostOfTheRequestWords_IsADirectMatchThoughNoFieldIsNamedInFull(string text, string[] skills)
    {
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Person("p-budget", "Pat Budget", skills: ["Budget:expert"])
            .Person("p-words", "Pat Words", declaredSkills: skills);
        var strict = tenant.Index(new RoutingOptions { MinProfileWordCoverage = 2, RequestWordsBonus = 0 });

        var answer = Route(tenant, text);
        var withoutRule = Router.Route(new RoutingRequest("req", text, Urgency.Normal, Impact.Individual, Tuesday10), strict, tenant.Workload());

        Assert.Equal(RoutingDecision.Person, answer.Decision);
        AssertFirst(answer, "p-words");
        Assert.DoesNotContain(withoutRule.Targets, t => t.Id == "p-words");
    }

    [Theory]
    [InlineData("Qui connaît la modélisation stochastic ?")]
    [InlineData("Who knows stochastic modelling?")]
    public void Route_SameWordInTheOtherLanguage_FindsTheProfileWord(string text)
    {
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Person("p-python", "Pat Python", skills: ["Python:expert"])
            .Person("p-stoch", "Pat Stochastique", skills: ["Modélisation stochastique:advanced"]);

        var answer = Route(tenant, text);

        AssertFirst(answer, "p-stoch");
    }

    [Theory]
    [InlineData("Qui a de l'expérience en greffe d'olivier ?", "p-graft")]
    [InlineData("Qqn sait faire le sablage d'une stèle en granit ?", "p-blast")]
    public void Route_ActOfATradeNamedByItsAgeNoun_FindsTheProfile(string text, string expected)
    {
        // "greffe" for "Greffage", "sablage" for "Sabler les pierres": the same act, named by its "-age" noun or its verb.
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Person("p-prune", "Pat Prune", skills: ["Taille des arbres:expert"])
            .Person("p-graft", "Pat Graft", skills: ["Greffage des fruitiers:advanced"])
            .Person("p-blast", "Pat Blast", skills: ["Sabler les pierres tombales:advanced"]);

        var answer = Route(tenant, text);

        AssertFirst(answer, expected);
    }

    [Theory]
    [InlineData("Un lien d'alliance à graver, qui s'en occupe ?")]
    public void Route_WordTheStemmerCutFarBack_IsNoActionNoun(string text)
    {
        // "alliance" stems to "alli": an alloy ("Alliages") is another subject.
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Person("p-alloy", "Pat Alloy", skills: ["Alliages d'or:expert"]);

        var answer = Route(tenant, text);

        Assert.DoesNotContain(answer.Targets, t => t.Id == "p-alloy");
    }

    [Theory]
    [InlineData("Besoin d'un ergonome pour mon bureau, j'ai mal au dos")]
    [InlineData("We need an ergonomics assessment for my desk, my back hurts")]
    public void Route_WordDerivedFromAProfileWord_FindsTheProfile(string text)
    {
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Person("p-ergo", "Pat Ergo", declaredSkills: ["Ergonomie"]);

        var answer = Route(tenant, text);

        AssertFirst(answer, "p-ergo");
    }

    [Theory]
    [InlineData("Question de façade : pont thermique au droit du mur-rideau")]
    [InlineData("facade: thermal bridging at the curtain wall brackets")]
    public void Route_ServiceWordsAreSomeonesDeclaredSkill_GoesToThemNotTheDesk(string text)
    {
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Person("p-facade", "Pat Facade", skills: ["Facade engineering:expert", "Curtain wall design:advanced"])
            .Team("g-work", "Workplace & Facilities", "Office building issues: desks, meeting rooms, heating, cleaning. Bâtiment, bureaux, chauffage.");

        var answer = Route(tenant, text);

        Assert.Equal(RoutingDecision.Person, answer.Decision);
        AssertFirst(answer, "p-facade");
    }

    [Theory]
    [InlineData("Qui connaît LEED ? des crédits à valider pour le bâtiment du labo", "p-leed")]
    [InlineData("LEED credits for the lab building, who can advise?", "p-leed")]
    [InlineData("Les crédits LEED du bâtiment du labo sont à revoir", "g-work")]
    [InlineData("LEED credits for the lab building need a review", "g-work")]
    public void Route_AskingForKnowledgeOfANamedSkill_GoesToItsHolderNotTheDesk(string text, string expected)
    {
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Person("p-leed", "Pat Leed", skills: ["LEED:expert"])
            .Team("g-work", "Workplace & Facilities", "Office building issues: desks, meeting rooms, heating, cleaning. Bâtiment, bureaux, chauffage.");

        var answer = Route(tenant, text);

        AssertFirst(answer, expected);
    }

    [Theory]
    [InlineData("Active Directory : les groupes de sécurité ne se synchronisent plus, qqn d'expert ?")]
    [InlineData("Active Directory: security groups no longer sync, any expert around?")]
    public void Route_AskingForKnowledge_ReachesTheDesksOwnExpert(string text)
    {
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Person("p-ad", "Pat Directory", skills: ["Active Directory:expert"])
            .Person("p-tech", "Pat Technician", jobTitle: "Technicien support")
            .Team("g-it", "Centre de services TI", "Comptes, mots de passe, accès aux applications, groupes de sécurité, VPN, portables. Accounts, passwords, access rights.", members: ["p-ad", "p-tech"]);

        var answer = Route(tenant, text);

        Assert.Equal(RoutingDecision.Person, answer.Decision);
        AssertFirst(answer, "p-ad");
    }

    [Theory]
    [InlineData("Recrutement d'un technicien pour l'été : comment publier l'annonce ?")]
    [InlineData("Recruitment of a summer technician: how do we publish the job ad?")]
    public void Route_ServiceSkillHeldInsideTheDesk_StaysWithTheDesk(string text)
    {
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Person("p-recruiter", "Pat Recruiter", skills: ["Recrutement:expert", "Recruitment:expert"])
            .Team("g-hr", "Ressources humaines", "Congés, embauche, contrats de travail, formation. Leave, hiring, contracts, training.", members: ["p-recruiter"]);

        var answer = Route(tenant, text);

        Assert.Equal(RoutingDecision.Group, answer.Decision);
        AssertFirst(answer, "g-hr");
    }

    [Theory]
    [InlineData("Perforce : mon workspace est corrompu, je ne peux plus synchroniser")]
    [InlineData("Perforce: my workspace is broken, sync fails")]
    public void Route_DeskDescriptionNamesMostOfTheRequest_TakesItBeforeTheToolsExpert(string text)
    {
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Person("p-perforce", "Pat Perforce", skills: ["Perforce:expert"])
            .Team("g-tools", "Build & Tools Support", "Broken builds, Perforce access and workspace issues. Builds cassés, accès Perforce, workspaces.");

        var answer = Route(tenant, text);

        Assert.Equal(RoutingDecision.Group, answer.Decision);
        AssertFirst(answer, "g-tools");
    }

    [Theory]
    [InlineData("Qui connaît Perforce ? je voudrais comprendre les streams")]
    [InlineData("Who knows Perforce well? I want to understand streams")]
    public void Route_DeskSharesOneWordOnly_LeavesTheQuestionToTheExpert(string text)
    {
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Person("p-perforce", "Pat Perforce", skills: ["Perforce:expert"])
            .Team("g-tools", "Build & Tools Support", "Broken builds, Perforce access and workspace issues. Builds cassés, accès Perforce, workspaces.");

        var answer = Route(tenant, text);

        AssertFirst(answer, "p-perforce");
    }

    [Theory]
    [InlineData("Qui organise les matchs de la ligue de softball ?")]
    [InlineData("Who organises the softball league games?")]
    public void Route_SportsLeagueGroup_NeverReceivesRequests(string text)
    {
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Team("g-softball", "Boston Softball League", "Softball games on Thursdays, league standings, beers after.");

        var answer = Route(tenant, text);

        Assert.DoesNotContain(answer.Targets, t => t.Id == "g-softball");
    }

    [Theory]
    [InlineData("Une cliente de l'hôtel-école dit qu'on lui a volé son sac dans le lobby vers 14h, les caméras ont peut-être filmé qqch ?", "g-safety")]
    [InlineData("A guest says her bag was stolen in the lobby around 2pm, can we get the CCTV footage?", "g-safety")]
    [InlineData("A learner just told me she's being pressured by older lads to carry packages and she's scared to go home tonight. What do I do?", "g-safeguarding")]
    [InlineData("Une apprentie m'a confié qu'elle a peur de rentrer chez elle ce soir, je fais quoi ?", "g-safeguarding")]
    public void Route_TheftOnSiteOrAWelfareConcern_GoesToItsDeskNotIT(string text, string desk)
    {
        // A bag stolen in a lobby is campus security's, with the footage; a learner afraid to go home is a safeguarding concern. The IT
        // desk takes stolen laptops and phishing, not these.
        var tenant = new TestTenant()
            .Person("req", "Requester", language: "en-GB")
            .Team("g-it", "IT Service Desk", "Accounts, passwords, laptops, printers, Wi-Fi, VPN, phishing and suspicious e-mail reports, lost or stolen laptops.", ["General", "Tickets"])
            .Team("g-safety", "Campus Safety & Access", "Badges, door access rights, CCTV footage requests, theft, intrusion and other security incidents on campus and in the training hotel.", ["General", "Incidents"])
            .Team("g-safeguarding", "Safeguarding Team", "Report any safeguarding or welfare concern about a learner (abuse, exploitation, radicalisation, self-harm).", ["General", "Report a concern"]);

        var answer = Route(tenant, text);

        AssertFirstGroup(answer, desk);
    }

    [Fact]
    public void Route_StolenFlightTabletAtADroneOperator_IsASecurityIncidentNotAHardwareRequest()
    {
        // "Se faire voler la tablette de vol": the tablet was stolen (whatever "vol" also means where drones fly), and it holds client
        // data: the security desk's incident, not the helpdesk's tablets.
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Team("g-it", "Helpdesk IT", "Comptes, mots de passe, laptops, tablettes et smartphones, imprimantes, VPN.", ["General", "Demandes"])
            .Team("g-sec", "Security / CSIRT", "Report IT security incidents: phishing, malware, compromised accounts, lost or stolen laptops, phones and tablets, data leaks.", ["General", "Report an incident"]);

        var answer = Route(tenant, "On s'est fait voler la tablette de vol (iPad) dans la camionnette cette nuit, elle contient les plans de mission du client. Je préviens qui ?");

        AssertFirstGroup(answer, "g-sec");
    }

    [Theory]
    [InlineData("hi where do i find my payslip for nov? the app says no documents")]
    [InlineData("Bonjour, où je trouve ma fiche de paie de novembre ? l'appli dit aucun document")]
    public void Route_PayslipQuestion_GoesToThePayrollDeskNotToWhoeverSharesAContextWord(string text)
    {
        // A payslip names the payroll desk's service outright; the records clerk shares only "documents".
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Person("p-docs", "Grace Wilson", jobTitle: "Records clerk", skills: ["Document archiving:expert:ask"])
            .Team("g-hr", "People Team (HR & Payroll)", "Payslips, pay queries, holidays, sickness, contracts and letters. Bulletins de paie, congés.", ["General", "HR questions"]);

        var answer = Route(tenant, text);

        AssertFirstGroup(answer, "g-hr");
    }

    [Theory]
    [InlineData("How do I claim mileage for the Kerry trip last week? 412 km")]
    [InlineData("Comment je me fais rembourser mes kilomètres pour la visite à Kerry ?")]
    public void Route_FinanceDeskRunningPaymentRuns_IsADeskAndTheRunnersClubIsNot(string text)
    {
        // "Payment runs" in the finance desk's description is no running club; the runners' group is one and never receives requests.
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Team("g-fin", "Finance & Accounts", "Supplier invoices, expense and mileage claims, purchase orders, payment runs, customer credit notes.", ["General", "Finance queries"])
            .Team("g-run", "Ardnagh Runners", "Lunchtime runners: Tuesday loops around the plant and the Birr 10k.");

        var answer = Route(tenant, text);

        AssertFirstGroup(answer, "g-fin");
        Assert.DoesNotContain(answer.Targets, t => t.Id == "g-run");
    }

    [Theory]
    [InlineData("Comité Conformité RGPD", "Comité chargé de la mise en conformité RGPD : registre, analyses d'impact.", "Faut-il une analyse d'impact RGPD pour le nouveau CRM ?")]
    [InlineData("Privacy Law Committee", "Committee steering our privacy-law compliance: register, impact assessments.", "Do we need a privacy impact assessment for the new CRM?")]
    public void Route_CommitteeGroup_NeverReceivesRequests(string name, string description, string text)
    {
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Team("g-committee", name, description);

        var answer = Route(tenant, text);

        Assert.DoesNotContain(answer.Targets, t => t.Id == "g-committee");
    }

    [Theory]
    [InlineData("Le chauffage ne marche plus au 3e, on gèle", "g-fac")]
    [InlineData("Can you review the NDA with our outsourcing studio before we send the assets?", "g-legal")]
    public void Route_DeskWithItsOwnIntakeChannel_ReceivesRequestsWhateverItsDescriptionMentions(string text, string desk)
    {
        // "stationnement vélo" and "music licences" are a desk's services, not a cycling club or a choir.
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Team("g-fac", "Installations", "Bureaux : chauffage et climatisation, badges, mobilier, stationnement vélo.", ["Général", "Demandes"])
            .Team("g-legal", "Legal - Contracts", "Standard contract reviews: NDAs, outsourcing contracts, music and font licences.", ["General", "Review requests"]);

        var answer = Route(tenant, text);

        AssertFirstGroup(answer, desk);
    }

    [Theory]
    [InlineData("La cantine est ouverte le lundi férié ?")]
    [InlineData("Quick q - is the canteen open on bank holiday Monday?")]
    public void Route_TwoDesksCoverTheSubjects_TheOneWhoseOwnWordsSayItWins(string text)
    {
        // A bank holiday is a subject of the HR desk (leave), the canteen one of facilities; only the facilities desk's own text says what
        // is asked (the canteen open on a Monday).
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Team("g-hr", "People Team", "Congés et absences, bulletins de paie. Leave and absences, payslips.", ["General", "Requests"])
            .Team("g-fac", "Facilities", "Cantine (ouverture, menus du lundi au vendredi), salles de réunion. Canteen (open days, menus), meeting rooms.", ["General", "Requests"]);

        var answer = Route(tenant, text);

        AssertFirst(answer, "g-fac");
    }

    [Fact]
    public void Route_GroupPlanInADesksDescription_IsNotAPickup()
    {
        // "REER collectif", "assurances collectives" are the HR desk's, not a "collecte" (a carrier's pickup): the build desk's request
        // naming a "Shipping" configuration is not sent to HR as a shipment.
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Team("g-hr", "RH - Paie", "Paie, REER collectif, assurances collectives, congés parentaux.", ["Général", "Questions RH"])
            .Team("g-build", "Build Support", "Builds rouges sur la CI (Jenkins), accès Perforce, build farm.", ["Général", "Demandes"]);

        var answer = Route(tenant, "La nightly est rouge depuis 2 jours sur Jenkins, erreur de link sur la config Shipping PS5");

        AssertFirst(answer, "g-build");
    }

    [Fact]
    public void Route_DataEnvironmentInADesksDescription_IsNoEnvironmentalClaim()
    {
        // A "common data environment" is document control's tool, not the environment: the NDA goes to the legal desk that says so.
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Person("p-env", "Jenny Booth", jobTitle: "Environmental Advisor")
            .Team("g-docs", "Document Control", "Common data environment: new project set-up, permissions, transmittals.", ["General", "Document control requests"])
            .Team("g-legal", "Legal and Contracts Review", "Review of standard documents: NDAs, subcontract orders, supplier terms.", ["General", "Review requests"]);

        var answer = Route(tenant, "Can Legal look over the NDA from the Environment Agency's framework partner before the workshop?");

        AssertFirst(answer, "g-legal");
    }

    [Theory]
    [InlineData("The scaffolding subbie has marked up our standard subcontract order and terms, can someone check their changes before we issue it?")]
    [InlineData("Le sous-traitant échafaudage a annoté notre commande de sous-traitance standard, quelqu'un peut vérifier ses modifications ?")]
    public void Route_DeskWhoseOwnWordsHoldMostOfTheRequest_TakesItOverAPhraseForAnotherSubject(string text)
    {
        // "subcontract order" reads as a sales order to the vocabulary and "scaffolding" as plant hire; the legal desk wrote down that
        // marked-up subcontract orders are its service.
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Person("p-scaff", "Dale Hirst", skills: ["Scaffolding design:expert"])
            .Team("g-legal", "Legal and Contracts Review", "Review of standard subcontract orders and marked-up terms, NDAs. Revue des commandes de sous-traitance standard annotées.", ["General", "Review requests"])
            .Team("g-plant", "Plant Hire Desk", "Hire of plant and scaffolding, excavators, cabins. Location de matériel et d'échafaudages.", ["General", "Hire requests"]);

        var answer = Route(tenant, text);

        AssertFirstGroup(answer, "g-legal");
    }

    [Theory]
    [InlineData("Les traductions japonaises sont revenues mais le texte déborde des boîtes de dialogue. Qui connaît les polices CJK ?")]
    [InlineData("The Japanese translations came back and the text overflows the dialogue boxes. Who knows CJK fonts?")]
    public void Route_WhoKnowsANamedSkill_IsItsHolderNotTheDeskSharingTheContext(string text)
    {
        // The localisation desk's own text shares "translations" and "text"; the question is who knows CJK fonts, a skill named in full.
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Person("p-cjk", "Mei Lin Chow", skills: ["Polices CJK (CJK fonts):expert"])
            .Team("g-loc", "Localisation", "Traductions des textes du jeu, boîtes de dialogue, sous-titres. Game text translations, dialogue boxes, subtitles.", ["Général", "Nouvelles demandes"]);

        var answer = Route(tenant, text);

        Assert.Equal(RoutingDecision.Person, answer.Decision);
        AssertFirst(answer, "p-cjk");
    }

    [Theory]
    [InlineData("Le VPN tombe toutes les 10 min depuis le tribunal de commerce, je ne peux pas ouvrir mes pièces")]
    [InlineData("VPN keeps dropping at the commercial court, I can't open my case files")]
    public void Route_ServiceBrokenInAnExpertsContext_GoesToTheDesk(string text)
    {
        // The commercial court is where the VPN is broken, not what is asked: the desk fixes the VPN.
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Person("p-lit", "Paul Mercadier", jobTitle: "Avocat contentieux", skills: ["Contentieux commercial (tribunal de commerce, commercial court):expert"])
            .Team("g-it", "Support informatique", "Mots de passe, comptes, VPN, imprimantes. Passwords, accounts, VPN, printers.", ["Général", "Demandes"]);

        var answer = Route(tenant, text);

        AssertFirstGroup(answer, "g-it");
    }

    [Theory]
    [InlineData("La nightly est rouge depuis 2 jours, erreur de link dans la build PS5")]
    [InlineData("The nightly build has been red for two days, link error on the PS5 build")]
    public void Route_SoftwareBuild_IsNotABuildingRequest(string text)
    {
        var tenant = new TestTenant()
            .Person("req", "Requester")
            .Team("g-fac", "Facilities", "Buildings and offices: heating, leaks, meeting rooms.", ["General", "Requests"])
            .Team("g-build", "Build Support", "Broken and red builds on the CI, Jenkins pipelines, build farm. Builds rouges sur la CI.", ["General", "Requests"]);

        var answer = Route(tenant, text);

        AssertAbsent(answer, "g-fac");
        AssertFirst(answer, "g-build");
    }

    [Fact]
    public void Route_TopParameter_LimitsTargets()
    {
        var tenant = new TestTenant().Person("req", "Requester");
        for (var i = 0; i < 8; i++)
        {
            tenant.Person($"p{i}", $"Person {i}", skills: ["Kubernetes:advanced"]);
        }

        var answer = Router.Route(new RoutingRequest("req", "Kubernetes help", Urgency.Normal, Impact.Team, Tuesday10), tenant.Index(), tenant.Workload(), top: 3);

        Assert.Equal(3, answer.Targets.Count);
    }

    /// <summary>A PLC expert, busy in the way given, and a colleague of the manager's team holding the skill at a lower level.</summary>
    private static TestTenant PlcExpertAndGeneralColleague(string colleagueSkill, string? hours = "08:00-18:00", string presence = "Available") =>
        new TestTenant()
            .Person("boss", "Nadia Ferrand")
            .Person("req", "Paul Lemaire", manager: "boss")
            .Person("b-ines", "Ines Moulin", manager: "boss", skills: [colleagueSkill])
            .Person("a-tom", "Tom Becker", skills: ["PLC programming:expert"], hours: hours, presence: presence);

    private static TestTenant PlcTeam()
    {
        return new TestTenant()
            .Person("boss", "Nadia Ferrand")
            .Person("req", "Paul Lemaire", manager: "boss")
            .Person("b-ines", "Ines Moulin", manager: "boss", skills: ["PLC programming:advanced"]);
    }

    /// <summary>Routes <paramref name="text"/> from a requester in a company whose only groups are these teams.</summary>
    private static RoutingAnswer RouteAmongTeams(string text, params (string Id, string Name, string Description)[] teams)
    {
        var tenant = new TestTenant().Person("req", "Requester");
        foreach (var (id, name, description) in teams)
        {
            tenant.Team(id, name, description);
        }

        return Route(tenant, text);
    }

    private static RoutingAnswer Route(TestTenant tenant, string text, Urgency urgency = Urgency.Normal, string requester = "req") =>
        Router.Route(new RoutingRequest(requester, text, urgency, Impact.Team, Tuesday10), tenant.Index(), tenant.Workload());

    private static void AssertFirst(RoutingAnswer answer, string expected)
    {
        Assert.NotEmpty(answer.Targets);
        Assert.Equal(expected, answer.Targets[0].Id);
    }

    private static void AssertFirstGroup(RoutingAnswer answer, string expected)
    {
        Assert.Equal(RoutingDecision.Group, answer.Decision);
        AssertFirst(answer, expected);
    }

    private static void AssertAbsent(RoutingAnswer answer, string id) =>
        Assert.DoesNotContain(answer.Targets, t => t.Id == id);
}
