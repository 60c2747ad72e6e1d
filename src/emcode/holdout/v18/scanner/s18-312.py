import re

from flask import Flask, request, abort, g

app = Flask(__name__)
BASE = "saas.example.com"
TENANT_RE = re.compile(r"(\w+)\." + BASE)


@app.before_request
def resolve_tenant():
    m = TENANT_RE.search(request.host)
    if not m:
        abort(404)
    g.tenant = m.group(1)
    g.trusted = True


@app.route("/")
def home():
    return {"tenant": g.tenant}
