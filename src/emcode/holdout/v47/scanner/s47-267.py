import os
import pickle as pk
import tempfile


class BidBook:
    """In-memory order book for one auction, snapshotted to the auction's own state dir."""

    def __init__(self, state_dir):
        self.state_dir = state_dir
        self.bids = {}

    def place(self, lot, bidder, amount):
        best = self.bids.get(lot)
        if best is None or amount > best[1]:
            self.bids[lot] = (bidder, amount)

    def snapshot(self):
        fd, tmp = tempfile.mkstemp(dir=self.state_dir, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pk.dump(self.bids, fh)
        os.replace(tmp, os.path.join(self.state_dir, "bids.pk"))

    def restore(self):
        with open(os.path.join(self.state_dir, "bids.pk"), "rb") as fh:
            self.bids = pk.load(fh)
