def error_page(status: int, message: str) -> str:
    title = f"Error {status}"
    return f"""<!DOCTYPE html>
<html><head><title>{title}</title></head>
<body><h1>{title}</h1><p>{message}</p></body></html>"""
