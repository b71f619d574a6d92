using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Domain.Audit;
using IncentiveCompliance.Core.Domain.Calendar;
using IncentiveCompliance.Core.Domain.Catalogue;
using IncentiveCompliance.Core.Domain.Compliance;
using IncentiveCompliance.Core.Domain.Submissions;
using IncentiveCompliance.Core.Domain.Territory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IncentiveCompliance.Core.Persistence.Configurations;

internal sealed class ProgramYearConfiguration : IEntityTypeConfiguration<ProgramYear>
{
    public void Configure(EntityTypeBuilder<ProgramYear> b)
    {
        b.HasKey(p => p.Year);
        b.Property(p => p.Year).ValueGeneratedNever();
        b.Property(p => p.Title).HasMaxLength(300);
        b.HasMany(p => p.Commitments).WithOne().HasForeignKey(c => c.Year).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CommitmentConfiguration : IEntityTypeConfiguration<Commitment>
{
    public void Configure(EntityTypeBuilder<Commitment> b)
    {
        b.Property(c => c.Code).HasMaxLength(20);
        b.Property(c => c.Name).HasMaxLength(300);
        b.Property(c => c.Sector).HasMaxLength(100);
        b.HasIndex(c => new { c.Year, c.Code }).IsUnique();
        b.HasMany(c => c.Requirements).WithOne(r => r.Commitment).HasForeignKey(r => r.CommitmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RequirementConfiguration : IEntityTypeConfiguration<Requirement>
{
    public void Configure(EntityTypeBuilder<Requirement> b)
    {
        b.Property(r => r.Code).HasMaxLength(20);
        b.Property(r => r.Title).HasMaxLength(300);
        b.Property(r => r.Description).HasMaxLength(4000);
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(12);
        // Lists in one column each: primitive collections (a JSON array on SQLite and SQL Server, text[] on PostgreSQL)
        // and the targets as a JSON column, read and written whole with the requirement.
        b.PrimitiveCollection(r => r.AppliesTo).ElementType(t => t.HasMaxLength(1));
        b.Property(r => r.Unit).HasMaxLength(50);
        b.ComplexCollection(r => r.Targets, t => t.ToJson());
        b.PrimitiveCollection(r => r.EvidenceFileTypes).ElementType(t => t.HasMaxLength(4));
        b.Property(r => r.EvidenceDescription).HasMaxLength(2000);
        b.HasIndex(r => new { r.Year, r.Code }).IsUnique();
    }
}

internal sealed class SubmissionConfiguration : IEntityTypeConfiguration<Submission>
{
    public void Configure(EntityTypeBuilder<Submission> b)
    {
        b.Property(s => s.Ubigeo).HasMaxLength(6);
        b.Property(s => s.Status).HasConversion<string>().HasMaxLength(12);
        b.Property(s => s.Note).HasMaxLength(4000);
        b.Property(s => s.Value).HasPrecision(18, 4);
        b.Property(s => s.CreatedBy).HasMaxLength(64);
        b.Property(s => s.ReviewedBy).HasMaxLength(64);
        b.Property(s => s.ReviewReason).HasMaxLength(4000);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.HasOne<Municipality>().WithMany().HasForeignKey(s => s.Ubigeo).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Requirement>().WithMany().HasForeignKey(s => s.RequirementId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(s => s.Files).WithOne().HasForeignKey(f => f.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Domain.Training.TrainingEvent>().WithMany().HasForeignKey(s => s.TrainingEventId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => new { s.Ubigeo, s.RequirementId, s.CreatedAt });
        // At most one open (draft or submitted) submission per item, even when two requests race.
        b.HasIndex(s => new { s.Ubigeo, s.RequirementId }).IsUnique().HasFilter("\"Status\" IN ('Draft', 'Submitted')").HasDatabaseName("IX_Submissions_OneOpenPerItem");
        b.HasIndex(s => new { s.Status, s.SubmittedAt });
    }
}

internal sealed class EvidenceFileConfiguration : IEntityTypeConfiguration<EvidenceFile>
{
    public void Configure(EntityTypeBuilder<EvidenceFile> b)
    {
        b.Property(f => f.FileName).HasMaxLength(255);
        b.Property(f => f.ContentType).HasMaxLength(100);
        b.Property(f => f.Sha256).HasMaxLength(64);
        b.Property(f => f.StorageKey).HasMaxLength(200);
    }
}

/// <summary>National holidays of 2024–2030 are part of the schema's data; an administrator edits them and adds decreed days and later years.</summary>
internal sealed class HolidayConfiguration : IEntityTypeConfiguration<Holiday>
{
    public void Configure(EntityTypeBuilder<Holiday> b)
    {
        b.HasKey(h => h.Date);
        b.Property(h => h.Name).HasMaxLength(100);
        b.HasData(Enumerable.Range(2024, 7).SelectMany(PeruvianHolidays.For));
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(a => a.UserId).HasMaxLength(64);
        b.Property(a => a.UserEmail).HasMaxLength(256);
        b.Property(a => a.Address).HasMaxLength(45);
        b.Property(a => a.Browser).HasMaxLength(300);
        // Stored under the dotted names entries have always carried ("submission.reviewed"), the names the API writes.
        b.Property(a => a.Action).HasMaxLength(60).HasConversion(a => EnumJson.Name(a), name => EnumJson.Parse<AuditAction>(name)!.Value);
        b.Property(a => a.EntityType).HasMaxLength(40);
        b.Property(a => a.EntityId).HasMaxLength(64);
        b.Property(a => a.Ubigeo).HasMaxLength(6);
        b.Property(a => a.RegionCode).HasMaxLength(2);
        b.HasIndex(a => new { a.Ubigeo, a.Id });
        b.HasIndex(a => new { a.RegionCode, a.Id });
        b.HasIndex(a => new { a.EntityType, a.EntityId });
    }
}

internal sealed class MonthlyStatusConfiguration : IEntityTypeConfiguration<MonthlyStatus>
{
    public void Configure(EntityTypeBuilder<MonthlyStatus> b)
    {
        b.ToTable("MonthlyStatuses");
        b.HasKey(m => new { m.Ubigeo, m.Year, m.Month });
        b.Property(m => m.Ubigeo).HasMaxLength(6);
        b.Property(m => m.Status).HasConversion<string>().HasMaxLength(12);
        b.HasOne<Municipality>().WithMany().HasForeignKey(m => m.Ubigeo).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(m => new { m.Year, m.Month });
    }
}
