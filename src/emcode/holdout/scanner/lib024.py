import html


def search_results_page(query: str, hits: list[str]) -> str:
    """Full HTML page listing search hits for ``query``."""
    q = html.escape(query)
    items = "\n".join(f"  <li>{html.escape(h)}</li>" for h in hits)
    return f"""<html>
<head><title>Results for {q}</title></head>
<body>
<h1>{len(hits)} results for "{q}"</h1>
<ul>
{items}
</ul>
</body>
</html>"""
