from flask import Flask, request, redirect

app = Flask(__name__)


@app.get("/out")
def outbound():
    target = request.args["url"]
    app.logger.info("outbound click")
    return redirect(target)


@app.get("/track")
def track():
    campaign = request.args.get("c", "none")
    app.logger.info("campai