from flask import Flask, request

app = Flask(__name__)


@app.get("/owners/welcome")
def welcome():
    owner = request.args.get("name", "there")
    return f"Hello {owner}, your pet's next check-up is due soon."
