using IncentiveCompliance.Core.Domain.Identity;
using IncentiveCompliance.Core.Domain.Territory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IncentiveCompliance.Core.Persistence.Configurations;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> b)
    {
        b.ToTable("Regions");
        b.HasKey(r => r.Code);
        b.Property(r => r.Code).HasMaxLength(2);
        b.Property(r => r.Name).HasMaxLength(100);
        b.HasMany(r => r.Provinces).WithOne().HasForeignKey(p => p.RegionCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProvinceConfiguration : IEntityTypeConfiguration<Province>
{
    public void Configure(EntityTypeBuilder<Province> b)
    {
        b.ToTable("Provinces");
        b.HasKey(p => p.Code);
        b.Property(p => p.Code).HasMaxLength(4);
        b.Property(p => p.RegionCode).HasMaxLength(2);
        b.Property(p => p.Name).HasMaxLength(100);
        b.HasMany(p => p.Municipalities).WithOne(m => m.Province).HasForeignKey(m => m.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> b)
    {
        b.ToTable("Municipalities");
        b.HasKey(m => m.Ubigeo);
        b.Property(m => m.Ubigeo).HasMaxLength(6);
        b.Property(m => m.ProvinceCode).HasMaxLength(4);
        b.Property(m => m.Name).HasMaxLength(150);
        b.Property(m => m.Kind).HasConversion<string>().HasMaxLength(12);
        b.Property(m => m.PiType).HasMaxLength(1);
        b.Property(m => m.ExecutingUnitCode).HasMaxLength(10);
        b.Property(m => m.Version).IsConcurrencyToken();
        b.HasIndex(m => m.Name);
    }
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.Property(u => u.Id).HasMaxLength(IdentityKeys.IdLength);
        b.Property(u => u.FullName).HasMaxLength(200);
        b.Property(u => u.RegionCode).HasMaxLength(2);
        b.Property(u => u.Ubigeo).HasMaxLength(6);
    }
}

/// <summary>The four roles are part of the schema: every database has them from its first migration.</summary>
internal sealed class RoleConfiguration : IEntityTypeConfiguration<Microsoft.AspNetCore.Identity.IdentityRole>
{
    public void Configure(EntityTypeBuilder<Microsoft.AspNetCore.Identity.IdentityRole> b)
    {
        b.Property(r => r.Id).HasMaxLength(IdentityKeys.IdLength);
        b.HasData(Common.Security.Roles.All.Select(role => new Microsoft.AspNetCore.Identity.IdentityRole(role)
        {
            Id = role.ToLowerInvariant(),
            NormalizedName = role.ToUpperInvariant(),
            ConcurrencyStamp = role.ToLowerInvariant(),
        }));
    }
}

/// <summary>
/// Identity leaves its string keys unbounded, which SQL Server makes nvarchar(450): its composite keys would pass the
/// 900 bytes a clustered key may hold. Ids are GUIDs or role names; providers and token names are short.
/// </summary>
internal static class IdentityKeys
{
    public const int IdLength = 64;
    public const int NameLength = 128;
}

internal sealed class UserLoginConfiguration : IEntityTypeConfiguration<Microsoft.AspNetCore.Identity.IdentityUserLogin<string>>
{
    public void Configure(EntityTypeBuilder<Microsoft.AspNetCore.Identity.IdentityUserLogin<string>> b)
    {
        b.Property(l => l.LoginProvider).HasMaxLength(IdentityKeys.NameLength);
        b.Property(l => l.ProviderKey).HasMaxLength(IdentityKeys.NameLength);
    }
}

internal sealed class UserTokenConfiguration : IEntityTypeConfiguration<Microsoft.AspNetCore.Identity.IdentityUserToken<string>>
{
    public void Configure(EntityTypeBuilder<Microsoft.AspNetCore.Identity.IdentityUserToken<string>> b)
    {
        b.Property(t => t.LoginProvider).HasMaxLength(IdentityKeys.NameLength);
        b.Property(t => t.Name).HasMaxLength(IdentityKeys.NameLength);
    }
}

internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey> b) => b.Property(k => k.FriendlyName).HasMaxLength(200);
}
