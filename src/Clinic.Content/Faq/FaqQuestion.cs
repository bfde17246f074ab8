namespace Clinic.Content.Faq;

/// <summary>One question of the FAQ (a <c>## </c> heading) and its rendered answer.</summary>
/// <param name="Id">Stable anchor id from the heading text.</param>
/// <param name="Question">The heading text.</param>
/// <param name="AnswerHtml">The safe HTML of the text under the heading.</param>
/// <param name="Line">1-based line of the heading.</param>
public sealed record FaqQuestion(string Id, string Question, string AnswerHtml, int Line);
