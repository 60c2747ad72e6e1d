def member_header(name: str, value: str) -> str:
    if any(ch in value for ch in "\r\n\0") or any(ch in name for ch in "\r\n:\0 "):
        raise ValueError("header contains control characters")
    return f"{name}: {value}\r\n"
