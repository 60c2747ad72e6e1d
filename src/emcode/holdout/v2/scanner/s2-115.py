import logging

audit = logging.getLogger("audit")


def record_search(user_id: int, query: str) -> None:
    """Write one audit line for a search; CR, LF and other control characters are replaced."""
    clean = "".join(ch if ch.isprintable() else "?" for ch in query)[:200]
    audit.info("user=%d searched for %s", user_id, clean)
