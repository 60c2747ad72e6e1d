from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/echo-note", methods=["POST"])
def echo_note():
    note = request.form.get("note", "")
    return jsonify(received=note, length=len(note))
