using Clem.Core.Models;

namespace Clem.Games.Grids;

/// <summary>
/// clembench's Instruction class for the grid games: user and assistant messages kept apart and interleaved behind an
/// empty system message when sent (backends drop the empty system message).
/// </summary>
public sealed class DialogueHistory
{
    readonly List<string> _user = [], _assistant = [];

    public void AddUser(string content) => _user.Add(content);
    public void AddAssistant(string content) => _assistant.Add(content);

    public IReadOnlyList<Message> Messages()
    {
        var messages = new List<Message> { Message.FromSystem("") };
        for (int i = 0; i < _user.Count; i++)
        {
            messages.Add(Message.FromUser(_user[i]));
            if (i < _assistant.Count) messages.Add(Message.FromAssistant(_assistant[i]));
        }
        return messages;
    }
}
