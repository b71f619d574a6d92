using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IncentiveCompliance.Core.Persistence.Configurations;

internal sealed class DataStampConfiguration : IEntityTypeConfiguration<DataStamp>
{
    public void Configure(EntityTypeBuilder<DataStamp> b)
    {
        b.HasKey(s => s.Scope);
        b.Property(s => s.Scope).HasMaxLength(2);
        b.HasData([.. DataStamp.Regions.Append(DataStamp.Shared).Select(scope => new DataStamp { Scope = scope })]);
    }
}
