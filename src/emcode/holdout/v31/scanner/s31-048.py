from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/fitness/share")
def share_card():
    name = escape(request.args.get("name", "Runner"))
    try:
        km = float(request.args.get("km", "0"))
    except ValueError:
        km = 0.0
    card = f"""<!doctype html>
<html>
<head><title>{name}'s run</title></head>
<body>
  <div class="share">
    <h1>{name} ran {km:.1f} km today!</h1>
  </div>
</body>
</html>"""
    return card
