import json
import urllib.request

from flask import Flask, request

app = Flask(__name__)


@app.route("/webhooks/test", methods=["POST"])
def test_webhook():
    target = request.form["endpoint"]
    req = urllib.request.Request(target, data=json.dumps({"test": True}).encode(),
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=5) as resp:
        body = resp.read(2000).decode("utf-8", "replace")
    return {"status": resp.status, "body": body}
