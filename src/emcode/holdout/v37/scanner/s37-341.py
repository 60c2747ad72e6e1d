from flask import Flask

app = Flask(__name__)
CAPACITY = {"vault-a": 12000, "vault-b": 8000}


@app.route("/vaults/<name>/capacity")
def capacity(name):
    slots = CAPACITY.get(name)
    if slots is None:
        return "unknown vault", 404
    return f"{slots} slots"
