def write_redirect(sock, location, cookie_value=None):
    lines = ["HTTP/1.1 302 Found", f"Location: {location}"]
    if cookie_value is not None:
        lines.append(f"Set-Cookie: lang={cookie_value}; Path=/")
    lines += ["Content-Length: 0", "", ""]
    sock.sendall("\r\n".join(lines).encode("latin-1"))
