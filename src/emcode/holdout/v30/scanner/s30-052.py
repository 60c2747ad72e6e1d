import pickle


def decode_stock_event(message_body):
    event = pickle.loads(message_body)
    return event["sku"], int(event["delta"])
