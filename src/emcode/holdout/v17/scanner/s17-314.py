from flask import Flask, jsonify, request

app = Flask(__name__)
NOTES: dict[int, str] = {}


@app.route("/notes", methods=["POST"])
def create_note():
    text = str((request.get_json(silent=True) or {}).get("text", ""))[:2000]
    note_id = len(NOTES) + 1
    NOTES[note_id] = text
    return jsonify(id=note_id, text=text), 201


@app.route("/notes/<int:note_id>")
def get_note(note_id: int):
    if note_id not in NOTES:
        return jsonify(error="not found"), 404
    return jsonify(id=note_id, text=NOTES[note_id])
