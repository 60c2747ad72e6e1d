from flask import Flask, request

app = Flask(__name__)


@app.route("/deck/preview", methods=["POST"])
def deck_preview():
    data = request.get_json(force=True)
    words = data.get("words", [])
    items = "".join("<li>" + w + "</li>" for w in words)
    return "<ul class='deck'>" + items + "</ul>"
