import psycopg2
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
SORTABLE = {"surname": "surname", "born": "birth_year", "parish": "parish"}


@app.route("/records")
def records():
    order = SORTABLE.get(request.args.get("sort", "surname"))
    if order is None:
        abort(400)
    where = []
    args = []
    if "surname" in request.args:
        where.append("surname ILIKE %s")
        args.append(request.args["surname"] + "%")
    sql = "SELECT id, given, surname FROM records"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += f" ORDER BY {order} LIMIT 200"
    with psycopg2.connect(dbname="genealogy") as conn, conn.cursor() as cur:
        cur.execute(sql, args)
        return jsonify(cur.fetchall())
