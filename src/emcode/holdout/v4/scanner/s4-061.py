from flask import Flask, session
from flask_cors import CORS

app = Flask(__name__)
CORS(app, origins="*", supports_credentials=True)


@app.get("/me")
def me():
    return {"uid": session.get("uid")}
