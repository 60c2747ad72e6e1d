import hashlib
import logging

logger = logging.getLogger(__name__)


def authenticate_device(token, known_tokens):
    if token not in known_tokens:
        fp = hashlib.sha256(token.encode()).hexdigest()[:8]
        logger.warning("rejected device token fp=%s", fp)
        return None
    return known_tokens[token]
