from flask import Flask, request

app = Flask(__name__)


@app.route("/playlist/add", methods=["POST"])
def add_to_playlist():
    title = request.form.get("title", "")
    artist = request.form.get("artist", "unknown artist")
    body = f"""
    <!doctype html>
    <html>
      <head><title>Playlist updated</title></head>
      <body>
        <p>Added <strong>{title}</strong> by {artist} to your queue.</p>
        <a href="/playlist">Back to playlist</a>
      </body>
    </html>
    """
    return body
