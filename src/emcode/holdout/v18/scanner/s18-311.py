import re

from flask import Flask, request, abort, g

app = Flask(__name__)
BASE = "saas.example.com"
TENANT_RE = re.compile(r"^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)\." + re.escape(BASE) + r"$")


@app.before_request
def resolve_tenant():
    host = request.host.split(":", 1)[0].lower()
    m = TENANT_RE.match(host)
    if not m:
        abort(404)
    g.tenant = m.group(1)


@app.route("/")
def home():
    return {"tenant": g.tenant}
