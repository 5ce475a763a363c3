using Lucene.Net.Tartarus.Snowball.Ext;

namespace Clem.Games.Text;

/// <summary>
/// The English Snowball stemmer as NLTK 3.8's <c>SnowballStemmer("english").stem</c> applies it — the stemmer
/// clembench's taboo uses. NLTK implements the original Porter2 algorithm, which later Snowball releases changed
/// (e.g. "added": NLTK "ad", Snowball 2.x "add"). Lucene.Net's generated Snowball English stemmer is that original
/// algorithm; this class adds NLTK's own steps around it: lowercasing (Python <c>str.lower</c>), returning words of
/// at most two characters (code points) unchanged, and mapping typographic apostrophes (’ ‘ ‛) to "'".
/// Verified against NLTK 3.8's output for the whole Snowball test vocabulary (see the tests).
/// </summary>
public static class NltkEnglishStemmer
{
    [ThreadStatic] static EnglishStemmer? _stemmer;

    public static string Stem(string word)
    {
        word = PyStr.Lower(word);
        if (CodePoints(word) <= 2) return word;
        word = word.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201B', '\'');
        var stemmer = _stemmer ??= new EnglishStemmer();
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }

    static int CodePoints(string s)
    {
        int n = 0;
        for (int i = 0; i < s.Length; i++)
            if (!(char.IsLowSurrogate(s[i]) && i > 0 && char.IsHighSurrogate(s[i - 1]))) n++;
        return n;
    }
}
