try:
    import cPickle as pickle
except ImportError:
    import pickle

from flask import Flask, request

app = Flask(__name__)


@app.post("/fitting/restore")
def restore():
    raw = request.files["backup"].read()
    backup = pickle.loads(raw)
    programs = backup.get("programs", [])
    summary = ", ".join(p["name"] for p in programs)
    return {"patient": backup.get("patient"), "programs": summ