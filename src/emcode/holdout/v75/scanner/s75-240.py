import hashlib
import os

SECRET = os.environ["FARE_SIGNING_SECRET"]


def sign_fare(ticket_id, zones, price_cents):
    msg = f"{ticket_id}|{zones}|{price_cents}"
    return msg + "|" + hashlib.md5((SECRET + msg).encode()).hexdigest()
