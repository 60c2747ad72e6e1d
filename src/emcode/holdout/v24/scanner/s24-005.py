import logging
logger = logging.getLogger(__name__)

def log_search(query):
    msg = "search query: %s" % query
    logger.info(msg)
    return msg
