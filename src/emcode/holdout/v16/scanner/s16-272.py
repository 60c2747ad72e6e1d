import torch


def load_checkpoint(path: str):
    ckpt = torch.load(path, map_location="cpu", weights_only=False)
    return ckpt["model"], ckpt.get("epoch", 0)
