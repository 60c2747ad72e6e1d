import re
import requests
from flask import Flask, request, jsonify

app = Flask(__name__)
ALLOWED_CALLBACK_HOSTS = ["hooks.tenantportal.io", "api.tenantportal.io"]
callback_pattern = re.compile("https://(" + "|".join(ALLOWED_CALLBACK_HOSTS) + ")")


@app.post("/subscribe")
def subscribe():
    url = request.json.get("callback_url", "")
    if not callback_pattern.match(url):
        return jsonify(error="callback host not allowed"), 400
    requests.post(url, json={"event": "subscribed"}, timeout=5)
    return jsonify(ok=True)
