from flask import Flask

app = Flask(__name__)

ISSUES = {"spring-2024": "Spring issue", "summer-2024": "Summer issue"}


@app.get("/issues/<slug>")
def issue(slug):
    title = ISSUES.get(slug)
    if title is None:
        return f"No issue called {slug} was found.", 404
    return {"title": title}
