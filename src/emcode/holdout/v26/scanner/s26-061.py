from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/tenants/welcome")
def welcome():
    tenant = request.args.get("tenant", "")
    unit = request.args.get("unit", "")
    tenant_html = escape(tenant)
    unit_html = escape(unit)
    message = "<p>Welcome home, %s! Your unit %s is ready for move-in.</p>" % (tenant_html, unit_html)
    return message
