def committee_digest(messages):
    """messages: list of (holder_name, plot, text) from the contact form."""
    blocks = []
    for holder, plot, text in messages:
        blocks.append("<h3>" + holder + " (plot " + plot + ")</h3><blockquote>" + text + "</blockquote>")
    return "<html><body>" + "<hr>".join(blocks) + "</body></html>"
