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
    surname = request.args.get("surname")
    dentist = request.args.get("dentist")
    if surname:
        sql += f" AND last_name LIKE '{surname}%'"
    if dentist:
        sql += f" AND dentist_id = {dentist}"
    sql += " ORDER BY last_name"
    rows = db().execute(sql).fetchall()
    return jsonify([dict(r) for r in rows])
