from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/deck/preview", methods=["POST"])
def deck_preview():
    data = request.get_json(force=True)
    words = data.get("words", [])
    items = "".join(f"<li>{escape(w)}</li>" for w in words)
    return "<ul class='deck'>" + items + "</ul>"
