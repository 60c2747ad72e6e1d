import logging

log = logging.getLogger(__name__)


def connect_ledger(dsn, user, password):
    log.info("connecting to %s as %s with password %s", dsn, user, password)
    import psycopg2
    return psycopg2.connect(dsn, user=user, password=password)
