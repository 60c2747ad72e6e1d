from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI(title="Public package index mirror stats")
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET"], allow_credentials=False)

STATS = {"packages": 512_344, "releases": 5_902_118}


@app.get("/stats")
def stats():
    return STATS
