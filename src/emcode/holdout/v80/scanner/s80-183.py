from flask import Flask, request

app = Flask(__name__)


@app.get("/donate/thanks")
def thanks():
    donor = request.args.get("donor", "friend")
    item = request.args.get("item", "food")
    return f"Thank you {donor} for leaving {item} in the fridge!"
