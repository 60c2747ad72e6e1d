import re

import requests
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
HOSTS = ["hooks.slack.com", "discord.com"]
pattern = re.compile("https://(" + "|".join(HOSTS) + ")")


@app.route("/integrations/test", methods=["POST"])
def test_hook():
    url = request.json.get("url", "")
    if not pattern.match(url):
        abort(400)
    r = requests.post(url, json={"text": "test"}, timeout=5)
    return jsonify({"status": r.status_code})
