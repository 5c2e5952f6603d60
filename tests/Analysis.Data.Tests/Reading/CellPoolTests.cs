using Analysis.Data.Reading;

namespace Analysis.Data.Tests.Reading;

public sealed class CellPoolTests
{
    [Fact]
    public void A_repeated_short_cell_is_one_string_and_keeps_its_text()
    {
        var pool = new CellPool();
        var buffer = "A81001,AF,A81001,AST".ToCharArray();

        var first = pool.Create(buffer, 0, 6);
        var again = pool.Create(buffer, 10, 6);
        var other = pool.Create(buffer, 7, 2);

        Assert.Equal("A81001", first);
        Assert.Same(first, again);
        Assert.Equal("AF", other);
        Assert.Equal("AST", pool.Create(buffer, 17, 3));
        Assert.Same(string.Empty, pool.Create(buffer, 3, 0));
    }

    [Fact]
    public void Texts_that_share_a_slot_are_each_read_back_exactly()
    {
        var pool = new CellPool();
        var cells = Enumerable.Range(0, 20_000).Select(i => i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var buffer = string.Concat(cells).ToCharArray();

        // More distinct texts than the pool has slots, twice over: every clash must give the right text, never the older one.
        for (var round = 0; round < 2; round++)
        {
            for (var i = 0; i < cells.Length; i++)
            {
                Assert.Equal(cells[i], pool.Create(buffer, i * 6, 6));
            }
        }
    }

    [Fact]
    public void Long_cells_are_not_shared()
    {
        var pool = new CellPool();
        var buffer = new string('x', 40).ToCharArray();

        var first = pool.Create(buffer, 0, 40);
        var second = pool.Create(buffer, 0, 40);

        Assert.Equal(new string('x', 40), first);
        Assert.NotSame(first, second);
    }
}
