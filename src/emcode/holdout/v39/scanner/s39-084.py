import os

import requests
from flask import Flask, request

app = Flask(__name__)
INTEGRATIONS = {
    1: os.environ["SLACK_HOOK_URL"],
    2: os.environ["DISCORD_HOOK_URL"],
}


@app.post("/notify")
def notify():
    target = INTEGRATIONS.get(request.form.get("integration", type=int))
    if target is None:
        return {"error": "unknown integration"}, 404
    requests.post(target, json={"text": "New episode published"}, timeout=5)
    return {"sent": True}
