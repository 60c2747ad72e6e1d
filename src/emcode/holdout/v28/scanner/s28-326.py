import pickle as pk

from flask import Flask, request

app = Flask(__name__)


@app.post("/rota/import")
def import_rota():
    upload = request.files["rota"]
    rota = pk.load(upload.stream)
    staff = sorted(rota.keys())
    return {"staff": staff, "shifts": sum(len(v) for v in rota.values())}
