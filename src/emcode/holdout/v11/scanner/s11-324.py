from fastapi import FastAPI
from jinja2 import Environment
from pydantic import BaseModel

app = FastAPI()
env = Environment()


class Preview(BaseModel):
    template: str
    name: str


@app.post("/mail/preview")
def mail_preview(p: Preview):
    tmpl = env.from_string(p.template)
    return {"html": tmpl.render(name=p.name, company="Acme")}
