from flask import Flask, request

app = Flask(__name__)

EPISODES = {"1": "Pilot", "2": "Behind the mic"}


@app.route("/episode")
def episode():
    ep_id = request.args.get("id", "")
    title = EPISODES.get(ep_id, request.args.get("fallback", "Unknown"))
    body = f"""
    <html>
      <head><title>{title}</title></head>
      <body>
        <h1>{title}</h1>
        <p>Episode id: {ep_id}</p>
      </body>
    </html>
    """
    return body
