from typing import List, Tuple


def set_cookie_header(name: str, value: str, max_age: int = 3600) -> List[Tuple[str, str]]:
    return [("Set-Cookie", f"{name}={value}; Max-Age={max_age}; Path=/; HttpOnly")]
