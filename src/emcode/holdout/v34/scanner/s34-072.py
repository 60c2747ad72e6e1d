import hmac
import os

from flask import Flask, abort, request

app = Flask(__name__)
API_TOKEN = os.environ["SCOREBOARD_TOKEN"]
SCORES = {}


@app.before_request
def require_token():
    auth = request.headers.get("Authorization", "")
    if not hmac.compare_digest(auth, f"Bearer {API_TOKEN}"):
        abort(401)


@app.put("/scores/<int:match_id>")
def set_score(match_id):
    body = request.get_json(force=True)
    SCORES[match_id] = (int(body["home"]), int(body["away"]))
    return {"match": match_id, "score": SCORES[match_id]}
