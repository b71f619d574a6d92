using System.Text.Json.Serialization;

namespace IncentiveCompliance.Core.Domain.Audit;

/// <summary>
/// What an audit entry records. Each action is stored, and written by the API and the exports, under the dotted name it
/// declares ("submission.reviewed"): the names entries have carried from the start, so a member may be renamed but its
/// dotted name never changes; a new action needs a dotted name of its own and a word (<c>Words.Of</c>).
/// </summary>
public enum AuditAction
{
    // Submissions and their evidence
    [JsonStringEnumMemberName("evidence.uploaded")]
    EvidenceUploaded,
    [JsonStringEnumMemberName("submission.drafted")]
    SubmissionDrafted,
    [JsonStringEnumMemberName("submission.submitted")]
    SubmissionSubmitted,
    [JsonStringEnumMemberName("submission.reviewed")]
    SubmissionReviewed,
    [JsonStringEnumMemberName("submission.draft_replaced")]
    SubmissionDraftReplaced,
    [JsonStringEnumMemberName("submission.approved_by_training")]
    SubmissionApprovedByTraining,

    // The program: catalogue, holidays, municipalities
    [JsonStringEnumMemberName("catalogue.loaded")]
    CatalogueLoaded,
    [JsonStringEnumMemberName("holiday.saved")]
    HolidaySaved,
    [JsonStringEnumMemberName("holiday.removed")]
    HolidayRemoved,
    [JsonStringEnumMemberName("municipality.updated")]
    MunicipalityUpdated,

    // Trainings
    [JsonStringEnumMemberName("training.created")]
    TrainingCreated,
    [JsonStringEnumMemberName("training.updated")]
    TrainingUpdated,
    [JsonStringEnumMemberName("attendance.recorded")]
    AttendanceRecorded,
    [JsonStringEnumMemberName("certificate.downloaded")]
    CertificateDownloaded,

    // Budget and reports
    [JsonStringEnumMemberName("budget.import_requested")]
    BudgetImportRequested,
    [JsonStringEnumMemberName("budget.imported")]
    BudgetImported,
    [JsonStringEnumMemberName("budget.month_reviewed")]
    BudgetMonthReviewed,
    [JsonStringEnumMemberName("report.requested")]
    ReportRequested,
    [JsonStringEnumMemberName("report.schedule_saved")]
    ReportScheduleSaved,
    [JsonStringEnumMemberName("audit.exported")]
    AuditExported,
    [JsonStringEnumMemberName("ranking.published")]
    RankingPublished,
    [JsonStringEnumMemberName("ranking.withdrawn")]
    RankingWithdrawn,

    // Security events: sign-ins and accounts (AuditTrail.RecordSecurity)
    [JsonStringEnumMemberName("account.signed_in")]
    AccountSignedIn,
    [JsonStringEnumMemberName("account.sign_in_failed")]
    AccountSignInFailed,
    [JsonStringEnumMemberName("account.signed_out")]
    AccountSignedOut,
    [JsonStringEnumMemberName("account.second_factor_failed")]
    AccountSecondFactorFailed,
    [JsonStringEnumMemberName("account.second_factor_verified")]
    AccountSecondFactorVerified,
    [JsonStringEnumMemberName("account.second_factor_enabled")]
    AccountSecondFactorEnabled,
    [JsonStringEnumMemberName("account.second_factor_disabled")]
    AccountSecondFactorDisabled,
    [JsonStringEnumMemberName("account.password_changed")]
    AccountPasswordChanged,
    [JsonStringEnumMemberName("user.created")]
    UserCreated,
    [JsonStringEnumMemberName("user.role_changed")]
    UserRoleChanged,
    [JsonStringEnumMemberName("user.password_reset")]
    UserPasswordReset,
    [JsonStringEnumMemberName("user.disabled")]
    UserDisabled,
    [JsonStringEnumMemberName("user.enabled")]
    UserEnabled,
    [JsonStringEnumMemberName("keys.rotated")]
    SessionKeysRotated,
}
