using System.Linq.Expressions;

namespace ComplianceDashboard.Web.Infrastructure;

/// <summary>Sorting a query by the column a grid asked for, in the database.</summary>
public static class GridSorting
{
    /// <summary>By <paramref name="key"/>, ascending or <paramref name="descending"/>; the caller adds its tie-break with <c>ThenBy</c>.</summary>
    public static IOrderedQueryable<T> OrderByColumn<T, TKey>(this IQueryable<T> query, Expression<Func<T, TKey>> key, bool descending) =>
        descending ? query.OrderByDescending(key) : query.OrderBy(key);
}
