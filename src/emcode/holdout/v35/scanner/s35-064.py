from flask import Flask, request

app = Flask(__name__)
app.config.from_prefixed_env()


class Shop:
    name = "Tee Forge"
    config = app.config


@app.get("/greeting")
def greeting():
    fmt = request.args.get("fmt", "Welcome to {shop.name}!")
    return {"text": fmt.format(shop=Shop())}
