import logging

log = logging.getLogger(__name__)

def search(index, query):
    hits = [d for d in index if query in d]
    if not hits:
        log.warning("no hits for query %s", query)
    return hits
