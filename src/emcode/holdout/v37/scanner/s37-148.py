def build_redirect(location):
    if "\r" in location or "\n" in location:
        raise ValueError("invalid location")
    lines = ["HTTP/1.1 302 Found", "Location: " + location, "Content-Length: 0", "", ""]
    return "\r\n".join(lines).encode("latin-1")
