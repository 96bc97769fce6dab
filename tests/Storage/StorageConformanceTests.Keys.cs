using Laboratori.Silo.Storage;

namespace Laboratori.Tests.Storage;

/// <summary>The index of idempotency keys: a request seen before is found however many entries came after it.</summary>
public abstract partial class StorageConformanceTests
{
    [Fact]
    public async Task Keys_find_the_first_seq_of_each_key_however_old()
    {
        var log = await CreateLogAsync();
        var stream = NewStream();
        // 1,200 entries with keys k1…k1200, except that seq 1,100 repeats the key of seq 3 (an old bug's duplicate).
        var entries = Enumerable.Range(1, 1_200).Select(i => Entry(i) with { Key = i == 1_100 ? "k3" : $"k{i}" }).ToArray();
        foreach (var chunk in entries.Chunk(400))
        {
            await log.AppendAsync(stream, chunk);
        }

        var found = await log.FindKeysAsync(stream, ["k1", "k3", "k1000", "k1200", "missing", "k1"]);

        Assert.Equal(["k1000:1000", "k1200:1200", "k1:1", "k3:3"], found.Select(p => $"{p.Key}:{p.Value}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Keys_are_found_in_one_call_however_many_are_asked()
    {
        var log = await CreateLogAsync();
        var stream = NewStream();
        await log.AppendAsync(stream, [.. Enumerable.Range(1, 1_500).Select(i => Entry(i) with { Key = $"k{i}" })]);

        var found = await log.FindKeysAsync(stream, [.. Enumerable.Range(1, 2_000).Select(i => $"k{i}")]);

        Assert.Equal(1_500, found.Count);
        Assert.All(found, pair => Assert.Equal($"k{pair.Value}", pair.Key));
    }

    [Fact]
    public async Task Keys_belong_to_their_stream_and_entries_without_one_are_not_indexed()
    {
        var log = await CreateLogAsync();
        var (a, b) = (NewStream(), NewStream());
        await log.AppendAsync(a, [Entry(1) with { Key = "shared" }, Entry(2)]);
        await log.AppendAsync(b, [Entry(1), Entry(2) with { Key = "shared" }]);

        Assert.Equal(1, (await log.FindKeysAsync(a, ["shared"]))["shared"]);
        Assert.Equal(2, (await log.FindKeysAsync(b, ["shared"]))["shared"]);
        Assert.Empty(await log.FindKeysAsync(NewStream(), ["shared"]));
        Assert.Empty(await log.FindKeysAsync(a, []));
        Assert.Equal([null, "shared"], (await log.ReadAsync(b, 0, 10)).Select(e => e.Key));
    }

    [Fact]
    public async Task A_fenced_append_indexes_none_of_its_keys()
    {
        var log = await CreateLogAsync();
        var stream = NewStream();
        await log.AppendAsync(stream, [Entry(1) with { Key = "first" }, Entry(2) with { Key = "second" }]);

        await Assert.ThrowsAsync<LogConflictException>(() => log.AppendAsync(stream, [Entry(2) with { Key = "stale" }, Entry(3) with { Key = "after" }]));

        Assert.Equal(["first", "second"], (await log.FindKeysAsync(stream, ["first", "second", "stale", "after"])).Keys.Order());
    }

    [Fact]
    public async Task Keys_survive_closing_and_reopening_the_store()
    {
        var log = await CreateLogAsync();
        var stream = NewStream();
        await log.AppendAsync(stream, [Entry(1) with { Key = "kept" }]);

        var reopened = await ReopenLogAsync();

        Assert.Equal(1, (await reopened.FindKeysAsync(stream, ["kept"]))["kept"]);
    }
}
