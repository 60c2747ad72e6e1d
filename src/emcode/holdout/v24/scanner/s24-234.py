from html import escape as _esc

NO_RESULTS = "<section class='empty'><p>No recipes matched <em>{term}</em>.</p></section>"

def empty_results_page(term: str) -> str:
    cleaned = _esc(term, quote=True)
    return NO_RESULTS.format(term=cleaned)
