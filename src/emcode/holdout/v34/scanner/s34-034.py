import hmac
import os

import requests
from flask import Flask, abort, request

app = Flask(__name__)
ADMIN_TOKEN = os.environ["ANNOUNCE_TOKEN"]
WEBHOOKS = {
    "discord": os.environ.get("DISCORD_WEBHOOK_URL"),
    "slack": os.environ.get("SLACK_WEBHOOK_URL"),
}


@app.post("/announce")
def announce():
    if not hmac.compare_digest(request.headers.get("X-Admin-Token", ""), ADMIN_TOKEN):
        abort(401)
    channel = request.json.get("channel", "discord")
    url = WEBHOOKS.get(channel)
    if not url:
        return {"error": "unknown channel"}, 400
    text = str(request.json.get("text", ""))[:500]
    r = requests.post(url, json={"content": text}, timeout=5)
    return {"delivered": r.ok}
