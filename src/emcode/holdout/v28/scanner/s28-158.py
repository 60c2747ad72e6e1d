import logging

log = logging.getLogger("carrier")


def connect(client, account, api_secret):
    log.info("connecting account=%s secret=%s", account, api_secret)
    return client.login(account, api_secret)
