from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
CORS(app, origins="*", supports_credentials=True)


@app.get("/api/family-trees")
def trees():
    return {"trees": ["Novak", "Hartmann"]}
