using Clem.Core.Games;
using Clem.Games;
using Clem.Testing;
using Xunit;

namespace Clem.Core.Tests;

public class CatalogTests
{
    [Fact]
    public void BuiltInFoldersAreFoundAndMarkedOwn()
    {
        var hello = BuiltInGames.Catalog().Get("hellogame");
        Assert.True(hello.IsOwn);
        Assert.Equal(1, hello.Players);
        Assert.True(File.Exists(hello.InstancesPath()));
    }

    [Fact]
    public void AClembenchStyleFolderWithoutClemgameJsonIsBoundByName()
    {
        var root = SharedData.TempDir();
        var game = Path.Combine(root, "sub", "hellogame", "in");
        Directory.CreateDirectory(game);
        File.WriteAllText(Path.Combine(game, "instances.json"), "{\"experiments\": [{\"name\": \"x\", \"prompt\": \"$NAME$\", \"game_instances\": [{\"game_id\": 0, \"name\": \"Bo\"}]}]}");
        var spec = BuiltInGames.Catalog([root]).Get("hellogame");
        Assert.False(spec.IsOwn);
        Assert.StartsWith(root, spec.Directory);
        Assert.Equal("x", spec.LoadInstances().Experiments.Single().Name);
    }

    [Theory]
    [InlineData("{\"experiments\": 3}", "no \"experiments\" list")]
    [InlineData("{\"experiments\": [{\"game_instances\": []}]}", "has no \"name\"")]
    [InlineData("{\"experiments\": [{\"name\": \"a\"}]}", "no \"game_instances\"")]
    [InlineData("{\"experiments\": [{\"name\": \"a\", \"game_instances\": [{\"x\": 1}]}]}", "\"game_id\"")]
    [InlineData("{\"experiments\": [", "invalid JSON")]
    public void BadInstanceFilesNameTheFileAndTheProblem(string text, string problem)
    {
        var file = Path.Combine(SharedData.TempDir(), "instances.json");
        File.WriteAllText(file, text);
        var e = Assert.Throws<ClemUserException>(() => InstanceFile.Load(file));
        Assert.Contains(file, e.Message);
        Assert.Contains(problem, e.Message);
    }

    [Fact]
    public void UnknownGameListsTheKnownOnes()
    {
        var e = Assert.Throws<ClemUserException>(() => BuiltInGames.Catalog().Get("nosuchgame"));
        Assert.Contains("hellogame", e.Message);
    }
}
