from flask import Flask, request

app = Flask(__name__)


@app.route("/echo-note")
def echo_note():
    note = request.args.get("note", "")
    return "Saved note for your accession: " + note
