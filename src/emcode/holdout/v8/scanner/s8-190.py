from http.server import BaseHTTPRequestHandler


def send_redirect(handler: BaseHTTPRequestHandler, next_path: str) -> None:
    handler.send_response(302)
    handler.send_header("Location", "/app" + next_path)
    handler.end_headers()
