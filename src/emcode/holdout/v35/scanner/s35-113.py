import html
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.get("/queue")
def repair_queue():
    shop = request.args.get("shop", type=int, default=1)
    con = sqlite3.connect("repairs.sqlite")
    rows = con.execute(
        "SELECT ticket, customer, bike, status FROM tickets WHERE shop_id = ? ORDER BY created_at",
        (shop,),
    ).fetchall()
    con.close()
    body = []
    for ticket, customer, bike, status in rows:
        cells = "".join(f"<td>{html.escape(str(v))}</td>" for v in (ticket, customer, bike, status))
        body.append(f"<tr>{cells}</tr>")
    table = "<table><tr><th>#</th><th>Customer</th><th>Bike</th><th>Status</th></tr>" + "".join(body) + "</table>"
    return table
