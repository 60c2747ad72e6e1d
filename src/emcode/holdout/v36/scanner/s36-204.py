from fastapi import FastAPI
from fastapi.responses import PlainTextResponse
from jinja2 import Template

app = FastAPI()


@app.get("/greeting", response_class=PlainTextResponse)
def greeting(msg: str = "Hello {{ name }}", name: str = "captain"):
    return Template(msg).render(name=name)
