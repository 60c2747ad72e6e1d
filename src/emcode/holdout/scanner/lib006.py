import re


def attachment_headers(filename: str, size: int) -> str:
    """HTTP response header block for a file download."""
    safe_name = re.sub(r"[^A-Za-z0-9._-]", "_", filename)
    return (
        "HTTP/1.1 200 OK\r\n"
        f'Content-Disposition: attachment; filename="{safe_name}"\r\n'
        f"Content-Length: {int(size)}\r\n"
        "\r\n"
    )
