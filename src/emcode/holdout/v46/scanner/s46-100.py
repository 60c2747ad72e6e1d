from flask import Flask, make_response, request
import sqlite3

app = Flask(__name__)
DB = "pawn.db"


@app.route("/items")
def item_detail():
    serial = request.args.get("serial", "")
    con = sqlite3.connect(DB)
    row = con.execute("SELECT title, price FROM items WHERE serial = ?", (serial,)).fetchone()
    con.close()
    if row is None:
        msg = "<h1>Not found</h1><p>No item with serial <code>{}</code></p>".format(serial)
        return make_response(msg, 404)
    title, price = row
    return make_response("<h1>%s</h1><p>%.2f</p>" % (title, price))
