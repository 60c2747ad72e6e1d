from flask import Flask, request

app = Flask(__name__)

GREETINGS = {
    "short": "Welcome to {shop}!",
    "long": "Welcome to {shop}, your print-on-demand studio.",
}


@app.get("/greeting")
def greeting():
    key = request.args.get("style", "short")
    fmt = GREETINGS.get(key, GREETINGS["short"])
    return {"text": fmt.format(shop="Tee Forge")}
