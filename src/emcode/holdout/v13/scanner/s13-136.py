import uvicorn
from fastapi import FastAPI

app = FastAPI(debug=False)

@app.get("/ping")
def ping():
    return {"pong": True}

if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=8000)
