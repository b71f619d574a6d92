using FluentValidation;

namespace IncentiveCompliance.Core.Common.Paging;

/// <summary>The rules every paged request shares: a limit of 1 to 500 and a cursor this list issued.</summary>
public static class PageRules
{
    public const string InvalidLimit = "El límite debe estar entre 1 y 500.";

    public const string InvalidCursor = "El cursor no es válido: pida de nuevo la primera página y siga los enlaces «next».";

    public static void ValidPage<T, TKey>(this AbstractValidator<T> validator, PageCursor<TKey> cursor)
        where T : IPagedRequest
        where TKey : class
    {
        validator.RuleFor(x => x.Limit).InclusiveBetween(1, PageSize.Max).WithMessage(InvalidLimit);
        validator.RuleFor(x => x.Cursor).Must(c => string.IsNullOrEmpty(c) || cursor.TryDecode(c, out _)).WithMessage(InvalidCursor);
    }
}
