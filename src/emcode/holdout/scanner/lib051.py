def search_results_page(query: str, hits: list[str]) -> str:
    """Full HTML page listing search hits for ``query``."""
    items = "\n".join(f"  <li>{h}</li>" for h in hits)
    return f"""<html>
<head><title>Results for {query}</title></head>
<body>
<h1>{len(hits)} results for "{query}"</h1>
<ul>
{items}
</ul>
</body>
</html>"""
