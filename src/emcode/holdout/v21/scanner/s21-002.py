import uuid
from flask import Flask, g, request

app = Flask(__name__)


@app.before_request
def assign_request_id():
    g.request_id = uuid.uuid4().hex


@app.after_request
def add_headers(resp):
    resp.headers["X-Request-Id"] = g.request_id
    tenant = request.args.get("tenant", type=int)
    if tenant is not None:
        resp.headers["X-Tenant"] = str(tenant)
    return resp


@app.route("/ping")
def ping():
    return {"pong": True}
