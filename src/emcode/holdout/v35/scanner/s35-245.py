from flask import Flask, jsonify
from flask_cors import CORS

app = Flask(__name__)
CORS(app, resources={r"/api/*": {"origins": ["https://widgets.shelternet.example.org"]}})


@app.get("/api/adoptable/count")
def adoptable_count():
    return jsonify(dogs=14, cats=22, rabbits=3)
