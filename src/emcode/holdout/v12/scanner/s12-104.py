def search_banner(query: str, total: int) -> str:
    box = f'<input type="search" name="q" value="{query}">'
    summary = f"<p>{total} results for <b>{query}</b></p>"
    return box + summary
