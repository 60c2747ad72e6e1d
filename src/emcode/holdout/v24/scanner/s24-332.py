from http.server import BaseHTTPRequestHandler

def remember_locale(handler: BaseHTTPRequestHandler, locale: str) -> None:
    handler.send_response(204)
    handler.send_header("Set-Cookie", f"locale={locale}; Path=/; SameSite=Lax")
    handler.end_headers()
