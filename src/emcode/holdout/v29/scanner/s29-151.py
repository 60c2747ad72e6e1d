from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/claims/track")
def track():
    ref = escape(request.args.get("ref", ""))
    body = f"<h1>Tracking claim {ref}</h1><p>We'll email you when the st