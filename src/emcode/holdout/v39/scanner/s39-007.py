from flask import Flask, request, send_from_directory

app = Flask(__name__)
NOTES = "/srv/museum/conservation-notes"


@app.route("/notes")
def notes():
    return send_from_directory(NOTES, request.args.get("name", ""))


@app.route("/notes/index")
def index():
    import os
    return {"notes": sorted(os.listdir(NOT