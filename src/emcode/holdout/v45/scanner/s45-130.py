from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/rooms/search")
def room_search():
    q = escape(request.args.get("q", ""))
    html = "<h2>Rooms matching " + q + "</h2><p>No rooms found.</p>"
    return html


@app.route("/rooms/<slug>/reviews")
def reviews(slug):
    from .store import reviews_for
    items = reviews_for(slug)
    parts = []
    for r in items:
        parts.append(f"<li>{int(r.stars)}&#9733; {escape(r.te