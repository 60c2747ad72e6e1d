from flask import Flask, request, abort
from markupsafe import escape

app = Flask(__name__)
COLUMNS = {"todo", "doing", "done"}
CARDS = {"todo": ["Write <docs>"], "doing": [], "done": []}


def render_cards(cards):
    return "\n".join(f"<li class='card'>{escape(c)}</li>" for c in cards)


@app.route("/board", methods=["GET", "POST"])
def board():
    if request.method == "POST":
        col = request.form.get("column", "todo")
        if col not in COLUMNS:
            abort(400)
        CARDS[col].append(request.form.get("title", "")[:200])
    sections = []
    for col in ("todo", "doing", "done"):
        sections.append(f"<section><h2>{col}</h2><ul>{render_cards(CARDS[col])}</ul></section>")
    page = "<html><body>" + "".join(sections) + "</body></html>"
    return page
