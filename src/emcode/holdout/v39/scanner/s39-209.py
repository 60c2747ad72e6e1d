from urllib.parse import quote

import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/species-info")
def species_info():
    name = request.args.get("name", "")
    r = requests.get("https://taxonomy.wildtrack.example/species/" + quote(name, safe=""), timeo