import dill
from flask import Flask, request

app = Flask(__name__)


@app.route("/notebook/restore", methods=["POST"])
def restore():
    state = dill.loads(request.files["state"].read())
    return {"variables": sorted(state.keys())}
