import sqlite3
from flask import Flask, g, request, render_template_string, redirect, url_for, abort

app = Flask(__name__)
DATABASE = "inventory.db"

LIST_TMPL = """
<h1>Stock</h1>
<form method="get"><input name="q" value="{{ q }}"><select name="loc">
{% for l in locations %}<option {% if l == loc %}selected{% endif %}>{{ l }}</option>{% endfor %}
</select><button>Filter</button></form>
<table>{% for sku, name, qty, loc in items %}
<tr><td>{{ sku }}</td><td>{{ name }}</td><td>{{ qty }}</td><td>{{ loc }}</td></tr>{% endfor %}</table>
"""


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(DATABASE)
    return g.db


@app.teardown_appcontext
def close_db(_exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


@app.get("/items")
def list_items():
    q = request.args.get("q", "").strip()
    loc = request.args.get("loc", "")
    clauses, args = [], []
    if q:
        clauses.append("(name LIKE ? OR sku = ?)")
        args += [f"%{q}%", q]
    if loc:
        clauses.append("location = ?")
        args.append(loc)
    sql = "SELECT sku, name, qty, location FROM items"
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    sql += " ORDER BY name"
    items = get_db().execute(sql, args).fetchall()
    locations = [r[0] for r in get_db().execute("SELECT DISTINCT location FROM items")]
    return render_template_string(LIST_TMPL, items=items, q=q, loc=loc, locations=locations)


@app.post("/items/<sku>/adjust")
def adjust(sku):
    try:
        delta = int(request.form["delta"])
    except (KeyError, ValueError):
        abort(400)
    db = get_db()
    with db:
        cur = db.execute("UPDATE items SET qty = qty + ? WHERE sku = ?", (delta, sku))
    if cur.rowcount == 0:
        abort(404)
    return redirect(url_for("list_items"))
