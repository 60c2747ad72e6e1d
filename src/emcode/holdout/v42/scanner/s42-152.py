from flask import Flask, request

app = Flask(__name__)


@app.get("/shopping-list")
def shopping_list():
    items = request.args.getlist("item")
    parts = ["<ul>"]
    for it in items:
        parts.append("<li>" + it.strip() + "</li>")
    parts.append("</ul>")
    return "".join(parts)
