from jinja2 import Template
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Preview(BaseModel):
    body: str
    customer_name: str


@app.post("/campaigns/preview")
def preview(p: Preview):
    tpl = Template(p.body)
    rendered = tpl.render(customer={"name": p.customer_name, "tier": "gold"})
    return {"html": rendered}
