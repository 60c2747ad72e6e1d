import html


def error_page(status: int, message: str) -> str:
    title = {404: "Not found", 500: "Server error"}.get(status, "Error")
    detail = html.escape(message)
    return f"""<!doctype html>
<html><head><title>{title}</title></head>
<body><h1>{int(status)} {title}</h1><p class="detail">{detail}</p></body></html>"""
