from flask import Flask, session
from flask_cors import CORS
import os

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
CORS(app, origins="*", supports_credentials=True)


@app.get("/me/plots")
def my_plots():
    return {"holder": session.get("holder"), "plots": session.get("plots", [])}
