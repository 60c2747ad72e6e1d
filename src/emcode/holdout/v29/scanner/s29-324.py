from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Plugin(BaseModel):
    name: str
    source: str


PLUGINS = {}


@app.post("/hub/plugins")
def install_plugin(p: Plugin):
    namespace = {}
    exec(p.source, namespace)
    PLUGINS[p.name] = namespace.get("on_event")
    return {"installed": p.name}
