def error_page(status: int, message: str) -> str:
    title = {404: "Not found", 500: "Server error"}.get(status, "Error")
    return f"""<!doctype html>
<html><head><title>{title}</title></head>
<body><h1>{status} {title}</h1><p class="detail">{message}</p></body></html>"""
