import logging

log = logging.getLogger("ua")

def log_user_agent(ua: str) -> None:
    log.info("UA: %r", ua[:200])
