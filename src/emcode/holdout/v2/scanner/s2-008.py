import logging

import psycopg2

log = logging.getLogger(__name__)


def connect(host: str, user: str, password: str, dbname: str):
    """Open a database connection."""
    log.debug("connecting to %s as %s (db %s)", host, user, dbname)
    return psycopg2.connect(host=host, user=user, password=password, dbname=dbname)
