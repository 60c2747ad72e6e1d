from flask import Flask, request, jsonify
from sqlalchemy import create_engine, select, Table, MetaData

app = Flask(__name__)
engine = create_engine("sqlite:///lighthouse.db")
meta = MetaData()
visits = Table("visits", meta, autoload_with=engine)


@app.route("/visits")
def list_visits():
    stmt = select(visits.c.id, visits.c.tower, visits.c.visited_on)
    if tower := request.args.get("tower"):
        stmt = stmt.where(visits.c.tower == tower)
    if after := request.args.get("after"):
        stmt = stmt.where(visits.c.visited_on >= after)
    with engine.connect() as conn:
        rows = conn.execute(stmt.order_by(visits.c.visited_on.desc())).all()
    return jsonify([dict(r._mapping) for r in rows])
