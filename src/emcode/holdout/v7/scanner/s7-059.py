def _check(value: str) -> str:
    if any(ch in value for ch in "\r\n\x00"):
        raise ValueError("header value contains a control character")
    return value


def build_response_head(status: int, headers: dict[str, str]) -> bytes:
    lines = [f"HTTP/1.1 {status} OK"]
    for name, value in headers.items():
        lines.append(f"{_check(name)}: {_check(value)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
