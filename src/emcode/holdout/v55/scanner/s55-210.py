import os

import psycopg2
import psycopg2.extras
from flask import Flask, request, jsonify

app = Flask(__name__)


def db():
    return psycopg2.connect(os.environ["DATABASE_URL"])


@app.route("/wines/search")
def search():
    term = request.args.get("q", "")
    grape = request.args.get("grape")
    sql = "SELECT id, name, vintage FROM wines WHERE name ILIKE '%%" + term + "%%'"
    if grape:
        sql += " AND grape = %(grape)s"
    sql += " ORDER BY vintage DESC LIMIT 100"
    with db() as conn, conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(sql, {"grape": grape})
        return jsonify(cur.fetchall())
