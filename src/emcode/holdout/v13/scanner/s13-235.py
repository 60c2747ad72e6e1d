import bleach

def error_page(code: int, message: str) -> str:
    msg = bleach.clean(message, tags=set(), strip=True)
    return f"""<html><body><h1>Error {int(code)}</h1><p>{msg}</p></body></html>"""
