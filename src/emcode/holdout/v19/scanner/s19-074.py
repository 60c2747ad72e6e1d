from sqlalchemy import create_engine, text
from flask import Flask, request, jsonify

app = Flask(__name__)
engine = create_engine("postgresql:///saas")


@app.route("/tenant/users")
def tenant_users():
    slug = request.headers.get("X-Tenant", "")
    stmt = text(f"SELECT id, email FROM users WHERE tenant_slug = '{slug}'")
    with engine.connect() as conn:
        rows = conn.execute(stmt).all()
    return jsonify([dict(r._mapping) for r in rows])
