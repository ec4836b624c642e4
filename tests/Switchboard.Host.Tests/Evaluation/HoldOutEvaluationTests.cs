using Switchboard.Host.Cli;
using Switchboard.Host.Cli.Evaluation;
using Xunit.Abstractions;

namespace Switchboard.Host.Tests.Evaluation;

/// <summary>
/// Held-out evaluation of the routing engine through the real <c>route</c> command, on tenants written by people who
/// never saw the engine (<c>Evaluation/HoldOut/&lt;tenant&gt;/</c>), expected answers decided from the tenant data and
/// the routing rules before the engine ran. The rule that nobody absent, disabled, at capacity, off-hours for an urgent
/// request, or the requester is ever put first holds always and is asserted. Accuracy on unseen tenants is a measured
/// figure (printed here, and by <c>eval-route</c>), tracked in docs/ROUTING.md against the bar.
/// </summary>
public sealed class HoldOutEvaluationTests(ITestOutputHelper output)
{
    public static TheoryData<string> Tenants => new()
    {
        "AssurancesBoreal", "BrumeluneGames", "HopitauxSambreMeuse", "ThornburyValeEngineering", "ArmorTerroirs", "NorthgateFulfilment",
        "BorealDigital", "TransValLoire", "CorribMedicalGalway", "Voltabel", "LemanPrivate", "BricoDomia", "AeroLaurentides",
        "AshcombeUniversity", "AssurancesVerlaine", "HarrowgateCivilEngineering", "StudioPixelune", "HotelsRivesDuLac", "DelcourtAvocats",
        "EauxDuValDOrne", "KestrelTelecom", "LaboratoiresCosmalp", "MaisonsBelcastel", "NordhavnShipping", "CliniqueVeterinaireAubrac",
        "QuillonGamesRetail", "StationsDuHautGiffre", "MeridianNewsGroup", "SiliciaFab", "VilleDeSaintAubanel", "RedcliffeRoversFC",
        "ChocolaterieVaudreuil", "CarrieresDuVexin", "MaisonAurelleParis", "TempoInterimBelgique", "MaisonCorvelleBeaune",
        "BrightwaterFerries", "CoopBorealMatawin", "OperaTheatreMontclar", "AeroportPortBelcourt", "ManufactureVuilleumierChapatte",
        "CHUMosan", "CheminsDeFerBroyeLavaux", "HarrowgatePryce", "LoughmoreBrewing", "ParcOrvalie", "RegieMatieresAppalachesSud",
        "ArmorMareeCooperative", "BeauceLoirAgri", "BrixelConsultingBruxelles", "CalderbrookHomes", "CirqueBorealMontreal",
        "HeliciaSpaceToulouse", "MediathequesLoireVallee", "NucleoMaintRhone", "RideauOutaouaisDSB", "SecoursHorizonGeneve",
        "ValmontFundServicesLuxembourg", "ValoriaPharmaValais", "BorealysSecuriteOttawa", "CairnbegOffshoreOM", "CfapFkbuBruxelles",
        "ConfluenceBioLyon", "DelmasFerrandBordeaux", "EstuairePropulsionNavale", "FIPRLausanne", "FirthFableDundee", "ForthpayEdinburgh",
        "GalvaMeuseLiege", "GlanfaStudiosCardiff", "HadHeraultMediterranee", "LiffeyAircraftLeasing", "NordilleLille",
        "SaleveCommoditiesGeneve", "TerminalPhoceenMarseille", "ThermesDesDomesAuvergne", "TransportDeuxRives", "AlpeyreSkiMontagne",
        "ArdcraigDistillers", "AscenseursBellerive", "AstrelleSatellites", "BarrowNoreCreditUnion", "CaisseMutuelleComtoise",
        "CavehillCustomerContact", "CotentinAtomeMaintenance", "GroupeLaitierMoleson", "HarricanaGeoMines", "InstitutAlpinChamossaire",
        "LavandiereSaoneRhone", "MaisonAmbrelisGrasse", "MarchmontTransit", "MerseyFoldingCartons", "NoroitEnergies",
        "PenningtonRoweAuctioneers", "ThurwerkRail", "ArdmarrowPilotsTowage", "AutoroutesGaronnePyrenees", "BallyfoyleStud",
        "CataraquiTitleAssurance", "CoopAcericoleBoisFrancs", "CoopFuneraireMontEcho", "EcransMosellans", "EditionsCasePhylactere",
        "FournilsVanderbeken", "FretFindelLogistique", "GroupeNeveLaval", "HoveniersDiamondHouse", "JouetsValcreteJura",
        "KempenkasTomatoes", "KervenecMarineGroup", "LemanisInterpretation", "ManufactureOrguesKientz", "MorvernSeafarms", "PedalisParis",
        "PendlebrookHospice", "SemencesDuLayon", "AluminerieGrandFjord", "AteliersCorbineau", "CarraigSubsea", "ClonmaraFertility",
        "EveilCaussenard", "ExponanceEvents", "FenmoorPetNutrition", "HarcastleVaneTea", "HollinsheadMarwick", "LysweaveTextiles",
        "OptiquesChasseron", "ParcZoologiqueVaillerive", "PharmeliaRepartition", "RemonteesArbenne", "StudiosSaintAmbroise",
        "TableesDuGrandOuest", "VerreriesAumontel", "WrenfieldAnalytical", "AldermoorAcademic", "AlzetteRe", "AmbuliaDauphine",
        "CarrowkeelLaboratories", "ChausseesDuBerry", "CliniqueOrthopediqueVenoge", "HartwellPikeBooksellers", "HearthlightEnergy",
        "HeliMosaneServices", "KilbrackKitchens", "MalteriesDeLaGete", "MuseeNationalClairval", "PepinieresAuthion",
        "RavensworthMotorGroup", "StationMontSauvagine", "SyrdallDataCentres", "TransportsGivral", "TurbiniersDuNord",
    };

