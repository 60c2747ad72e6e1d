import os

from flask import Flask, request, send_file

app = Flask(__name__)
TRANSCRIPTS = "/srv/admissions/transcripts"


@app.get("/transcript")
def transcript():
    name = request.args["file"]
    return send_file(os.path.join(TRANSCRIPTS, name), mimetype="application/pdf")
