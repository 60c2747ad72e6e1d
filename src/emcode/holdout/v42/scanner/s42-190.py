import logging

logger = logging.getLogger(__name__)


def audit_search(user_id, query):
    logger.info(f"user {user_id} searched recipes for: {query}")
