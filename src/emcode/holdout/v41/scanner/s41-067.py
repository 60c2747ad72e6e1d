import pickle as pk

from flask import Flask, request

app = Flask(__name__)


@app.post("/baggage/manifest")
def upload_manifest():
    f = request.files["manifest"]
    manifest = pk.load(f.stream)
    return {"flight": manifest["flight"], "bags": len(manifest["bags"])}
