def set_header(headers: dict, name: str, value: str) -> None:
    if any(ch in value for ch in "\r\n\0") or any(ch in name for ch in "\r\n:\0"):
        raise ValueError("header name/value must not contain control characters")
    headers[name] = value
