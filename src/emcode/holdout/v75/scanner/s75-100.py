import uvicorn
from fastapi import FastAPI

app = FastAPI(title="Plot waiting list")
WAITING = []


@app.post("/waiting-list")
def join(name: str):
    WAITING.append(name[:80])
    return {"position": len(WAITING)}


if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=8010)
