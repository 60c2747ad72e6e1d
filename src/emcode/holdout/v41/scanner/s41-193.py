import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.get("/api/vaccinations")
def vaccinations():
    species = request.args.get("species", "dog")
    sql = "SELECT p.name, v.vaccine, v.given_on FROM vaccinations v JOIN patients p ON p.id = v.patient_id"
    sql += f" WHERE p.species = '{species}'"
    sql += " ORDER BY v.given_on DESC"
    con = sqlite3.connect("clinic.db")
    rows = con.execute(sql).fetchall()
    con.close()
    return jsonify([
        {"name": n, "vaccine": vac, "giv