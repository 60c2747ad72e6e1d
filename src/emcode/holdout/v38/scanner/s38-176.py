import sqlite3

from flask import Flask, abort, request

app = Flask(__name__)
EDITABLE = ("name", "breed", "age_months", "status")


@app.route("/pets/<int:pet_id>", methods=["PATCH"])
def edit_pet(pet_id):
    body = request.get_json() or {}
    fields = [k for k in EDITABLE if k in body]
    if not fields:
        abort(400)
    assignments = ", ".join(f"{col} = ?" for col in fields)
    sql = "UPDATE pets SET " + assignments
    sql += " WHERE id = ?"
    values = [body[k] for k in fields] + [pet_id]
    with sqlite3.connect("shelter.db") as conn:
        cur = conn.execute(sql, values)
    if cur.rowcount == 0:
        abort(404)
    return {"updated": fields}
