from string import Template
from flask import Flask, request, Response

app = Flask(__name__)


@app.post("/notify/preview")
def preview():
    template = Template(request.form["template"])
    values = {"user": request.form.get("user", "customer"), "site": "billing"}
    return Response(template.safe_substitute(values), mimetype="text/plain")
