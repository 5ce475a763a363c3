using System.Text;
using Clem.Core.Models;
using LLama;

namespace Clem.Backends.LlamaCpp;

/// <summary>
/// Renders chat messages into the prompt text a GGUF model expects. The template comes from the GGUF metadata
/// (tokenizer.chat_template, applied by llama.cpp's built-in template engine), or from the registry's
/// "custom_chat_template" (a llama.cpp template name such as "chatml", "llama3", "mistral-v7", or "plain").
/// Models without a template (base models such as stories260K) get the plain format:
/// "System: …\n\nUser: …\n\nAssistant:".
/// </summary>
public static class ChatPrompt
{
    public const string Plain = "plain";

    /// <summary>The template actually used: "gguf", a custom template name, or "plain".</summary>
    public static string Kind(GgufFile gguf, string? custom) => custom ?? (gguf.ChatTemplate != null ? "gguf" : Plain);

    public static string Render(LLamaWeights weights, GgufFile gguf, string? custom, IReadOnlyList<Message> messages, string modelName)
    {
        var kind = Kind(gguf, custom);
        if (kind == Plain) return RenderPlain(messages);
        LLamaTemplate template;
        try
        {
            template = kind == "gguf" ? new LLamaTemplate(weights, strict: true) : new LLamaTemplate(custom!);
            template.AddAssistant = true;
            foreach (var m in messages) template.Add(m.Role, m.Content);
            return Encoding.UTF8.GetString(template.Apply());
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new ClemUserException(
                $"model '{modelName}': llama.cpp cannot apply the {(kind == "gguf" ? "GGUF's chat template" : $"chat template '{custom}'")} ({e.Message}); " +
                "set model_config.custom_chat_template to a llama.cpp template name (e.g. chatml, llama3, mistral-v7, gemma) or \"plain\"", e);
        }
    }

    public static string RenderPlain(IReadOnlyList<Message> messages)
    {
        var sb = new StringBuilder();
        foreach (var m in messages)
            sb.Append(Label(m.Role)).Append(": ").Append(m.Content).Append("\n\n");
        return sb.Append("Assistant:").ToString();
    }

    static string Label(string role) => role switch
    {
        Message.System => "System",
        Message.User => "User",
        Message.Assistant => "Assistant",
        _ => role.Length > 0 ? char.ToUpperInvariant(role[0]) + role[1..] : role,
    };
}
