using System.Xml.Linq;
using PmoPlaybook.Content.Model;
using PmoPlaybook.Theme;
using PmoPlaybook.Theme.Changes;

namespace PmoPlaybook.Generator.Changes;

/// <summary>
/// "What changed" as an Atom 1.0 feed (RFC 4287). Every URL is absolute (base_url), as feed readers need.
/// An entry's id and link are the commit's anchor on the changes page: stable, unique, and a real place to read it.
/// </summary>
public static class AtomFeed
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <param name="updated">The feed's date when it has no entries (the build's "now").</param>
    public static XDocument Build(SiteConfig config, string language, IReadOnlyList<ChangeEntry> entries, DateTimeOffset updated)
    {
        var text = UiText.For(language).Changes;
        var page = config.AbsoluteUrl(ChangesModel.UrlPath(language));
        var feed = new XElement(Atom + "feed",
            new XAttribute(XNamespace.Xml + "lang", language),
            new XElement(Atom + "title", $"{text.WhatChanged} · {config.Title}"),
            new XElement(Atom + "subtitle", text.ChangesIntro),
            new XElement(Atom + "id", page),
            new XElement(Atom + "updated", DateText.Iso(entries.Count > 0 ? entries[0].Date : updated)),
            Link("self", config.AbsoluteUrl(ChangesModel.FeedPath(language)), "application/atom+xml"),
            Link("alternate", page, "text/html"),
            new XElement(Atom + "author", new XElement(Atom + "name", config.Title)),
            new XElement(Atom + "generator", "PmoPlaybook"),
            entries.Select(entry => Entry(config, page, text, entry)));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), feed);
    }

    private static XElement Entry(SiteConfig config, string page, ChangesText text, ChangeEntry entry)
    {
        var url = $"{page}#{entry.Anchor}";
        return new XElement(Atom + "entry",
            new XElement(Atom + "id", url),
            new XElement(Atom + "title", entry.Subject),
            new XElement(Atom + "updated", DateText.Iso(entry.Date)),
            new XElement(Atom + "author", new XElement(Atom + "name", entry.Author)),
            Link("alternate", url, "text/html"),
            entry.Pages.Where(p => p.UrlPath is not null).Select(p => Link("related", config.AbsoluteUrl(p.UrlPath!), "text/html", p.Title)),
            new XElement(Atom + "summary", $"{text.PagesChanged}: {string.Join(", ", entry.Pages.Select(p => p.Title))}"));
    }

    private static XElement Link(string rel, string href, string type, string? title = null) =>
        new(Atom + "link", new XAttribute("rel", rel), new XAttribute("href", href), new XAttribute("type", type),
            title is null ? null : new XAttribute("title", title));
}
