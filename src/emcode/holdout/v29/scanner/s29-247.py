import requests
from flask import Flask, request, Response

app = Flask(__name__)
PREVIEW_SERVICE = "https://preview.internal.example/render"


@app.route("/prev