import bleach
from flask import Flask, jsonify, request

app = Flask(__name__)
ROOMS = {"general": []}
ALLOWED_TAGS = ["b", "i", "code"]


@app.route("/rooms/<room>/messages", methods=["POST"])
def post_message(room):
    text = request.get_json(force=True).get("text", "")
    ROOMS.setdefault(room, []).append(text[:2000])
    return jsonify(count=len(ROOMS[room]))


@app.route("/rooms/<room>/transcript")
def transcript(room):
    cleaned = [bleach.clean(m, tags=ALLOWED_TAGS, strip=True) for m in ROOMS.get(room, [])]
    lines = "".join("<li>{}</li>".format(c) for c in cleaned)
    return "<ul class='transcript'>" + lines + "</ul>"
