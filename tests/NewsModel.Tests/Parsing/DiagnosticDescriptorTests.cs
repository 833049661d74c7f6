using System.Reflection;
using FluentAssertions;
using NewsModel.Parsing;
using NewsModel.Parsing.Pipeline;

namespace NewsModel.Tests.Parsing;

/// <summary>Each diagnostic the parser can report is bound once: one descriptor per public code, with that code's message.</summary>
public sealed class DiagnosticDescriptorTests
{
    [Fact]
    public void Every_public_code_has_one_descriptor_with_its_own_message()
    {
        var constants = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!);
        var descriptors = typeof(DiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (f.Name, Descriptor: (DiagnosticDescriptor)f.GetValue(null)!)).ToList();
        var codes = constants.Where(c => !c.Key.EndsWith("Message", StringComparison.Ordinal)).ToList();

        descriptors.Select(d => d.Descriptor.Code).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(codes.Select(c => c.Value));
        foreach (var (name, descriptor) in descriptors)
        {
            constants[name].Should().Be(descriptor.Code, $"descriptor {name} carries the code of the constant of that name");
            descriptor.Message.Should().Be(constants[name + "Message"]);
        }
    }
}
