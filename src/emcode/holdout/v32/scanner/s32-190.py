import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)
FIELDS = ("bean", "grams", "grind")


@app.route("/orders/<int:order_id>", methods=["PATCH"])
def update_order(order_id):
    body = request.get_json(force=True)
    updates = {k: body[k] for k in FIELDS if k in body}
    if not updates:
        return jsonify(error="nothing to update"), 400
    assignments = ", ".join(f"{col} = :{col}" for col in updates)
    sql = "UPDATE orders SET " + assignments
    sql += " WHERE id = :order_id"
    updates["order_id"] = order_id
    with sqlite3.connect("roastery.db") as db:
        cur = db.execute(sql, updates)
    return jsonify(updated=cur.rowcount)
