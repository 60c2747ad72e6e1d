from flask import Flask, render_template, request, abort
from .store import get_tenant, list_notices

app = Flask(__name__)


@app.route("/tenant/<int:tenant_id>/notices")
def notices(tenant_id):
    tenant = get_tenant(tenant_id)
    if tenant is None:
        abort(404)
    highlight = request.args.get("highlight", "")
    return render_template("notices.html", tenant=tenant, notices=list_notices(tenant_id), highlight=highlight)
