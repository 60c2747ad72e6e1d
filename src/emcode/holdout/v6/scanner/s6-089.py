import logging
logger = logging.getLogger(__name__)

def authenticate(username: str, password: str, backend) -> bool:
    ok = backend.check(username, password)
    logger.info("auth attempt user=%r ok=%s", username[:64], ok)
    return ok
