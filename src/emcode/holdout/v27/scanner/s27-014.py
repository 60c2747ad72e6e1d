from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)
SEEDS = {"cherokee-purple": "Heirloom tomato, 80 days", "moon-and-stars": "Watermelon, 90 days"}


@app.route("/seeds")
def seed_lookup():
    wanted = request.args.get("variety", "")
    safe_wanted = escape(wanted)
    info = escape(SEEDS.get(wanted.lower(), "not in our bank yet"))
    page = f"""
    <html><body>
      <h1>Seed bank lookup</h1>
      <p>You asked for: {safe_wanted}</p>
      <p>{info}</p>
    </body></html>
    """
    return page
