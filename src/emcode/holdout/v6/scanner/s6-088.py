import logging
logger = logging.getLogger(__name__)

def authenticate(username, password, backend):
    logger.debug("auth attempt user=%s password=%s", username, password)
    return backend.check(username, password)
