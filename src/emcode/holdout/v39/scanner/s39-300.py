from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)

EPISODES = {"1": "Pilot", "2": "Behind the mic"}


@app.route("/episode")
def episode():
    ep_id = request.args.get("id", "")
    title = EPISODES.get(ep_id, "Unknown")
    body = f"""
    <html>
      <head><title>{escape(title)}</title></head>
      <body>
        <h1>{escape(title)}</h1>
        <p>Episode id: {escape(ep_id)}</p>
      </body>
    </html>
    """
    return body
