from http.server import BaseHTTPRequestHandler


def set_lang_cookie(handler: BaseHTTPRequestHandler, lang: str) -> None:
    handler.send_header("Set-Cookie", "lang=%s; Path=/; SameSite=Lax" % lang)
