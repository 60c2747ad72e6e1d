from flask import Flask, send_from_directory

app = Flask(__name__)
MANUALS = "/srv/bikeshop/manuals"


@app.get("/manuals/<path:name>")
def manual(name):
    return send_from_directory(MANUALS, name)


@app.get("/manuals")
def manual_index(page: int = 1, per_pa