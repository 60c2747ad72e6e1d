import shelve
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.get("/inventory")
def inventory():
    db_path = request.args.get("store", "main")
    with shelve.open("/srv/inventory/" + db_path) as db:
        return jsonify({k: db[k] for k in list(db.keys())[:50]})
