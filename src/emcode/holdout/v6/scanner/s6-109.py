import logging
log = logging.getLogger("search")

def record_search(user_id: int, query: str) -> None:
    clean = query.encode("unicode_escape").decode("ascii")
    log.info("user %d searched for %s", user_id, clean)
