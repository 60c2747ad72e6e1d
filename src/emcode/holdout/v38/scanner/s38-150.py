def download_headers(filename, size):
    lines = [
        "HTTP/1.1 200 OK",
        "Content-Type: application/octet-stream",
        f"Content-Length: {int(size)}",
        f'Content-Disposition: attachment; filename="{filename}"',
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
