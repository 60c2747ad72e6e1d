from sqlalchemy import create_engine, text
from flask import Flask, request, jsonify
import os

app = Flask(__name__)
engine = create_engine(os.environ["DATABASE_URL"])


@app.get("/invoices")
def invoices():
    q = "SELECT id, amount, due FROM invoices WHERE tenant_id = :tenant"
    params = {"tenant": request.headers.get("X-Tenant", "")}
    if "min" in request.args:
        q += " AND amount >= :min_amount"
        params["min_amount"] = float(request.args["min"])
    if "before" in request.args:
        q += " AND due < :before"
        params["before"] = request.args["before"]
    with engine.connect() as conn:
        rows = conn.execute(text(q), params).mappings().all()
    return jsonify([dict(r) for r in rows])
