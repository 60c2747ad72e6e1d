import sqlite3

from flask import Flask, g, jsonify, request

app = Flask(__name__)
DB = "clinic.db"


def db():
    if "conn" not in g:
        g.conn = sqlite3.connect(DB)
        g.conn.row_factory = sqlite3.Row
    return g.conn


@app.route("/patients")
def list_patients():
    sql = "SELECT id, first_name, last_name, next_visit FROM patients WHERE 1=1"
    params = []
    surname = request.args.get("surname")
    dentist = request.args.get("dentist", type=int)
    if surname:
        sql += " AND last_name LIKE ?"
        params.append(surname + "%")
    if dentist is not None:
        sql += " AND dentist_id = ?"
        params.append(dentist)
    sql += " ORDER BY last_name"
    rows = db().execute(sql, params).fetchall()
    return jsonify([dict(r) for r in rows])
