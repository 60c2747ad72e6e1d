from flask import Flask, jsonify, request

app = Flask(__name__)
MESSAGES = []


@app.route("/chat/messages", methods=["GET", "POST"])
def messages():
    if request.method == "POST":
        body = request.get_json(silent=True) or {}
        text = str(body.get("text", ""))[:500]
        MESSAGES.append({"author": str(body.get("author", "anon"))[:40], "text": text})
        return jsonify(ok=True), 201
    return jsonify(MESSAGES[-50:])
