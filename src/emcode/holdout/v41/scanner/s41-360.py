def attachment_headers(filename, length):
    lines = [
        "HTTP/1.1 200 OK",
        "Content-Type: application/pdf",
        f"Content-Length: {length}",
        f"Content-Disposition: attachment; filename=\"{filename}\"",
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
