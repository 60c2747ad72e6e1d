def build_raw_response(body: bytes, filename: str) -> bytes:
    head = "HTTP/1.1 200 OK\r\n"
    head += "Content-Type: application/octet-stream\r\n"
    head += f'Content-Disposition: attachment; filename="{filename}"\r\n'
    head += f"Content-Length: {len(body)}\r\n\r\n"
    return head.encode("latin-1") + body
