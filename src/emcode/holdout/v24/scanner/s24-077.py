from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)
INVENTORY = [("Ground beef", "2 kg"), ("Basil", "1 bunch")]


@app.route("/shopping-list")
def shopping_list():
    owner = request.args.get("owner", "You")
    header = Markup("<h1>{}'s shopping list</h1>").format(owner)
    rows = Markup("").join(Markup("<li>{} — {}</li>").format(item, qty) for item, qty in INVENTORY)
    return header + Markup("<ul>") + rows + Markup("</ul>")
