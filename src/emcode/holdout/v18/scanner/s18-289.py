from flask import Flask, jsonify, request

app = Flask(__name__)
ROOMS = {"general": []}


@app.route("/rooms/<room>/messages", methods=["POST"])
def post_message(room):
    text = request.get_json(force=True).get("text", "")
    ROOMS.setdefault(room, []).append(text)
    return jsonify(count=len(ROOMS[room]))


@app.route("/rooms/<room>/transcript")
def transcript(room):
    lines = "".join("<li>{}</li>".format(m) for m in ROOMS.get(room, []))
    return "<ul class='transcript'>" + lines + "</ul>"
