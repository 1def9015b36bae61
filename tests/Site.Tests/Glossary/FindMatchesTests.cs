namespace Site.Tests.Glossary;

public sealed class FindMatchesTests
{
    private static readonly Site.Glossary.Glossary Sample = TestGlossary.Of(
        ("world-model", ["世界模型", "World Model"]),
        ("model", ["模型"]),
        ("agi", ["AGI", "通用人工智能"]),
        ("transformer", ["Transformer"]),
        ("dit", ["Diffusion Transformer", "DiT"]),
        ("token", ["token"]),
        ("diffusion-model", ["扩散模型"]));

    private static string[] Found(string text) =>
        [.. Sample.FindMatches(text).Select(m => $"{text.Substring(m.Start, m.Length)}={m.TermId}")];

    [Fact]
    public void Longest_match_wins_over_a_shorter_alias_inside_it() =>
        Assert.Equal(["世界模型=world-model", "模型=model"], Found("物理世界模型和语言模型"));

    [Fact]
    public void A_paragraph_with_many_matches_resolves_overlaps_the_same_way()
    {
        // 12 x (世界模型 + the 模型 inside it) + 12 x 模型: more candidates than are compared one by one.
        var text = string.Concat(Enumerable.Repeat("世界模型，模型；", 12));

        Assert.Equal([.. Enumerable.Range(0, 24).Select(index => index % 2 == 0 ? "世界模型=world-model" : "模型=model")], Found(text));
    }

    [Fact]
    public void Latin_alias_glued_to_chinese_still_matches() =>
        Assert.Equal(["Diffusion Transformer=dit"], Found("以Diffusion Transformer为主"));

    [Fact]
    public void Latin_alias_after_digits_and_chinese_matches() =>
        Assert.Equal(["token=token"], Found("100万token的上下文"));

    [Fact]
    public void Latin_alias_is_case_insensitive() =>
        Assert.Equal(["TRANSFORMER=transformer", "world model=world-model"], Found("TRANSFORMER and world model"));

    [Theory]
    [InlineData("MAGIC")]
    [InlineData("Transformers")]
    [InlineData("tokens")]
    [InlineData("AGI2")]
    [InlineData("x_AGI")]
    public void Latin_alias_inside_a_longer_word_does_not_match(string text) => Assert.Empty(Found(text));

    [Fact]
    public void Full_width_punctuation_around_terms_is_a_boundary() =>
        Assert.Equal(["扩散模型=diffusion-model", "AGI=agi", "AGI=agi"], Found("扩散模型。（AGI）“AGI”"));

    [Fact]
    public void Ascii_punctuation_is_a_boundary() =>
        Assert.Equal(["AGI=agi", "DiT=dit"], Found("(AGI), DiT."));

    [Fact]
    public void Empty_glossary_and_empty_text_find_nothing()
    {
        Assert.Empty(Site.Glossary.Glossary.Empty.FindMatches("世界模型"));
        Assert.Empty(Sample.FindMatches(string.Empty));
    }

    [Fact]
    public void A_match_at_the_end_of_the_text_is_found() => Assert.Equal(["模型=model"], Found("大模型"));

    [Fact]
    public void Real_glossary_links_transformer_but_not_inside_words()
    {
        var glossary = TestGlossary.Real();
        var ids = glossary.FindMatches("基于Transformer的扩散模型，MAGIC不是AGI。").Select(m => m.TermId).ToList();
        Assert.Equal(["transformer", "diffusion-model", "agi"], ids);
    }
}
