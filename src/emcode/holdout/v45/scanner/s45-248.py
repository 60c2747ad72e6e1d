import logging

import psycopg2

log = logging.getLogger(__name__)


def open_db(user, password, host, name):
    log.info("connecting to %s/%s as %s", host, name, user)
    return psycopg2.connect(host=host, dbname=name, user=user, password=password)
