import html


def no_results_message(term: str) -> str:
    template = "<p class='empty'>No results for <em>{term}</em>. Try another search.</p>"
    return template.format(term=html.escape(term))
