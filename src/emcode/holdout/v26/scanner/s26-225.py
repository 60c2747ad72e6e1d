import logging

log = logging.getLogger(__name__)


def log_search(user_id, query):
    log.info("user %s searched for %s" % (user_id, query))
