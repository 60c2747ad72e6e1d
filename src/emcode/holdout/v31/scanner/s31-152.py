from urllib.parse import urlsplit

from flask import Flask, jsonify, request

app = Flask(__name__)
CALLBACK_HOSTS = {"hooks.boxoffice.example", "hooks-staging.boxoffice.example"}


@app.post("/subscriptions")
def subscribe():
    url = (request.get_json(silent=True) or {}).get("callback", "")
    parts = urlsplit(url)
    if parts.scheme != "https" or parts.hostname not in CALLBACK_HOSTS:
        return jsonify(error="callback host not allowed"), 400
    from .subs import add_subscription
    sub_id = add_subscription(url)
    return jsonify(id=sub_id), 201
