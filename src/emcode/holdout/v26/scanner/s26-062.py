import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)
EDITABLE = ("nickname", "breed", "walk_notes")


@app.patch("/dogs/<int:dog_id>")
def update_dog(dog_id):
    body = request.get_json(silent=True) or {}
    fields = [k for k in EDITABLE if k in body]
    if not fields:
        return jsonify(error="nothing to update"), 400
    assignments = ", ".join(f"{col} = ?" for col in fields)
    values = [str(body[col]) for col in fields]
    sql = "UPDATE dogs SET " + assignments + " WHERE id = ?"
    with sqlite3.connect("walks.db") as conn:
        conn.execute(sql, [*values, dog_id])
    return jsonify(updated=fields)
