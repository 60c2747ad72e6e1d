try:
    import cPickle as pickle
except ImportError:
    import pickle

from flask import Flask, request

app = Flask(__name__)


@app.route("/import/catalogue", methods=["POST"])
def import_catalogue():
    records = pickle.loads(request.get_data())
    return {"imported": len(records)}
