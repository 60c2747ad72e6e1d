import json
import logging

from flask import Flask, request, abort

app = Flask(__name__)
log = logging.getLogger("hooks")
KNOWN = {"push", "pull_request", "release"}


@app.route("/hooks/github", methods=["POST"])
def github():
    event = request.headers.get("X-GitHub-Event", "")
    if event not in KNOWN:
        abort(400)
    payload = request.get_json(silent=True) or {}
    log.info("event=%s repo=%s", event, json.dumps(payload.get("repository", {}).get("full_name")))
    return "", 204
