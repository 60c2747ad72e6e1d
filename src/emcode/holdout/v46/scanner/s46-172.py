from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/echo-note")
def echo_note():
    note = request.args.get("note", "")
    message = f"Saved note for the Tuesday ice-time: {note}"
    return Response(message, mimetype="text/plain")
