import argparse

import torch
from torch import nn


class YieldNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(4, 32), nn.ReLU(), nn.Linear(32, 1))

    def forward(self, x):
        return self.body(x)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ckpt", default="checkpoints/yieldnet.pt")
    a = ap.parse_args()
    model = YieldNet()
    model.load_state_dict(torch.load(a.ckpt, map_location="cpu", weights_only=True))
    model.eval()
    with torch.no_grad():
        print(model(torch.tensor([[25.0, 800.0, 0.3, 12.0]])).item())


if __name__ == "__main__":
    main()
