from jinja2 import Environment, FileSystemLoader, select_autoescape
from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from .db import list_comments

app = FastAPI()
env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html", "xml"]))


@app.get("/comments", response_class=HTMLResponse)
def comments():
    return env.get_template("comments.html").render(comments=list_comments())
