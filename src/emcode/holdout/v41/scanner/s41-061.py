from fastapi import FastAPI
from jinja2 import Template
from pydantic import BaseModel

app = FastAPI()


class Notice(BaseModel):
    body: str
    member: str


@app.post("/notices/render")
def render_notice(n: Notice):
    text = Template(n.body).render(member=n.member, due_date="2024-08-14")
    return {"text": text}
