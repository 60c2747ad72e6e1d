import json
from urllib import request as urlreq


class WebhookSender:
    def __init__(self, subscriptions):
        self.subscriptions = subscriptions  # {event: [url, ...]} registered by users

    def emit(self, event, payload):
        data = json.dumps(payload).encode()
        for url in self.subscriptions.get(event, []):
            req = urlreq.Request(url, data=data, headers={"Content-Type": "application/json"})
            urlreq.urlopen(req, timeout=5)
