import logging
import os

import requests

log = logging.getLogger("recalls")


def send_sms(number, text):
    user = os.environ["SMS_USER"]
    password = os.environ["SMS_PASSWORD"]
    log.info("sending via gateway user=%s to ...%s", user, number[-4:])
    r = requests.post("https://sms.example.net/send", auth=(user, password), data={"to": number, "msg": text}, timeout=10)
    return r.ok
