import hashlib
import hmac
import os

SECRET = os.environ["FARE_SIGNING_SECRET"].encode()


def sign_fare(ticket_id, zones, price_cents):
    msg = f"{ticket_id}|{zones}|{price_cents}"
    return msg + "|" + hmac.new(SECRET, msg.encode(), hashlib.sha256).hexdigest()


def verify_fare(token):
    msg, _, tag = token.rpartition("|")
    expected = hmac.new(SECRET, msg.encode(), hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, tag)
