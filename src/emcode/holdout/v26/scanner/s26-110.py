import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.patch("/dogs/<int:dog_id>")
def update_dog(dog_id):
    body = request.get_json(silent=True) or {}
    assignments = ", ".join(f"{col} = ?" for col in body)
    sql = "UPDATE dogs SET " + assignments + " WHERE id = ?"
    with sqlite3.connect("walks.db") as conn:
        conn.execute(sql, [*body.values(), dog_id])
    return jsonify(updated=list(body))
