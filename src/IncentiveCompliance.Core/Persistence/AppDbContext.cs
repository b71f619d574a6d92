using IncentiveCompliance.Core.Domain.Audit;
using IncentiveCompliance.Core.Domain.Budget;
using IncentiveCompliance.Core.Domain.Calendar;
using IncentiveCompliance.Core.Domain.Catalogue;
using IncentiveCompliance.Core.Domain.Compliance;
using IncentiveCompliance.Core.Domain.Identity;
using IncentiveCompliance.Core.Domain.Notifications;
using IncentiveCompliance.Core.Domain.Reports;
using IncentiveCompliance.Core.Domain.Submissions;
using IncentiveCompliance.Core.Domain.Territory;
using IncentiveCompliance.Core.Domain.Training;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Persistence;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<Region> Regions => Set<Region>();

    public DbSet<Province> Provinces => Set<Province>();

    public DbSet<Municipality> Municipalities => Set<Municipality>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<ProgramYear> ProgramYears => Set<ProgramYear>();

    public DbSet<Commitment> Commitments => Set<Commitment>();

    public DbSet<Requirement> Requirements => Set<Requirement>();

    public DbSet<Submission> Submissions => Set<Submission>();

    public DbSet<EvidenceFile> EvidenceFiles => Set<EvidenceFile>();

    public DbSet<Holiday> Holidays => Set<Holiday>();

    public DbSet<AuditEntry> AuditTrail => Set<AuditEntry>();

    public DbSet<TrainingEvent> TrainingEvents => Set<TrainingEvent>();

    public DbSet<Attendance> Attendance => Set<Attendance>();

    public DbSet<BudgetImport> BudgetImports => Set<BudgetImport>();

    public DbSet<BudgetLine> BudgetLines => Set<BudgetLine>();

    public DbSet<BudgetReview> BudgetReviews => Set<BudgetReview>();

    public DbSet<MonthlyStatus> MonthlyStatuses => Set<MonthlyStatus>();

    public DbSet<ComplianceReport> ComplianceReports => Set<ComplianceReport>();

    public DbSet<ReportSchedule> ReportSchedules => Set<ReportSchedule>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<UserSession> Sessions => Set<UserSession>();

    public DbSet<ReferenceStamp> ReferenceStamps => Set<ReferenceStamp>();

    public DbSet<DataStamp> DataStamps => Set<DataStamp>();

    /// <summary>Every save, Identity's included, gives the stamps of what it changes new values (reference data, kept pages).</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        ReferenceStamp.TouchIfCachedDataChanges(this);
        DataStamp.TouchForChanges(this);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ReferenceStamp.TouchIfCachedDataChanges(this);
        DataStamp.TouchForChanges(this);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
