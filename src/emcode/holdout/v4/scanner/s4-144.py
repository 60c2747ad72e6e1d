from flask import Flask

app = Flask(__name__)
INVENTORY = {"apple": 3, "pear": 0}


@app.route("/stock/<item>")
def stock(item):
    out = "<h2>Stock report</h2>"
    if item not in INVENTORY:
        out += "<p class='err'>Unknown item: "
        out += item
        out += "</p>"
        return out, 404
    return out + "<p>%d left</p>" % INVENTORY[item]
