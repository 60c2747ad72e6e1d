import cPickle as pickle
from flask import Flask, request

app = Flask(__name__)

@app.route("/import", methods=["POST"])
def do_import():
    obj = pickle.loads(request.data)
    count = 0
    for k, v in obj.items():
        if isinstance(v, dict