import logging

log = logging.getLogger("carrier")


def connect(client, account, api_secret):
    log.info("connecting account=%r", account)
    return client.login(account, api_secret)
