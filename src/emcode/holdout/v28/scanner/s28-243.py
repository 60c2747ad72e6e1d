def _header_value(value):
    text = str(value)
    if "\r" in text or "\n" in text or "\0" in text:
        raise ValueError("header value contains a line break")
    return text


def write_redirect(sock, location, cookie_value=None):
    lines = ["HTTP/1.1 302 Found", f"Location: {_header_value(location)}"]
    if cookie_value is not None:
        lines.append(f"Set-Cookie: lang={_header_value(cookie_value)}; Path=/")
    lines += ["Content-Length: 0", "", ""]
    sock.sendall("\r\n".join(lines).encode("latin-1"))
