import psycopg2
from psycopg2 import sql
from flask import Flask, jsonify, request

app = Flask(__name__)
EDITABLE = {"asking_price", "bedrooms", "bathrooms", "description"}


@app.patch("/listings/<int:lid>")
def update_listing(lid):
    changes = {k: v for k, v in (request.get_json(silent=True) or {}).items() if k in EDITABLE}
    if not changes:
        return jsonify(error="nothing to update"), 400
    assignments = sql.SQL(", ").join(
        sql.SQL("{} = %s").format(sql.Identifier(col)) for col in changes
    )
    stmt = sql.SQL("UPDATE listings SET {} WHERE id = %s").format(assignments)
    params = list(changes.values()) + [lid]
    with psycopg2.connect(dbname="realestate") as conn, conn.cursor() as cur:
        cur.execute(stmt, params)
        updated = cur.rowcount
    return jsonify(updated=updated)
