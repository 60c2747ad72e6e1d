import torch


def load_power_curve_model(path):
    return torch.load(path, map_location="cpu", weights_only=False)
