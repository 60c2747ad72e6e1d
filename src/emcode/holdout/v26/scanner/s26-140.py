from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/brewery/tap")
def tap_list():
    style = request.args.get("style", "")
    safe_style = escape(style)
    from .taps import taps_for
    taps = taps_for(style)
    rows = [f"<li>{escape(t.name)} ({t.abv:.1f}%)</li>" for t in taps]
    return f"<h2>{safe_style} on tap</h2><ul>{''.join(
