from flask import Flask, request, redirect

app = Flask(__name__)
SITE = "https://example.com"


@app.get("/out")
def outbound():
    url = request.args.get("url", SITE)
    if url.startswith(SITE):
        return redirect(url)
    return redirect(SITE)
