from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET"])

TIDES = {"portsmouth": ["06:12", "18:40"]}


@app.get("/tides/{port}")
def tides(port: str):
    return {"port": port, "high": TIDES.get(port.lower(), [])}
