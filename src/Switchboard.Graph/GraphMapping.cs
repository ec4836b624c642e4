using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Runtime.Serialization;
using Microsoft.Kiota.Abstractions;
using Switchboard.Domain.Directory;
using GraphModels = Microsoft.Graph.Models;

namespace Switchboard.Graph;

/// <summary>
/// Maps the SDK's models to the domain's Graph-shaped records, keeping Graph's wire values (enum names as Graph
/// writes them, times as <c>HH:mm:ss.fffffff</c>) so a synced snapshot reads like a Graph export.
/// </summary>
internal static class GraphMapping
{
    private static readonly ConcurrentDictionary<Enum, string> WireNames = new();

    public static DirectoryUser User(GraphModels.User user) => new()
    {
        Id = user.Id ?? throw new InvalidOperationException("Microsoft Graph returned a user without an id."),
        DisplayName = user.DisplayName,
        GivenName = user.GivenName,
        Surname = user.Surname,
        UserPrincipalName = user.UserPrincipalName,
        Mail = user.Mail,
        JobTitle = user.JobTitle,
        Department = user.Department,
        OfficeLocation = user.OfficeLocation,
        PreferredLanguage = user.PreferredLanguage,
        UsageLocation = user.UsageLocation,
        AccountEnabled = user.AccountEnabled,
        Manager = user.Manager?.Id is { } managerId ? new DirectoryReference { Id = managerId } : null,
    };

    public static DirectoryGroup Group(GraphModels.Group group) => new()
    {
        Id = group.Id ?? throw new InvalidOperationException("Microsoft Graph returned a group without an id."),
        DisplayName = group.DisplayName,
        Description = group.Description,
        Mail = group.Mail,
        GroupTypes = group.GroupTypes,
        ResourceProvisioningOptions = group.ResourceProvisioningOptions,
    };

    public static MailboxSettings Mailbox(GraphModels.MailboxSettings settings) => new()
    {
        TimeZone = settings.TimeZone,
        AutomaticRepliesSetting = settings.AutomaticRepliesSetting is { } replies
            ? new AutomaticRepliesSetting
            {
                Status = Wire(replies.Status),
                ScheduledStartDateTime = DateTime(replies.ScheduledStartDateTime),
                ScheduledEndDateTime = DateTime(replies.ScheduledEndDateTime),
                InternalReplyMessage = replies.InternalReplyMessage,
                ExternalReplyMessage = replies.ExternalReplyMessage,
            }
            : null,
        WorkingHours = settings.WorkingHours is { } hours
            ? new WorkingHours
            {
                DaysOfWeek = hours.DaysOfWeek?.Select(Wire).OfType<string>().ToList(),
                StartTime = Time(hours.StartTime),
                EndTime = Time(hours.EndTime),
                TimeZone = hours.TimeZone is { } zone ? new TimeZoneBase { Name = zone.Name } : null,
            }
            : null,
    };

    public static Presence Presence(GraphModels.Presence presence) => new()
    {
        Availability = presence.Availability,
        Activity = presence.Activity,
    };

    private static DateTimeTimeZone? DateTime(GraphModels.DateTimeTimeZone? value) =>
        value is null ? null : new DateTimeTimeZone { DateTime = value.DateTime, TimeZone = value.TimeZone };

    private static string? Time(Time? time) =>
        time is { } t ? string.Create(CultureInfo.InvariantCulture, $"{t.Hour:D2}:{t.Minute:D2}:{t.Second:D2}.0000000") : null;

    /// <summary>The value Graph writes for an SDK enum (its <see cref="EnumMemberAttribute"/>), e.g. <c>alwaysEnabled</c>.</summary>
    private static string? Wire<T>(T? value)
        where T : struct, Enum =>
        value is { } v
            ? WireNames.GetOrAdd(v, e => typeof(T).GetField(e.ToString(), BindingFlags.Public | BindingFlags.Static)?.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? e.ToString())
            : null;
}
