import logging

import psycopg2

log = logging.getLogger(__name__)


def connect(host: str, user: str, password: str, dbname: str):
    """Open a database connection."""
    dsn = f"host={host} user={user} password={password} dbname={dbname}"
    log.debug("connecting with %s", dsn)
    return psycopg2.connect(dsn)
