using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IncentiveCompliance.Core.Persistence.Configurations;

internal sealed class ReferenceStampConfiguration : IEntityTypeConfiguration<ReferenceStamp>
{
    public void Configure(EntityTypeBuilder<ReferenceStamp> b)
    {
        b.Property(s => s.Id).ValueGeneratedNever();
        b.HasData(new ReferenceStamp { Value = ReferenceStamp.Initial });
    }
}
