using IncentiveCompliance.Core.Domain.Training;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IncentiveCompliance.Core.Persistence.Configurations;

internal sealed class TrainingEventConfiguration : IEntityTypeConfiguration<TrainingEvent>
{
    public void Configure(EntityTypeBuilder<TrainingEvent> b)
    {
        b.Property(e => e.RegionCode).HasMaxLength(2);
        b.Property(e => e.Title).HasMaxLength(300);
        b.Property(e => e.Topics).HasMaxLength(2000);
        b.Property(e => e.Hours).HasPrecision(6, 2);
        b.Property(e => e.Modality).HasConversion<string>().HasMaxLength(10);
        b.Property(e => e.Place).HasMaxLength(300);
        b.Property(e => e.Organiser).HasMaxLength(300);
        // Primitive collections: a JSON array on SQLite and SQL Server, a text[] on PostgreSQL; positions by name.
        b.PrimitiveCollection(e => e.TargetPositions).ElementType(t => t.HasConversion<string>().HasMaxLength(20));
        b.PrimitiveCollection(e => e.RequirementCodes).ElementType(t => t.HasMaxLength(20));
        b.HasIndex(e => new { e.RegionCode, e.Date });
        b.HasMany(e => e.Attendance).WithOne().HasForeignKey(a => a.TrainingEventId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AttendanceConfiguration : IEntityTypeConfiguration<Attendance>
{
    public void Configure(EntityTypeBuilder<Attendance> b)
    {
        b.ToTable("Attendance");
        b.Property(a => a.Dni).HasMaxLength(8);
        b.Property(a => a.FullName).HasMaxLength(200);
        b.Property(a => a.Ubigeo).HasMaxLength(6);
        b.Property(a => a.Position).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.Email).HasMaxLength(256);
        b.Property(a => a.Phone).HasMaxLength(30);
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(12);
        b.Property(a => a.HoursAttended).HasPrecision(6, 2);
        b.HasIndex(a => new { a.TrainingEventId, a.Dni }).IsUnique();
        b.HasIndex(a => a.Ubigeo);
        b.HasOne<Domain.Territory.Municipality>().WithMany().HasForeignKey(a => a.Ubigeo).OnDelete(DeleteBehavior.Restrict);
    }
}
