import logging
log = logging.getLogger("search")

def record_search(user_id, query):
    log.info(f"user {user_id} searched for {query}")
