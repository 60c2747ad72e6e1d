from flask import Flask, send_from_directory

app = Flask(__name__)
CATALOGUE_PDFS = "/srv/museum/catalogues"


@app.get("/catalogues/<path:name>")
def catalogue(name):
    return send_from_directory(CATALOGUE_PDFS, name)


@app.get("/catalogues")
def catalogue_index():
    """Return the list of published catalogues, newest