    /// <summary>
    /// Floors: the figures measured at the end of stop 23 (first target / decision, %: AssurancesBoreal 90/92, BrumeluneGames 90/90,
    /// HopitauxSambreMeuse 96/96, ThornburyValeEngineering 90/94, ArmorTerroirs 95/97.5, NorthgateFulfilment 92.5/100, BorealDigital
    /// 82.5/92.5, TransValLoire 90/95, CorribMedicalGalway 87.5/97.5, Voltabel 85/95, LemanPrivate 87.5/87.5, BricoDomia 92.5/95,
    /// AeroLaurentides 82.5/92.5, AshcombeUniversity 85/95, AssurancesVerlaine 92.5/97.5, HarrowgateCivilEngineering 80/87.5,
    /// StudioPixelune 87.5/90, HotelsRivesDuLac 72.5/90, DelcourtAvocats 77.5/85, EauxDuValDOrne 77.5/82.5, KestrelTelecom 82.5/95,
    /// LaboratoiresCosmalp 82.5/92.5, MaisonsBelcastel 77.5/85, NordhavnShipping 95/95, CliniqueVeterinaireAubrac 75/80,
    /// QuillonGamesRetail 80/90, StationsDuHautGiffre 65/92.5, MeridianNewsGroup 65/80, SiliciaFab 85/90, VilleDeSaintAubanel 85/92.5,
    /// RedcliffeRoversFC 75/85, ChocolaterieVaudreuil 75/82.5, CarrieresDuVexin 72.5/77.5, MaisonAurelleParis 75/95,
    /// TempoInterimBelgique 77.5/87.5, MaisonCorvelleBeaune 75/90, BrightwaterFerries 85/92.5, CoopBorealMatawin 72.5/85,
    /// OperaTheatreMontclar 65/80, AeroportPortBelcourt 70/80, ManufactureVuilleumierChapatte 77.5/87.5, CHUMosan 82.5/90,
    /// CheminsDeFerBroyeLavaux 80/87.5, HarrowgatePryce 70/87.5, LoughmoreBrewing 82.5/87.5, ParcOrvalie 85/90,
    /// RegieMatieresAppalachesSud 80/90, ArmorMareeCooperative 75/82.5, BeauceLoirAgri 77.5/85, BrixelConsultingBruxelles 77.5/77.5,
    /// CalderbrookHomes 80/87.5, CirqueBorealMontreal 75/82.5, HeliciaSpaceToulouse 82.5/90, MediathequesLoireVallee 77.5/80,
    /// NucleoMaintRhone 87.5/92.5, RideauOutaouaisDSB 80/85, SecoursHorizonGeneve 87.5/90, ValmontFundServicesLuxembourg 82.5/90,
    /// ValoriaPharmaValais 87.5/90, BorealysSecuriteOttawa 82.5/90, CairnbegOffshoreOM 77.5/85, CfapFkbuBruxelles 72.5/85,
    /// ConfluenceBioLyon 80/82.5, DelmasFerrandBordeaux 75/92.5, EstuairePropulsionNavale 80/92.5, FIPRLausanne 77.5/90,
    /// FirthFableDundee 85/92.5, ForthpayEdinburgh 80/85, GalvaMeuseLiege 82.5/95, GlanfaStudiosCardiff 75/82.5, HadHeraultMediterranee
    /// 70/70, LiffeyAircraftLeasing 90/95, NordilleLille 75/87.5, SaleveCommoditiesGeneve 85/90, TerminalPhoceenMarseille 80/92.5,
    /// ThermesDesDomesAuvergne 80/92.5, TransportDeuxRives 85/97.5, AlpeyreSkiMontagne 82.5/90, ArdcraigDistillers 72.5/85,
    /// AscenseursBellerive 70/87.5, AstrelleSatellites 80/90, BarrowNoreCreditUnion 72.5/85, CaisseMutuelleComtoise 75/85,
    /// CavehillCustomerContact 82.5/92.5, CotentinAtomeMaintenance 87.5/90, GroupeLaitierMoleson 70/80, HarricanaGeoMines 72.5/87.5,
    /// InstitutAlpinChamossaire 82.5/95, LavandiereSaoneRhone 90/90, MaisonAmbrelisGrasse 87.5/92.5, MarchmontTransit 75/82.5,
    /// MerseyFoldingCartons 75/90, NoroitEnergies 87.5/92.5, PenningtonRoweAuctioneers 75/87.5, ThurwerkRail 80/90,
    /// ArdmarrowPilotsTowage 77.5/85, AutoroutesGaronnePyrenees 80/87.5, BallyfoyleStud 72.5/85, CataraquiTitleAssurance 85/92.5,
    /// CoopAcericoleBoisFrancs 85/95, CoopFuneraireMontEcho 72.5/82.5, EcransMosellans 80/87.5, EditionsCasePhylactere 82.5/87.5,
    /// FournilsVanderbeken 82.5/90, FretFindelLogistique 80/97.5, GroupeNeveLaval 70/80, HoveniersDiamondHouse 77.5/95,
    /// JouetsValcreteJura 77.5/85, KempenkasTomatoes 75/87.5, KervenecMarineGroup 65/75, LemanisInterpretation 82.5/95,
    /// ManufactureOrguesKientz 80/95, MorvernSeafarms 82.5/90, PedalisParis 85/90, PendlebrookHospice 77.5/82.5, SemencesDuLayon
    /// 92.5/95, AluminerieGrandFjord 75/85, AteliersCorbineau 75/82.5, CarraigSubsea 82.5/92.5, ClonmaraFertility 77.5/92.5,
    /// EveilCaussenard 72.5/82.5, ExponanceEvents 80/87.5, FenmoorPetNutrition 62.5/80, HarcastleVaneTea 85/92.5, HollinsheadMarwick
    /// 72.5/77.5, LysweaveTextiles 82.5/87.5, OptiquesChasseron 77.5/85, ParcZoologiqueVaillerive 67.5/77.5, PharmeliaRepartition
    /// 80/87.5, RemonteesArbenne 77.5/85, StudiosSaintAmbroise 77.5/90, TableesDuGrandOuest 82.5/87.5, VerreriesAumontel 90/92.5,
    /// WrenfieldAnalytical 75/80, AldermoorAcademic 92.5/92.5, AlzetteRe 87.5/97.5, AmbuliaDauphine 67.5/90, CarrowkeelLaboratories
    /// 90/92.5, ChausseesDuBerry 87.5/92.5, CliniqueOrthopediqueVenoge 70/80, HartwellPikeBooksellers 85/97.5, HearthlightEnergy
    /// 87.5/95, HeliMosaneServices 70/82.5, KilbrackKitchens 85/95, MalteriesDeLaGete 87.5/92.5, MuseeNationalClairval 77.5/80,
    /// PepinieresAuthion 75/82.5, RavensworthMotorGroup 80/85, StationMontSauvagine 80/92.5, SyrdallDataCentres 75/82.5,
    /// TransportsGivral 80/85, TurbiniersDuNord 77.5/87.5), minus two requests of margin, so a change that loses ground on outsiders'
    /// tenants is noticed. These sets have all been studied since their blind measurement (docs/ROUTING.md §6): they are regression
    /// floors, not the bar.
    /// </summary>
    public static TheoryData<string, double, double> Floors => new()
    {
        { "AssurancesBoreal", 0.86, 0.88 },
        { "BrumeluneGames", 0.86, 0.86 },
        { "HopitauxSambreMeuse", 0.92, 0.92 },
        { "ThornburyValeEngineering", 0.86, 0.9 },
        { "ArmorTerroirs", 0.9, 0.925 },
        { "NorthgateFulfilment", 0.875, 0.95 },
        { "BorealDigital", 0.775, 0.875 },
        { "TransValLoire", 0.85, 0.9 },
        { "CorribMedicalGalway", 0.825, 0.925 },
        { "Voltabel", 0.8, 0.9 },
        { "LemanPrivate", 0.825, 0.825 },
        { "BricoDomia", 0.875, 0.9 },
        { "AeroLaurentides", 0.775, 0.875 },
        { "AshcombeUniversity", 0.8, 0.9 },
        { "AssurancesVerlaine", 0.875, 0.925 },
        { "HarrowgateCivilEngineering", 0.75, 0.825 },
        { "StudioPixelune", 0.825, 0.85 },
        { "HotelsRivesDuLac", 0.675, 0.85 },
        { "DelcourtAvocats", 0.725, 0.8 },
        { "EauxDuValDOrne", 0.725, 0.775 },
        { "KestrelTelecom", 0.775, 0.9 },
        { "LaboratoiresCosmalp", 0.775, 0.875 },
        { "MaisonsBelcastel", 0.725, 0.8 },
        { "NordhavnShipping", 0.9, 0.9 },
        { "CliniqueVeterinaireAubrac", 0.7, 0.75 },
        { "QuillonGamesRetail", 0.75, 0.85 },
        { "StationsDuHautGiffre", 0.6, 0.875 },
        { "MeridianNewsGroup", 0.6, 0.75 },
        { "SiliciaFab", 0.8, 0.85 },
        { "VilleDeSaintAubanel", 0.8, 0.875 },
        { "RedcliffeRoversFC", 0.7, 0.8 },
        { "ChocolaterieVaudreuil", 0.7, 0.775 },
        { "CarrieresDuVexin", 0.675, 0.725 },
        { "MaisonAurelleParis", 0.7, 0.9 },
        { "TempoInterimBelgique", 0.725, 0.825 },
        { "MaisonCorvelleBeaune", 0.7, 0.85 },
        { "BrightwaterFerries", 0.8, 0.875 },
        { "CoopBorealMatawin", 0.675, 0.8 },
        { "OperaTheatreMontclar", 0.6, 0.75 },
        { "AeroportPortBelcourt", 0.65, 0.75 },
        { "ManufactureVuilleumierChapatte", 0.725, 0.825 },
        { "CHUMosan", 0.775, 0.85 },
        { "CheminsDeFerBroyeLavaux", 0.75, 0.825 },
        { "HarrowgatePryce", 0.65, 0.825 },
        { "LoughmoreBrewing", 0.775, 0.825 },
        { "ParcOrvalie", 0.8, 0.85 },
        { "RegieMatieresAppalachesSud", 0.75, 0.85 },
        { "ArmorMareeCooperative", 0.7, 0.775 },
        { "BeauceLoirAgri", 0.725, 0.8 },
        { "BrixelConsultingBruxelles", 0.725, 0.725 },
        { "CalderbrookHomes", 0.75, 0.825 },
        { "CirqueBorealMontreal", 0.7, 0.775 },
        { "HeliciaSpaceToulouse", 0.775, 0.85 },
        { "MediathequesLoireVallee", 0.725, 0.75 },
        { "NucleoMaintRhone", 0.825, 0.875 },
        { "RideauOutaouaisDSB", 0.75, 0.8 },
        { "SecoursHorizonGeneve", 0.825, 0.85 },
        { "ValmontFundServicesLuxembourg", 0.775, 0.85 },
        { "ValoriaPharmaValais", 0.825, 0.85 },
        { "BorealysSecuriteOttawa", 0.775, 0.85 },
        { "CairnbegOffshoreOM", 0.725, 0.8 },
        { "CfapFkbuBruxelles", 0.675, 0.8 },
        { "ConfluenceBioLyon", 0.75, 0.775 },
        { "DelmasFerrandBordeaux", 0.7, 0.875 },
        { "EstuairePropulsionNavale", 0.75, 0.875 },
        { "FIPRLausanne", 0.725, 0.85 },
        { "FirthFableDundee", 0.8, 0.875 },
        { "ForthpayEdinburgh", 0.75, 0.8 },
        { "GalvaMeuseLiege", 0.775, 0.9 },
        { "GlanfaStudiosCardiff", 0.7, 0.775 },
        { "HadHeraultMediterranee", 0.65, 0.65 },
        { "LiffeyAircraftLeasing", 0.85, 0.9 },
        { "NordilleLille", 0.7, 0.825 },
        { "SaleveCommoditiesGeneve", 0.8, 0.85 },
        { "TerminalPhoceenMarseille", 0.75, 0.875 },
        { "ThermesDesDomesAuvergne", 0.75, 0.875 },
        { "TransportDeuxRives", 0.8, 0.925 },
        { "AlpeyreSkiMontagne", 0.775, 0.85 },
        { "ArdcraigDistillers", 0.675, 0.8 },
        { "AscenseursBellerive", 0.65, 0.825 },
        { "AstrelleSatellites", 0.75, 0.85 },
        { "BarrowNoreCreditUnion", 0.675, 0.8 },
        { "CaisseMutuelleComtoise", 0.7, 0.8 },
        { "CavehillCustomerContact", 0.775, 0.875 },
        { "CotentinAtomeMaintenance", 0.825, 0.85 },
        { "GroupeLaitierMoleson", 0.65, 0.75 },
        { "HarricanaGeoMines", 0.675, 0.825 },
        { "InstitutAlpinChamossaire", 0.775, 0.9 },
        { "LavandiereSaoneRhone", 0.85, 0.85 },
        { "MaisonAmbrelisGrasse", 0.825, 0.875 },
        { "MarchmontTransit", 0.7, 0.775 },
        { "MerseyFoldingCartons", 0.7, 0.85 },
        { "NoroitEnergies", 0.825, 0.875 },
        { "PenningtonRoweAuctioneers", 0.7, 0.825 },
        { "ThurwerkRail", 0.75, 0.85 },
        { "ArdmarrowPilotsTowage", 0.725, 0.8 },
        { "AutoroutesGaronnePyrenees", 0.75, 0.825 },
        { "BallyfoyleStud", 0.675, 0.8 },
        { "CataraquiTitleAssurance", 0.8, 0.875 },
        { "CoopAcericoleBoisFrancs", 0.8, 0.9 },
        { "CoopFuneraireMontEcho", 0.675, 0.775 },
        { "EcransMosellans", 0.75, 0.825 },
        { "EditionsCasePhylactere", 0.775, 0.825 },
        { "FournilsVanderbeken", 0.775, 0.85 },
        { "FretFindelLogistique", 0.75, 0.925 },
        { "GroupeNeveLaval", 0.65, 0.75 },
        { "HoveniersDiamondHouse", 0.725, 0.9 },
        { "JouetsValcreteJura", 0.725, 0.8 },
        { "KempenkasTomatoes", 0.7, 0.825 },
        { "KervenecMarineGroup", 0.6, 0.7 },
        { "LemanisInterpretation", 0.775, 0.9 },
        { "ManufactureOrguesKientz", 0.75, 0.9 },
        { "MorvernSeafarms", 0.775, 0.85 },
        { "PedalisParis", 0.8, 0.85 },
        { "PendlebrookHospice", 0.725, 0.775 },
        { "SemencesDuLayon", 0.875, 0.9 },
        { "AluminerieGrandFjord", 0.7, 0.8 },
        { "AteliersCorbineau", 0.7, 0.775 },
        { "CarraigSubsea", 0.775, 0.875 },
        { "ClonmaraFertility", 0.725, 0.875 },
        { "EveilCaussenard", 0.675, 0.775 },
        { "ExponanceEvents", 0.75, 0.825 },
        { "FenmoorPetNutrition", 0.575, 0.75 },
        { "HarcastleVaneTea", 0.8, 0.875 },
        { "HollinsheadMarwick", 0.675, 0.725 },
        { "LysweaveTextiles", 0.775, 0.825 },
        { "OptiquesChasseron", 0.725, 0.8 },
        { "ParcZoologiqueVaillerive", 0.625, 0.725 },
        { "PharmeliaRepartition", 0.75, 0.825 },
        { "RemonteesArbenne", 0.725, 0.8 },
        { "StudiosSaintAmbroise", 0.725, 0.85 },
        { "TableesDuGrandOuest", 0.775, 0.825 },
        { "VerreriesAumontel", 0.85, 0.875 },
        { "WrenfieldAnalytical", 0.7, 0.75 },
        { "AldermoorAcademic", 0.875, 0.875 },
        { "AlzetteRe", 0.825, 0.925 },
        { "AmbuliaDauphine", 0.625, 0.85 },
        { "CarrowkeelLaboratories", 0.85, 0.875 },
        { "ChausseesDuBerry", 0.825, 0.875 },
        { "CliniqueOrthopediqueVenoge", 0.65, 0.75 },
        { "HartwellPikeBooksellers", 0.8, 0.925 },
        { "HearthlightEnergy", 0.825, 0.9 },
        { "HeliMosaneServices", 0.65, 0.775 },
        { "KilbrackKitchens", 0.8, 0.9 },
        { "MalteriesDeLaGete", 0.825, 0.875 },
        { "MuseeNationalClairval", 0.725, 0.75 },
        { "PepinieresAuthion", 0.7, 0.775 },
        { "RavensworthMotorGroup", 0.75, 0.8 },
        { "StationMontSauvagine", 0.75, 0.875 },
        { "SyrdallDataCentres", 0.7, 0.775 },
        { "TransportsGivral", 0.75, 0.8 },
        { "TurbiniersDuNord", 0.725, 0.825 },
    };

