import logging

log = logging.getLogger("catalog")


def search_catalog(index, query, user_id):
    log.info("user %d searched for %r", int(user_id), query)
    return [t for t in index if query.lower() in t.lower()]
