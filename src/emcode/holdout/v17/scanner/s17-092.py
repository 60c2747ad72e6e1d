def highlight(text: str, query: str) -> str:
    if not query:
        return text
    return text.replace(query, "<mark>" + query + "</mark>")
