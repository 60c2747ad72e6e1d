from flask import Flask, make_response

app = Flask(__name__)


@app.route("/episodes/<int:ep>/download")
def download(ep):
    resp = make_response(b"ID3...")
    resp.headers["Content-Type"] = "audio/mpeg"
    resp.headers["Content-Disposition"] = f'attachment; filename="episode-{ep}.mp3"'
    resp.headers["X-Content-Type-Options"] = "nosniff"
    return resp
