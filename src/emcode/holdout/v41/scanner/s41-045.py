import os

import uvicorn
from fastapi import FastAPI

app = FastAPI(title="Library lending API", debug=False)


@app.get("/health")
def health():
    return {"status": "ok"}


if __name__ == "__main__":
    uvicorn.run(app, host=os.environ.get("HOST", "127.0.0.1"), port=int(os.environ.get("PORT", "8000")))
