import io

import torch
from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/ai/checkpoint")
async def inspect_checkpoint(ckpt: UploadFile):
    state = torch.load(io.BytesIO(await ckpt.read()), map_location="cpu", weights_only=True)
    return {"tensors": len(state), "params": int(sum(t.numel() for t in state.values()))}
