import html


def error_box(query: str, code: int) -> str:
    safe_code = html.escape(str(code))
    return "<div class='err'>Error " + safe_code + ": nothing found for " + query + "</div>"
