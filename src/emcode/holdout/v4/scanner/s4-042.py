import torch


def load_checkpoint(path: str):
    ckpt = torch.load(path, map_location="cpu", weights_only=True)
    return ckpt["model"], int(ckpt.get("epoch", 0))
