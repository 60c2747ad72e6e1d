from http.server import BaseHTTPRequestHandler


def reply_json(handler: BaseHTTPRequestHandler, payload: bytes, request_name: str) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("X-Request-Name", request_name)
    handler.end_headers()
    handler.wfile.write(payload)
