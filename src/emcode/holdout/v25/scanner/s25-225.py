from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)
NOTES = []

CARD = Markup("<article><h3>{title}</h3><p>{body}</p><small>{who}</small></article>")


@app.post("/notes")
def add_note():
    NOTES.append({"title": request.form.get("title", ""), "body": request.form.get("body", ""),
                  "who": request.form.get("who", "anon")})
    return "", 204


@app.get("/notes")
def notes():
    cards = Markup("")
    for n in NOTES:
        cards += CARD.format(title=n["title"], body=n["body"], who=n["who"])
    page = Markup("<section>{}</section>").format(cards)
    return str(page)
