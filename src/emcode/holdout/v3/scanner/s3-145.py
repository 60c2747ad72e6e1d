import html

from flask import Flask, request

app = Flask(__name__)


def _e(value: str) -> str:
    return html.escape(value, quote=True)


@app.route("/card")
def card():
    title = _e(request.args.get("title", "Untitled"))
    subtitle = _e(request.args.get("subtitle", ""))
    color = request.args.get("color", "blue")
    if color not in {"blue", "green", "red"}:
        color = "blue"
    markup = "<div class='card " + color + "'>"
    markup += "<h3>" + title + "</h3>"
    markup += "<small>" + subtitle + "</small></div>"
    return markup
