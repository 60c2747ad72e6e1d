from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)

SEEDS = {"tomato-brandywine": 412, "bean-cherokee": 88}


@app.route("/seedbank/lookup")
def lookup():
    variety = request.args.get("variety", "")
    count = SEEDS.get(variety, 0)
    body = f"""
    <html>
      <head><title>Seed lookup</title></head>
      <body>
        <h1>{escape(variety)}</h1>
        <p>{count} packets in the vault</p>
      </body>
    </html>
    """
    return body
