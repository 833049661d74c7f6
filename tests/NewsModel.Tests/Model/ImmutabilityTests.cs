using System.Collections;
using System.Reflection;
using FluentAssertions;
using NewsModel.Model;

namespace NewsModel.Tests.Model;

public sealed class ImmutabilityTests
{
    private static readonly Type[] ModelTypes = typeof(Article).Assembly.GetExportedTypes()
        .Where(t => t.Namespace is "NewsModel.Model" or "NewsModel.Knowledge")
        .Where(t => !t.IsEnum && !t.IsInterface && !(t.IsAbstract && t.IsSealed))
        .ToArray();

    public static TheoryData<string> TypeNames() => [.. ModelTypes.Select(t => t.FullName!)];

    [Fact]
    public void The_model_has_the_types_the_convention_checks()
    {
        ModelTypes.Should().Contain([typeof(Article), typeof(Statement), typeof(Speaker), typeof(Treaty), typeof(TextSpan)]);
    }

    [Theory]
    [MemberData(nameof(TypeNames))]
    public void Public_model_types_have_no_setters_and_no_mutable_collections(string typeName)
    {
        var type = ModelTypes.Single(t => t.FullName == typeName);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var setter = property.SetMethod;
            if (setter is { IsPublic: true })
            {
                var isInitOnly = setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");
                isInitOnly.Should().BeTrue($"{type.Name}.{property.Name} must be init-only");
            }
            var pt = property.PropertyType;
            if (pt == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(pt)) continue;
            pt.IsGenericType.Should().BeTrue($"{type.Name}.{property.Name} must be an EquatableArray");
            pt.GetGenericTypeDefinition().Should().Be(typeof(EquatableArray<>), $"{type.Name}.{property.Name} must compare by value");
        }
        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance))
        {
            field.IsInitOnly.Should().BeTrue($"{type.Name}.{field.Name} must be readonly");
        }
    }

    [Fact]
    public void Equatable_arrays_compare_by_their_items()
    {
        EquatableArray<string> a = ["x", "y"];
        EquatableArray<string> b = ["x", "y"];
        (a == b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        (a == ["x"]).Should().BeFalse();
        default(EquatableArray<int>).Should().BeEmpty();
        (default(EquatableArray<int>) == []).Should().BeTrue();
    }
}
