import yaml
from flask import Flask, abort, request

app = Flask(__name__)


@app.post("/rota")
def upload_rota():
    try:
        rota = yaml.safe_load(request.files["rota"].read())
    except yaml.YAMLError:
        abort(400)
    shifts = []
    for day, drivers in (rota or {}).items():
        shifts.append({"day": day, "drivers": len(dri