import logging

import psycopg2

log = logging.getLogger(__name__)


def connect(host, user, password, dbname="tournaments"):
    log.info("connecting to %r as %r (db %r)", host, user, dbname)
    return psycopg2.connect(host=host, user=user, password=password, dbname=dbname)
