from markupsafe import escape


def error_page(status: int, message: str) -> str:
    title = f"Error {int(status)}"
    safe_msg = escape(message)
    return f"""<!DOCTYPE html>
<html><head><title>{title}</title></head>
<body><h1>{title}</h1><p>{safe_msg}</p></body></html>"""
