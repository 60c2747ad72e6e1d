from flask import Flask, request, jsonify

app = Flask(__name__)
NOTES = []


@app.route("/shifts/notes", methods=["POST"])
def add_note():
    text = (request.get_json(silent=True) or {}).get("text", "")
    if not isinstance(text, str) or not text.strip():
        return jsonify(error="text required"), 400
    NOTES.append(text[:1000])
    return jsonify(id=len(NOTES), text=text[:1000]), 201
