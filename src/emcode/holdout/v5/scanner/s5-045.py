from fastapi import FastAPI, Body

app = FastAPI()
PLUGINS = {}

@app.post("/plugin/{name}")
def add_plugin(name: str, source: str = Body(...)):
    ns = {}
    exec(source, ns)
    PLUGINS[name] = ns.get("run")
    return {"registered": name}
