import logging

log = logging.getLogger(__name__)


def open_db(user, password, host, name):
    dsn = f"postgresql://{user}:{password}@{host}/{name}"
    log.info("connecting to %s", dsn)
    import psycopg2
    return psycopg2.connect(dsn)
