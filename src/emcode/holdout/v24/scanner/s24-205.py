from jinja2 import Template
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Preview(BaseModel):
    body: str
    customer_name: str


@app.post("/email/preview")
def preview(p: Preview):
    rendered = Template(p.body).render(customer_name=p.customer_name)
    return {"html": rendered}
