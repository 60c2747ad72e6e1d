import logging
import requests

logging.basicConfig(level=logging.DEBUG)


def call_api(url, token):
    headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
    logging.debug("calling %s with headers %s", url, headers)
    return requests.get(url, headers=headers, timeout=10).json()
