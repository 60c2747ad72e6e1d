import sqlite3

from flask import Flask, request
from flask.views import MethodView

app = Flask(__name__)


class StockSearch(MethodView):
    def get(self):
        term = request.args.get("term", "")
        with sqlite3.connect("pantry.db") as db:
            rows = db.execute("SELECT name, qty FROM items WHERE name LIKE ?", (f"%{term}%",)).fetchall()
        out = ["<h2>Results for '" + term + "'</h2>", "<table>"]
        for name, qty in rows:
            out.append(f"<tr><td>{name}</td><td>{qty}</td></tr>")
        out.append("</table>")
        return "\n".join(out)


app.add_url_rule("/stock/search", view_func=StockSearch.as_view("stock_search"))
