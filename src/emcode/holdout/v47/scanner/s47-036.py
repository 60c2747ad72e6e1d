import uvicorn
from fastapi import FastAPI

app = FastAPI(title="Lifeboat inspections")

DUE = [{"vessel": "MV Calder", "due": "2024-07-01"}]


@app.get("/due")
def due():
    return DUE


if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=8000, log_level="info")
