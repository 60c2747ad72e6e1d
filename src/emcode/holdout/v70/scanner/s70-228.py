from flask import Flask, request, Response

app = Flask(__name__)


@app.route("/echo-note")
def echo_note():
    note = request.args.get("note", "")
    return Response("Saved note for your plot: " + note, mimetype="text/plain")
