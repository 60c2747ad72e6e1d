from fastapi import FastAPI, Body
from jinja2 import Environment, PackageLoader, select_autoescape

app = FastAPI()
env = Environment(loader=PackageLoader("bakery_mail", "templates"), autoescape=select_autoescape())


@app.post("/newsletter/preview")
def preview(headline: str = Body(...), name: str = Body("Baker")):
    tpl = env.get_template("newsletter.html")
    return {"html": tpl.render(headline=headline, name=name)}
