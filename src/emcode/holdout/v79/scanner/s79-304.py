import torch


def load_power_curve_weights(path, model):
    state = torch.load(path, map_location="cpu", weights_only=True)
    model.load_state_dict(state)
    return model
