from flask import Flask, session
from flask_cors import CORS

app = Flask(__name__)
CORS(app, origins=["https://app.example.com", "https://admin.example.com"], supports_credentials=True)


@app.get("/me")
def me():
    return {"uid": session.get("uid")}
