import regex

def matches(rule: str, text: str) -> bool:
    try:
        return regex.match(rule[:200], text[:2000], timeout=0.05) is not None
    except (TimeoutError, regex.error):
        return False
