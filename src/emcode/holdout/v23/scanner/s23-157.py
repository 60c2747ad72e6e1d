import html

NO_RESULTS = '<div class="empty">No results for "{term}". <a href="/help">Search tips</a></div>'


def empty_results_snippet(term, show_tips=True):
    snippet = NO_RESULTS.format(term=term)
    if not show_tips:
        snippet = snippet.replace('<a href="/help">Search tips</a>', html.escape("(no tips)"))
    return snippet
