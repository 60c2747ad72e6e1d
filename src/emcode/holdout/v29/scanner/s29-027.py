import logging

logger = logging.getLogger(__name__)


def authenticate_device(token, known_tokens):
    if token not in known_tokens:
        logger.warning("rejected device token %s", token)
        return None
    return known_tokens[token]
