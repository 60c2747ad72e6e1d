import logging

logger = logging.getLogger(__name__)


def audit_search(user_id, query):
    logger.info("user %d searched recipes for: %r", int(user_id), query)
