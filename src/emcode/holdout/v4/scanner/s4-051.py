import logging

qlog = logging.getLogger("queries")


def log_query(query: str) -> None:
    qlog.info("QUERY %r", query[:500])
