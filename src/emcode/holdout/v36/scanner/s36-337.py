from flask import Flask, abort, request

app = Flask(__name__)

TEMPLATE = "<div class='menu'><h3>Today at %s</h3><ul>%s</ul></div>"
TRUCKS = {"north": "Taco Norte", "pier": "Pier Dumplings", "campus": "Campus Curry"}
MENU = ["Birria tacos", "Elote cup", "Horchata"]


@app.route("/menu")
def menu():
    key = request.args.get("truck", "north")
    if key not in TRUCKS:
        abort(404)
    items = "".join("<li>%s</li>" % m for m in MENU)
    out = TEMPLATE % (TRUCKS[key], items)
    return out
