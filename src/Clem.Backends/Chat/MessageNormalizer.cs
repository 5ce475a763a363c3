using Clem.Core.Models;

namespace Clem.Backends.Chat;

/// <summary>
/// clembench's <c>ensure_alternating_roles</c>, applied before every text backend call: a leading system
/// message with empty content is dropped, and consecutive messages of the same role are merged with "\n\n".
/// </summary>
public static class MessageNormalizer
{
    public static IReadOnlyList<Message> Normalize(IReadOnlyList<Message> messages)
    {
        var result = new List<Message>(messages.Count);
        for (int i = 0; i < messages.Count; i++)
        {
            var m = messages[i];
            if (i == 0 && m.Role == Message.System && string.IsNullOrEmpty(m.Content)) continue;
            if (result.Count > 0 && result[^1].Role == m.Role)
                result[^1] = result[^1] with { Content = result[^1].Content + "\n\n" + m.Content };
            else
                result.Add(m);
        }
        return result;
    }
}
