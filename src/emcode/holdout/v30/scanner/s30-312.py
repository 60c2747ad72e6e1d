import json


def decode_stock_event(message_body):
    event = json.loads(message_body)
    return str(event["sku"]), int(event["delta"])
