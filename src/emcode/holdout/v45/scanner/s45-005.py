from flask import Flask, request

app = Flask(__name__)


@app.route("/rooms/search")
def room_search():
    q = request.args.get("q", "")
    html = "<h2>Rooms matching " + q + "</h2><p>No rooms found.</p>"
    return html


@app.route("/rooms/<slug>/reviews")
def reviews(slug):
    from .store import reviews_for
    items = reviews_for(slug)
    parts = []
    for r in items:
        parts.append(f"<li>{r.stars}&#9733; {r.te