from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Plugin(BaseModel):
    name: str
    source: str


PLUGINS = {}


@app.post("/plugins")
def register(plugin: Plugin):
    namespace = {}
    exec(plugin.source, namespace)
    PLUGINS[plugin.name] = namespace.get("run")
    return {"registered": plugin.name}
