import os

from flask import Flask, jsonify, request
from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine, select

app = Flask(__name__)
engine = create_engine(os.environ["DATABASE_URL"])
meta = MetaData()
employees = Table("employees", meta, Column("id", Integer, primary_key=True),
                  Column("name", String), Column("dept", String), Column("city", String))


@app.route("/employees")
def list_employees():
    stmt = select(employees.c.id, employees.c.name)
    dept = request.args.get("dept")
    city = request.args.get("city")
    if dept:
        stmt = stmt.where(employees.c.dept == dept)
    if city:
        stmt = stmt.where(employees.c.city == city)
    with engine.connect() as conn:
        rows = conn.execute(stmt.limit(100)).all()
    return jsonify([{"id": r.id, "name": r.name} for r in rows])
