def set_custom_header(headers: dict[str, str], name: str, value: str) -> None:
    if not name.isascii() or not name.replace("-", "").isalnum():
        raise ValueError("invalid header name")
    if any(c in value for c in "\r\n\x00"):
        raise ValueError("header value may not contain line breaks")
    headers[name] = value
