using System.Net;
using System.Text;
using FluentAssertions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using NewsModel.Model;
using NewsModel.Serialization;

namespace NewsModel.Tests.Serialization;

/// <summary>A minimal ASP.NET Core app (in memory, TestServer) returns and accepts articles as the canonical JSON.</summary>
public sealed class AspNetCoreTests : IAsyncLifetime
{
    private static readonly Article Seed = TestData.Parser.Parse(TestData.Seed);
    private WebApplication? _app;
    private HttpClient? _client;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        _app = builder.Build();
        _app.MapGet("/article", () => Seed);
        _app.MapPost("/statements", (Article article) => article.Statements.Select(s => s.Text).ToArray());
        _app.MapPost("/echo", (Article article) => article);
        await _app.StartAsync(TestContext.Current.CancellationToken);
        _client = _app.GetTestClient();
    }

    public async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        if (_app is not null) await _app.DisposeAsync();
    }

    private static string CanonicalOneLine(Article article) => NewsJson.Serialize(article, new NewsJsonOptions { Indented = false });

    [Fact]
    public async Task An_endpoint_returning_an_article_writes_the_canonical_json_byte_for_byte()
    {
        using var response = await _client!.GetAsync(new Uri("/article", UriKind.Relative), TestContext.Current.CancellationToken);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        bytes.Should().Equal(Encoding.UTF8.GetBytes(CanonicalOneLine(Seed)));
    }

    [Fact]
    public async Task An_endpoint_accepting_an_article_reads_the_canonical_json()
    {
        using var content = new StringContent(NewsJson.Serialize(Seed), Encoding.UTF8, "application/json");
        using var response = await _client!.PostAsync(new Uri("/statements", UriKind.Relative), content, TestContext.Current.CancellationToken);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var texts = System.Text.Json.JsonSerializer.Deserialize<string[]>(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        texts.Should().Equal(Seed.Statements.AsSpan().ToArray().Select(s => s.Text)).And.NotBeEmpty();
    }

    [Fact]
    public async Task An_article_posted_and_returned_comes_back_as_the_same_bytes()
    {
        var sent = CanonicalOneLine(Seed);
        using var content = new StringContent(sent, Encoding.UTF8, "application/json");
        using var response = await _client!.PostAsync(new Uri("/echo", UriKind.Relative), content, TestContext.Current.CancellationToken);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Be(sent);
    }

    [Fact]
    public async Task An_endpoint_given_json_that_breaks_the_model_answers_bad_request()
    {
        var broken = NewsJson.Serialize(Seed).Replace("\"speaker\": \"sp1\"", "\"speaker\": \"sp99\"", StringComparison.Ordinal);
        broken.Should().Contain("sp99");
        using var content = new StringContent(broken, Encoding.UTF8, "application/json");
        using var response = await _client!.PostAsync(new Uri("/statements", UriKind.Relative), content, TestContext.Current.CancellationToken);
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }
}
