from flask import Flask, request

app = Flask(__name__)

BANNERS = {
    "welcome": "Welcome to {site}, {name}!",
    "closing": "Enrolment at {site} closes soon, {name}.",
}


@app.get("/banner")
def banner():
    kind = request.args.get("kind", "welcome")
    fmt = BANNERS.get(kind, BANNERS["welcome"])
    return {"banner": fmt.format(site="TrialNet", name=request.args.get("name", "guest"))}
