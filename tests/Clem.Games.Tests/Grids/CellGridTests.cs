using Clem.Games.Grids;
using Xunit;

namespace Clem.Games.Tests.Grids;

public class CellGridTests
{
    const string Prompt = "Example:\n\n▢ ▢ ▢ ▢ ▢\n▢ ▢ E ▢ ▢\n▢ ▢ ▢ ▢ ▢\n▢ ▢ ▢ ▢ ▢\nX X X X X\n\nNow this one.\nB ▢ ▢ ▢ ▢\n▢ ▢ ▢ ▢ ▢\n▢ ▢ ▢ ▢ ▢\n▢ ▢ ▢ ▢ ▢\n▢ ▢ ▢ ▢ B\nWhat is your next instruction?\n";

    [Fact]
    public void FindsThePrintedGridsInOrder()
    {
        var grids = CellGrid.FindAll(Prompt, 5);
        Assert.Equal(2, grids.Count);
        Assert.Equal('E', grids[0][1, 2]);
        Assert.Equal("B ▢ ▢ ▢ ▢\n▢ ▢ ▢ ▢ ▢\n▢ ▢ ▢ ▢ ▢\n▢ ▢ ▢ ▢ ▢\n▢ ▢ ▢ ▢ B", grids[1].ToString());
        Assert.Equal(5, CellGrid.PrintedSize(Prompt));
        Assert.Empty(CellGrid.FindAll("X X X\nX X X\nX X X", 5));
    }

    [Fact]
    public void DistanceCountsDifferentCells()
    {
        var a = CellGrid.Parse("X X\n▢ ▢");
        var b = CellGrid.Parse("X ▢\n▢ X");
        Assert.Equal(2, a.Distance(b));
        Assert.Equal(0, a.Distance(a));
        Assert.Equal(b, a.With(0, 1, CellGrid.Empty).With(1, 1, 'X'));
        Assert.Throws<FormatException>(() => CellGrid.Parse("X X\n▢"));
    }

    [Fact]
    public void SeededRandomIsStable()
    {
        // Fixed values: a change of the generator would silently change every generated instance file.
        var r = new SeededRandom(42);
        Assert.Equal([13, 11, 18, 4, 10], Enumerable.Range(0, 5).Select(_ => r.Next(20)).ToArray());
    }
}
