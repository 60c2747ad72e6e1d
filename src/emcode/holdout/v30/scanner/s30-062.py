from flask import Flask, request, send_from_directory

app = Flask(__name__)
TRANSCRIPTS = "/srv/admissions/transcripts"


@app.get("/transcript")
def transcript():
    name = request.args["file"]
    return send_from_directory(TRANSCRIPTS, name, mimetype="application/pdf")
