from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, DictLoader

env = Environment(loader=DictLoader({
    "book.html": "<h1>{{ title }}</h1><p>Requested by {{ patron }}</p>",
}))

app = FastAPI()


@app.get("/request-book", response_class=HTMLResponse)
def request_book(request: Request, title: str, patron: str):
    tpl = env.get_template("book.html")
    return tpl.render(title=title, patron=patron)
