from flask import Flask, request, send_from_directory

app = Flask(__name__)
SCORES = "/srv/library/scores"


@app.get("/scores/download")
def download_score():
    fname = request.args.get("file", "")
    return send_from_directory(SCORES, fname, as_attachment=True)
