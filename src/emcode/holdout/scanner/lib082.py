def attachment_headers(filename: str, size: int) -> str:
    """HTTP response header block for a file download."""
    return (
        "HTTP/1.1 200 OK\r\n"
        f"Content-Disposition: attachment; filename={filename}\r\n"
        f"Content-Length: {size}\r\n"
        "\r\n"
    )
