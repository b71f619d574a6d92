using IncentiveCompliance.Core.Domain.Budget;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IncentiveCompliance.Core.Persistence.Configurations;

internal sealed class BudgetImportConfiguration : IEntityTypeConfiguration<BudgetImport>
{
    public void Configure(EntityTypeBuilder<BudgetImport> b)
    {
        b.Property(i => i.RegionCode).HasMaxLength(2);
        b.Property(i => i.FileName).HasMaxLength(260);
        b.Property(i => i.Source).HasMaxLength(1000);
        b.Property(i => i.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(i => i.Error).HasMaxLength(2000);
        b.Property(i => i.RequestedBy).HasMaxLength(256);
        b.Ignore(i => i.RowsSkipped);
        b.Ignore(i => i.IsFinished);
        b.HasIndex(i => i.RequestedAt);
    }
}

internal sealed class BudgetLineConfiguration : IEntityTypeConfiguration<BudgetLine>
{
    public void Configure(EntityTypeBuilder<BudgetLine> b)
    {
        b.Property(l => l.Ubigeo).HasMaxLength(6);
        b.Property(l => l.ExecutingUnit).HasMaxLength(10);
        b.Property(l => l.ProductCode).HasMaxLength(10);
        b.Property(l => l.ProductName).HasMaxLength(300);
        b.Property(l => l.ActivityCode).HasMaxLength(10);
        b.Property(l => l.ActivityName).HasMaxLength(300);
        foreach (var amount in new[] { "Pia", "Pim", "Certificado", "ComprometidoAnual", "ComprometidoMensual", "Devengado", "Girado" })
        {
            b.Property<decimal>(amount).HasPrecision(18, 2);
        }

        b.Ignore(l => l.Amounts);
        b.HasIndex(l => new { l.Year, l.Ubigeo });
        b.HasOne<Domain.Territory.Municipality>().WithMany().HasForeignKey(l => l.Ubigeo).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BudgetReviewConfiguration : IEntityTypeConfiguration<BudgetReview>
{
    public void Configure(EntityTypeBuilder<BudgetReview> b)
    {
        b.Property(r => r.Ubigeo).HasMaxLength(6);
        b.Property(r => r.Justification).HasMaxLength(2000);
        b.Property(r => r.ReviewedBy).HasMaxLength(256);
        b.HasIndex(r => new { r.Ubigeo, r.Year, r.Month }).IsUnique();
        b.HasOne<Domain.Territory.Municipality>().WithMany().HasForeignKey(r => r.Ubigeo).OnDelete(DeleteBehavior.Restrict);
    }
}
