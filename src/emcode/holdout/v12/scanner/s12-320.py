from html import escape


def search_banner(query: str, total: int) -> str:
    q = escape(query, quote=True)
    box = f'<input type="search" name="q" value="{q}">'
    summary = f"<p>{int(total)} results for <b>{q}</b></p>"
    return box + summary
