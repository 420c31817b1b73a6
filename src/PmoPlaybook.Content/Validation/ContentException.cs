namespace PmoPlaybook.Content.Validation;

/// <summary>Raised when content cannot be used at all (no content folder); carries what to tell the user.</summary>
public sealed class ContentException(string message) : Exception(message);