    [Theory]
    [MemberData(nameof(Floors))]
    public async Task Route_HeldOutTenant_StaysAboveItsMeasuredFloor(string tenant, double firstTarget, double decision)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Evaluation", "HoldOut", tenant);

        var result = await RoutingEvaluation.RunAsync(folder, CancellationToken.None);

        output.WriteLine(result.Summary);
        Assert.True(result.FirstTargetRate >= firstTarget, $"{tenant}: first target {result.FirstTargetRate:P1} is below the floor {firstTarget:P0}");
        Assert.True(result.DecisionRate >= decision, $"{tenant}: decision {result.DecisionRate:P1} is below the floor {decision:P0}");
    }

    [Theory]
    [MemberData(nameof(Tenants))]
    public async Task Route_HeldOutTenant_NeverPutsAForbiddenTargetFirst(string tenant)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Evaluation", "HoldOut", tenant);

        var result = await RoutingEvaluation.RunAsync(folder, CancellationToken.None);

        foreach (var line in result.Requests.SelectMany(r => r.Report))
        {
            output.WriteLine(line);
        }

        output.WriteLine(result.Summary);
        Assert.True(result.Total >= 40, "a held-out set needs at least 40 requests");
        Assert.Empty(result.Forbidden);
    }

    [Fact]
    public async Task EvalRoute_TwoSets_PrintsOneSummaryLineEachAndExitsZero()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "Evaluation", "HoldOut");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await new EvalRouteCommand(stdout, stderr).RunAsync([Path.Combine(root, "AssurancesBoreal"), Path.Combine(root, "BrumeluneGames")]);

        Assert.Equal(0, exit);
        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("AssurancesBoreal: first target right ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("BrumeluneGames: first target right ", lines[1], StringComparison.Ordinal);
        Assert.Equal(string.Empty, stderr.ToString());
    }

    [Fact]
    public async Task EvalRoute_FolderWithoutExpectations_FailsWithOneLineNamingTheFile()
    {
        var folder = Directory.CreateTempSubdirectory("switchboard-eval-").FullName;
        try
        {
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();

            var exit = await new EvalRouteCommand(stdout, stderr).RunAsync([folder]);

            Assert.Equal(1, exit);
            var message = stderr.ToString().TrimEnd();
            Assert.DoesNotContain('\n', message);
            Assert.Contains("tenant.json: file not found", message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
