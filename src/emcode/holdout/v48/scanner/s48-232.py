from flask import Flask, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine("sqlite:///apiary.db")


@app.get("/harvests")
def harvests():
    apiary = request.args.get("apiary")
    year = request.args.get("year", type=int)
    sql = "SELECT hive_id, kg, harvested_on FROM harvests"
    filters = []
    bind = {}
    if apiary:
        filters.append("apiary = :apiary")
        bind["apiary"] = apiary
    if year:
        filters.append("strftime('%Y', harvested_on) = :year")
        bind["year"] = str(year)
    if filters:
        sql += " WHERE " + " AND ".join(filters)
    sql += " ORDER BY harvested_on"
    with engine.connect() as conn:
        rows = conn.execute(text(sql), bind).mappings().all()
    return jsonify([dict(r) for r in rows])
