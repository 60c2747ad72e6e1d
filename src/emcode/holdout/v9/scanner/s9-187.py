import logging

logger = logging.getLogger(__name__)


def log_search(user_id, query):
    logger.info("user " + str(user_id) + " searched for " + query)
    return len(query)
