import logging

import psycopg2

log = logging.getLogger(__name__)


def connect(host, user, password, dbname="tournaments"):
    dsn = f"host={host} user={user} password={password} dbname={dbname}"
    log.info("connecting with %s", dsn)
    return psycopg2.connect(dsn)
