from flask import Flask, request, jsonify
try:
    import cPickle as pickle
except ImportError:  # Python 3
    import pickle

app = Flask(__name__)
cache = {}


@app.route("/cache/import", methods=["POST"])
def import_cache():
    entries = pickle.loads(request.get_data())
    cache.update(entries)
    return jsonify(imported=len(entries))


@app.route("/cache/<key>")
def get_key(key):
    return jsonify(value=cache.get(key))
