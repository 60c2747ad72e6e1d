from http.server import BaseHTTPRequestHandler

LANGS = {"en", "de", "fr", "es", "it"}


def set_lang_cookie(handler: BaseHTTPRequestHandler, lang: str) -> None:
    value = lang if lang in LANGS else "en"
    handler.send_header("Set-Cookie", f"lang={value}; Path=/; SameSite=Lax; Secure")
