from sqlalchemy import create_engine, text
from flask import Flask, request, jsonify

app = Flask(__name__)
engine = create_engine("postgresql:///saas")
TENANT_USERS = text("SELECT id, email FROM users WHERE tenant_slug = :slug")


@app.route("/tenant/users")
def tenant_users():
    slug = request.headers.get("X-Tenant", "")
    with engine.connect() as conn:
        rows = conn.execute(TENANT_USERS, {"slug": slug}).all()
    return jsonify([dict(r._mapping) for r in rows])
