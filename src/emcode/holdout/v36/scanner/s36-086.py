from flask import Flask, request, send_from_directory

app = Flask(__name__)
BASE = "/srv/studio/patch-notes"


@app.get("/notes")
def notes():
    version = request.args.get("v", "latest")
    return send_from_directory(BASE, version + ".md", mimetype="text/plain")


@app.errorhandler(404)
def missing(_err):
    return {"error": "no notes for that ver