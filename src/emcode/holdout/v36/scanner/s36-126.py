from flask import Flask, request

app = Flask(__name__)

TEMPLATE = "<div class='menu'><h3>Today at %s</h3><ul>%s</ul></div>"
MENU = ["Birria tacos", "Elote cup", "Horchata"]


@app.route("/menu")
def menu():
    truck = request.args.get("truck", "our truck")
    items = "".join("<li>%s</li>" % m for m in MENU)
    out = TEMPLATE % (truck, items)
    return out
