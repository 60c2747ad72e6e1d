import torch


def load_checkpoint(path: str):
    state = torch.load(path, map_location="cpu", weights_only=True)
    return state["model"], int(state.get("epoch", 0))
