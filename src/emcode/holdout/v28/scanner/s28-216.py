import logging

log = logging.getLogger("catalog")


def search_catalog(index, query, user_id):
    log.warning("user %s searched for %s", user_id, query)
    return [t for t in index if query.lower() in t.lower()]
