import random

from flask import Flask, render_template

from shelter.db import available_pets

app = Flask(__name__)


@app.route("/")
def home():
    pets = available_pets()
    featured = random.sample(pets, k=min(4, len(pets)))
    return render_template("home.html", featured=featured)
