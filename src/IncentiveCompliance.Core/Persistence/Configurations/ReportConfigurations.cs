using IncentiveCompliance.Core.Domain.Notifications;
using IncentiveCompliance.Core.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IncentiveCompliance.Core.Persistence.Configurations;

internal sealed class ComplianceReportConfiguration : IEntityTypeConfiguration<ComplianceReport>
{
    public void Configure(EntityTypeBuilder<ComplianceReport> b)
    {
        b.Property(r => r.RegionCode).HasMaxLength(2);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(r => r.RequestedBy).HasMaxLength(256);
        b.Property(r => r.Sha256).HasMaxLength(64);
        b.Property(r => r.FileKey).HasMaxLength(200);
        b.Property(r => r.Error).HasMaxLength(2000);
        b.Ignore(r => r.IsFinished);
        b.Ignore(r => r.FileName);
        b.HasIndex(r => new { r.RegionCode, r.RequestedAt });
        b.HasIndex(r => new { r.RegionCode, r.ScheduledFor }).IsUnique(); // a schedule's firing run twice makes one report
        b.HasOne<Domain.Territory.Region>().WithMany().HasForeignKey(r => r.RegionCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReportScheduleConfiguration : IEntityTypeConfiguration<ReportSchedule>
{
    public void Configure(EntityTypeBuilder<ReportSchedule> b)
    {
        b.HasKey(s => s.RegionCode);
        b.Property(s => s.RegionCode).HasMaxLength(2);
        b.Property(s => s.Frequency).HasConversion<string>().HasMaxLength(10);
        b.Property(s => s.DayOfWeek).HasConversion<string>().HasMaxLength(10);
        b.Ignore(s => s.Enabled);
        b.Property(s => s.UpdatedBy).HasMaxLength(256);
        b.HasOne<Domain.Territory.Region>().WithMany().HasForeignKey(s => s.RegionCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.Property(n => n.UserId).HasMaxLength(450);
        b.Property(n => n.Key).HasMaxLength(200);
        b.Property(n => n.Ubigeo).HasMaxLength(6);
        b.Property(n => n.Title).HasMaxLength(200);
        b.Property(n => n.Message).HasMaxLength(1000);
        b.Property(n => n.Link).HasMaxLength(300);
        b.HasIndex(n => new { n.UserId, n.Key }).IsUnique();
        b.HasIndex(n => new { n.UserId, n.ReadAt });
    }
}
