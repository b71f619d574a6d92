using FluentAssertions;
using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Vocabulary;
using IncentiveCompliance.Core.Domain.Audit;
using IncentiveCompliance.Infrastructure.Persistence;
using Xunit;

namespace IncentiveCompliance.UnitTests.Domain;

public sealed class AuditActionTests
{
    /// <summary>The names in the trail's Action column since the first release: rows that carry them must keep reading.</summary>
    private static readonly string[] StoredNames =
    [
        "evidence.uploaded",
        "submission.drafted",
        "submission.submitted",
        "submission.reviewed",
        "submission.draft_replaced",
        "submission.approved_by_training",
        "catalogue.loaded",
        "holiday.saved",
        "holiday.removed",
        "municipality.updated",
        "training.created",
        "training.updated",
        "attendance.recorded",
        "certificate.downloaded",
        "budget.import_requested",
        "budget.imported",
        "budget.month_reviewed",
        "report.requested",
        "report.schedule_saved",
        "audit.exported",
        "ranking.published",
        "ranking.withdrawn",
        "account.signed_in",
        "account.sign_in_failed",
        "account.signed_out",
        "account.second_factor_failed",
        "account.second_factor_verified",
        "account.second_factor_enabled",
        "account.second_factor_disabled",
        "account.password_changed",
        "user.created",
        "user.role_changed",
        "user.password_reset",
        "user.disabled",
        "user.enabled",
        "keys.rotated",
    ];

    [Fact]
    public void Every_action_has_a_spanish_label()
    {
        var unlabelled = Enum.GetValues<AuditAction>().Where(action => Label(action) is not { Length: > 0 });

        unlabelled.Should().BeEmpty("the audit trail, the security events and a submission's history show every action in words");
    }

    [Fact]
    public void Every_action_keeps_the_dotted_name_stored_and_written_before_actions_were_typed() =>
        Enum.GetValues<AuditAction>().Select(action => EnumJson.Name(action)).Should().BeEquivalentTo(StoredNames);

    [Fact]
    public void The_database_reads_and_writes_an_action_by_its_dotted_name()
    {
        using var db = DesignTimeContextFactory.Create(DatabaseProvider.Sqlite);
        var converter = db.Model.FindEntityType(typeof(AuditEntry))!.FindProperty(nameof(AuditEntry.Action))!.GetValueConverter()!;

        StoredNames.Select(name => converter.ConvertToProvider(converter.ConvertFromProvider(name))).Should().Equal(StoredNames);
        converter.ConvertFromProvider("submission.draft_replaced").Should().Be(AuditAction.SubmissionDraftReplaced);
    }

    private static string? Label(AuditAction action)
    {
        try
        {
            return Words.Of(action);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
